package org.latitude.export.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.latitude.textio.CsvWriter;
import tools.jackson.core.JsonGenerator;

/**
 * One table written row by row as CSV (a header, then records; lists joined by {@code |}) or as JSON Lines (one
 * object per row, lists as arrays). Values: {@code String}, {@code Long} / {@code Integer}, {@code List<String>} or
 * null.
 */
public abstract sealed class LongForm {

    protected final List<String> columns;
    protected long rows;

    private LongForm(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    public static LongForm csv(Writer out, List<String> columns) throws IOException {
        return new Csv(out, columns);
    }

    public static LongForm jsonLines(Writer out, List<String> columns) {
        return new Lines(out, columns);
    }

    public final void row(Object... values) throws IOException {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
        }
        write(values);
        rows++;
    }

    public final long rows() {
        return rows;
    }

    protected abstract void write(Object[] values) throws IOException;

    public abstract void finish() throws IOException;

    private static final class Csv extends LongForm {
        private final CsvWriter csv;

        Csv(Writer out, List<String> columns) throws IOException {
            super(columns);
            csv = CsvWriter.of(out);
            csv.row(columns.toArray(String[]::new));
        }

        @Override
        protected void write(Object[] values) throws IOException {
            for (Object v : values) {
                switch (v) {
                    case null -> csv.empty();
                    case Long n -> csv.number(n);
                    case Integer n -> csv.number(n);
                    case Double n -> csv.number(n);
                    case List<?> list -> csv.text(String.join("|", list.stream().map(String::valueOf).toList()));
                    default -> csv.text(v.toString());
                }
            }
            csv.endRow();
        }

        @Override
        public void finish() throws IOException {
            csv.flush();
        }
    }

    private static final class Lines extends LongForm {
        private final JsonLines lines;

        Lines(Writer out, List<String> columns) {
            super(columns);
            lines = new JsonLines(out);
        }

        @Override
        protected void write(Object[] values) {
            JsonGenerator json = lines.begin();
            for (int i = 0; i < values.length; i++) {
                String name = columns.get(i);
                switch (values[i]) {
                    case null -> json.writeNullProperty(name);
                    case Long n -> json.writeNumberProperty(name, n);
                    case Integer n -> json.writeNumberProperty(name, n);
                    case Double n -> json.writeNumberProperty(name, n);
                    case List<?> list -> {
                        json.writeArrayPropertyStart(name);
                        for (Object o : list) {
                            json.writeString(String.valueOf(o));
                        }
                        json.writeEndArray();
                    }
                    default -> json.writeStringProperty(name, values[i].toString());
                }
            }
            lines.end();
        }

        @Override
        public void finish() throws IOException {
            lines.finish();
        }
    }
}
