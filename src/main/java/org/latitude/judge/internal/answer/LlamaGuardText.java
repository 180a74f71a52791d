package org.latitude.judge.internal.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.latitude.judge.SafetyVerdict;
import org.latitude.judge.internal.imports.Rows.Entry;

/**
 * Llama Guard's answer format: the first line {@code safe} or {@code unsafe}; when unsafe, an optional second line of
 * comma-separated category codes ({@code S1,S10}). Anything else is not that format: it is reported, never guessed.
 */
public final class LlamaGuardText {

    /** What the text says, or why it cannot be read. */
    public sealed interface Reading {
    }

    public record Verdict(SafetyVerdict verdict, List<Entry> entries) implements Reading {
    }

    public record Unreadable(String reason) implements Reading {
    }

    private LlamaGuardText() {
    }

    /** Reads {@code text}, resolving codes with {@code codes} (a code → entry, empty when unknown). */
    public static Reading read(String text, Function<String, Optional<Entry>> codes) {
        String[] lines = (text == null ? "" : text.strip()).split("\\R");
        String first = lines[0].strip().toLowerCase(Locale.ROOT);
        if (first.equals("safe")) {
            return lines.length == 1 ? new Verdict(SafetyVerdict.SAFE, List.of())
                    : new Unreadable("'safe' followed by more text");
        }
        if (!first.equals("unsafe")) {
            return new Unreadable("the first line is neither 'safe' nor 'unsafe'");
        }
        if (lines.length > 2) {
            return new Unreadable("more than two lines");
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        if (lines.length == 2 && !lines[1].isBlank()) {
            for (String code : lines[1].split(",")) {
                Optional<Entry> entry = codes.apply(code.strip());
                if (entry.isEmpty()) {
                    return new Unreadable("the category code '" + code.strip() + "' is not in the taxonomy");
                }
                entries.putIfAbsent(entry.get().key(), entry.get());
            }
        }
        return new Verdict(SafetyVerdict.UNSAFE, new ArrayList<>(entries.values()));
    }
}
