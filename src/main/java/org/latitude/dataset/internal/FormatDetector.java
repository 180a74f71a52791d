package org.latitude.dataset.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.latitude.dataset.ImportFormat;
import org.latitude.dataset.ImportLimits;
import org.latitude.dataset.ImportSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Guesses a file's format from its first non-blank line (a convenience; the admin can always choose): {@code [} starts
 * an Aegis 2.0 JSON array; a JSON object with {@code chosen}/{@code rejected} is HH-RLHF, with
 * {@code response_0}/{@code response_1} PKU-SafeRLHF, with {@code prompt_label} or {@code violated_categories} Aegis
 * 2.0 JSONL, any other object generic JSONL; anything else is CSV.
 */
final class FormatDetector {

    private final ImportLimits limits;
    private final JsonMapper json;

    FormatDetector(ImportLimits limits, JsonMapper json) {
        this.limits = limits;
        this.json = json;
    }

    ImportFormat detect(ImportSource source, String fileName) {
        if (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return ImportFormat.CSV;
        }
        try (InputStream in = source.open()) {
            Utf8LineReader lines = new Utf8LineReader(in, limits.maxLineBytes(), limits.maxFileBytes());
            Utf8LineReader.Line line = lines.next();
            while (line != null && line.fault() == null && line.text().isBlank()) {
                line = lines.next();
            }
            if (line == null || line.fault() != null) {
                return ImportFormat.GENERIC_JSONL;
            }
            String text = line.text().strip();
            if (text.startsWith("[")) {
                return ImportFormat.AEGIS_JSON;
            }
            return text.startsWith("{") ? fromObject(text) : ImportFormat.CSV;
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
        return ImportFormat.GENERIC_JSONL;
    }
}
