package org.latitude.export.internal;

import java.io.IOException;
import java.io.Writer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * JSON Lines (one JSON object per line, LF, UTF-8) through Jackson's streaming generator: every string escaped by
 * Jackson, nothing built as a tree. {@link #finish} flushes without closing the target (a ZIP entry may follow).
 */
public final class JsonLines {

    private static final JsonFactory FACTORY = JsonFactory.builder().rootValueSeparator("\n")
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final Writer out;
    private final JsonGenerator json;
    private long lines;

    public JsonLines(Writer out) {
        this.out = out;
        this.json = FACTORY.createGenerator(out);
    }

    /** The generator, to write the next line's object between {@link #begin} and {@link #end}. */
    public JsonGenerator begin() {
        json.writeStartObject();
        return json;
    }

    public void end() {
        json.writeEndObject();
        lines++;
    }

    public long lines() {
        return lines;
    }

    /** A string property, or null. */
    public void text(String name, String value) {
        if (value == null) {
            json.writeNullProperty(name);
        } else {
            json.writeStringProperty(name, value);
        }
    }

    public void finish() throws IOException {
        json.flush();
        if (lines > 0) {
            out.write('\n');
        }
        out.flush();
    }
}
