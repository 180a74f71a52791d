package org.latitude.taxonomy.internal;

import org.latitude.shared.ValidationException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a taxonomy or principle-set file as JSON: at most 5 MB, strict UTF-8, duplicate keys refused. */
final class DocumentJson {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private DocumentJson() {
    }

    /** The file's root node (a missing node when the file holds no JSON value), or why it is not JSON. */
    static JsonNode parse(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new ValidationException("The file is larger than " + MAX_BYTES / (1024 * 1024) + " MB.");
        }
        try {
            return JSON.readTree(Utf8.decode(content));
        } catch (JacksonException e) {
            var at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            throw new ValidationException("Not valid JSON — " + where + e.getOriginalMessage());
        }
    }
}
