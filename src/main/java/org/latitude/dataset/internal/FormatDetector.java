package org.latitude.dataset.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.latitude.dataset.ImportFormat;
import org.latitude.dataset.ImportLimits;
import org.latitude.dataset.ImportSource;
import org.latitude.textio.LineReader;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Guesses a file's format from its first non-blank line (a convenience; the admin can always choose): {@code [} starts
 * an Aegis 2.0 JSON array; a JSON object with {@code chosen}/{@code rejected} is HH-RLHF, with
 * {@code response_0}/{@code response_1} PKU-SafeRLHF, with {@code prompt_label} or {@code violated_categories} Aegis
 * 2.0 JSONL, with {@code prompt}, one of the OpenAI moderation flags and no response the OpenAI moderation samples,
 * any other object generic JSONL; anything else (and any file named {@code .csv} or {@code .csv.gz}) is CSV, an
 * AILuminate prompt set when its header names {@code release_prompt_id}, {@code prompt_text} and {@code hazard}. A
 * gzip file is recognised by its bytes and detected by its decompressed text.
 */
final class FormatDetector {

    private final ImportLimits limits;
    private final JsonMapper json;

    FormatDetector(ImportLimits limits, JsonMapper json) {
        this.limits = limits;
        this.json = json;
    }

    ImportFormat detect(ImportSource source, String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean csvName = name.endsWith(".csv") || name.endsWith(".csv.gz");
        try (LineReader lines = LineReader.of(source.open(), "upload", LineFaults.readLimits(limits))) {
            boolean found = lines.next();
            while (found && lines.fault() == null && lines.isBlank()) {
                found = lines.next();
            }
            if (!found || lines.fault() != null) {
                return csvName ? ImportFormat.CSV : ImportFormat.GENERIC_JSONL;
            }
            String text = lines.text().strip();
            if (csvName) {
                return fromHeader(text);
            }
            if (text.startsWith("[")) {
                return ImportFormat.AEGIS_JSON;
            }
            return text.startsWith("{") ? fromObject(text) : fromHeader(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ImportFormat fromObject(String text) {
        JsonNode row;
        try {
            row = json.readTree(text);
        } catch (JacksonException e) {
            return ImportFormat.GENERIC_JSONL;
        }
        if (row.has("chosen") && row.has("rejected")) {
            return ImportFormat.HH_RLHF_JSONL;
        }
        if (row.has("response_0") && row.has("response_1")) {
            return ImportFormat.PKU_SAFERLHF_JSONL;
        }
        if (row.has("prompt_label") || row.has("violated_categories")) {
            return ImportFormat.AEGIS_JSONL;
        }
        if (row.has("prompt") && !row.has("response") && !row.has("messages")
                && OpenAiModerationRows.FLAGS.stream().anyMatch(row::has)) {
            return ImportFormat.OPENAI_MODERATION_JSONL;
        }
        return ImportFormat.GENERIC_JSONL;
    }

    /** A CSV header naming the AILuminate columns is an AILuminate prompt set; any other is generic CSV. */
    private static ImportFormat fromHeader(String header) {
        Set<String> names = new HashSet<>();
        for (String name : header.split(",")) {
            names.add(name.strip().replace("\"", "").toLowerCase(Locale.ROOT));
        }
        return names.containsAll(AiLuminateRows.REQUIRED) ? ImportFormat.AILUMINATE_CSV : ImportFormat.CSV;
    }
}
