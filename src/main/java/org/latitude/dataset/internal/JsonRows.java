package org.latitude.dataset.internal;

import org.latitude.dataset.ImportLimits;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/** The JSON mapper of an import: duplicate keys refused, nesting and string lengths bounded by the limits. */
final class JsonRows {

    private JsonRows() {
    }

    static JsonMapper mapper(ImportLimits limits) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(64)
                .maxStringLength((int) Math.min(Integer.MAX_VALUE, limits.maxLineBytes()))
                .maxDocumentLength(limits.maxFileBytes())
                .build();
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(constraints).build();
        return JsonMapper.builder(factory).enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    }

    /** A short, plain-text reason for a JSON syntax error. */
    static String reason(JacksonException e) {
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        int cut = message.indexOf('\n');
        message = cut > 0 ? message.substring(0, cut) : message;
        if (message.length() > 200) {
            message = message.substring(0, 200) + "…";
        }
        var at = e.getLocation();
        return "invalid JSON" + (at == null || at.getColumnNr() < 1 ? "" : " at column " + at.getColumnNr()) + ": "
                + message;
    }
}
