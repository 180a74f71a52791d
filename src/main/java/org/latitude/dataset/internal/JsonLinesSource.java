package org.latitude.dataset.internal;

import java.io.IOException;
import java.io.InputStream;
import org.latitude.dataset.ImportLimits;
import org.latitude.textio.LineReader;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** JSON Lines: one JSON object a line, parsed from the line's bytes; blank lines are skipped. */
final class JsonLinesSource extends LineRowSource {

    private final LineReader lines;

    JsonLinesSource(InputStream in, ImportLimits limits, JsonMapper json) throws IOException {
        super(limits, json);
        this.lines = LineReader.of(in, "upload", LineFaults.readLimits(limits));
    }

    @Override
    public SourceRow next() throws IOException {
        while (lines.next()) {
            if (lines.fault() != null) {
                return fault(lines.fault());
            }
            if (lines.isBlank()) {
                continue;
            }
            try {
                JsonNode node = json.readTree(lines.buffer(), lines.start(), lines.length());
                if (node == null || !node.isObject()) {
                    return SourceRow.problem(lines.line(), "each line must hold one JSON object");
                }
                return SourceRow.of(lines.line(), (ObjectNode) node);
            } catch (JacksonException e) {
                return SourceRow.problem(lines.line(), JsonRows.reason(e));
            }
        }
        return null;
    }

    @Override
    public long linesRead() {
        return lines.linesRead();
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
