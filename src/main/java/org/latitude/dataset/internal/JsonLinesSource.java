package org.latitude.dataset.internal;

import java.io.IOException;
import java.io.InputStream;
import org.latitude.dataset.ImportLimits;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** JSON Lines: one JSON object a line; blank lines are skipped. */
final class JsonLinesSource extends LineRowSource {


    JsonLinesSource(InputStream in, ImportLimits limits, JsonMapper json) {
        super(in, limits, json);
    }

    @Override
    public SourceRow next() throws IOException {
        while (true) {
            Utf8LineReader.Line line = lines.next();
            if (line == null) {
                return null;
            }
            if (line.fault() != null) {
                return SourceRow.problem(line.number(), LineFaults.describe(line.fault(), limits));
            }
            if (line.text().isBlank()) {
                continue;
            }
            try {
                JsonNode node = json.readTree(line.text());
                if (node == null || !node.isObject()) {
                    return SourceRow.problem(line.number(), "each line must hold one JSON object");
                }
                return SourceRow.of(line.number(), (ObjectNode) node);
            } catch (JacksonException e) {
                return SourceRow.problem(line.number(), JsonRows.reason(e));
            }
        }
    }
}
