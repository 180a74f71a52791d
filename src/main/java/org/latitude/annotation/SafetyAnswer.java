package org.latitude.annotation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * A {@code SAFETY_LABEL} answer. {@code responseVerdict} is null when the item has no response; {@code categories} are
 * taxonomy category keys, kept sorted and distinct; {@code confidence} is 1–5 or null.
 */
public record SafetyAnswer(Verdict promptVerdict, Verdict responseVerdict, List<String> categories, String rationale,
                           Integer confidence) implements Answer {

    public SafetyAnswer {
        categories = categories == null ? List.of() : List.copyOf(new TreeSet<>(categories));
        rationale = Answer.clean(rationale);
    }

    public static SafetyAnswer of(Verdict prompt, Verdict response, Collection<String> categories) {
        return new SafetyAnswer(prompt, response, new ArrayList<>(categories), null, null);
    }

    /** True when either verdict is unsafe. */
    public boolean anyUnsafe() {
        return promptVerdict == Verdict.UNSAFE || responseVerdict == Verdict.UNSAFE;
    }

    @Override
    public String summary() {
        StringBuilder s = new StringBuilder("prompt ").append(label(promptVerdict));
        if (responseVerdict != null) {
            s.append(" · response ").append(label(responseVerdict));
        }
        if (!categories.isEmpty()) {
            s.append(" · ").append(String.join(", ", categories));
        }
        return s.toString();
    }

    private static String label(Verdict v) {
        return v == null ? "—" : v.label().toLowerCase(java.util.Locale.ROOT);
    }
}
