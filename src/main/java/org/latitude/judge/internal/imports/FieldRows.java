package org.latitude.judge.internal.imports;

import java.io.IOException;
import java.util.function.Consumer;
import org.latitude.judge.internal.read.CsvRows;
import org.latitude.judge.internal.read.TextLines;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Streams the rows of a JSON Lines or CSV file as {@link Fields}; a row that is not an object is a problem. */
final class FieldRows {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private FieldRows() {
    }

    static void jsonLines(TextLines lines, ImportContext ctx, Consumer<Fields> each) throws IOException {
        for (String text = lines.next(); text != null; text = lines.next()) {
            if (text.isBlank()) {
                continue;
            }
            long line = lines.number();
            JsonNode node;
            try {
                node = JSON.readTree(text);
            } catch (JacksonException e) {
                String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst()
                        .orElse("");
                ctx.problem(line, "not valid JSON: " + Values.quote(message));
                continue;
            }
            if (node == null || !node.isObject()) {
                ctx.problem(line, "each line must be one JSON object");
                continue;
            }
            each.accept(new Fields.Json(line, node));
        }
    }

    static void csv(TextLines lines, ImportContext ctx, Consumer<java.util.Set<String>> header,
                    Consumer<Fields> each) throws IOException {
        CsvRows table = new CsvRows(lines);
        header.accept(new Fields.Csv(table, new CsvRows.Row(1, new String[0])).names());
        int width = table.header().size();
        for (CsvRows.Row row = table.next(); row != null; row = table.next()) {
            if (row.cells().length != width) {
                ctx.problem(row.line(), "the row has " + row.cells().length + " fields; the header names " + width);
                continue;
            }
            each.accept(new Fields.Csv(table, row));
        }
    }

}
