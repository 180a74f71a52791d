package org.latitude.dataset.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.latitude.dataset.ImportLimits;
import org.latitude.textio.ReadLimits;
import org.latitude.textio.TextInput;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.util.JsonParserDelegate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON array of row objects (Aegis 2.0's JSON files), read element by element: only one element is in memory at a
 * time, and reading an element stops as soon as it grows past the line limit. The text is decoded as strict UTF-8
 * from the project's text input ({@link TextInput}: gzip, the file limit on the decompressed bytes); a JSON array is
 * not line-based, so Jackson's streaming parser reads it rather than {@code textio}'s line and CSV readers.
 * After a syntax error the array cannot be resynchronised, so that problem ends the check.
 */
final class JsonArraySource implements RowSource {

    private final InputStream in;
    private final JsonMapper json;
    private final ImportLimits limits;
    private final JsonParser parser;
    private final ObjectReader elements;
    private boolean started;
    private boolean finished;
    private long lines;
    private String fileProblem;

    JsonArraySource(InputStream in, ImportLimits limits, JsonMapper json) throws IOException {
        this.in = in;
        this.json = json;
        this.limits = limits;
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.elements = json.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.parser = json.createParser(new InputStreamReader(TextInput.limited(in, limits.maxFileBytes()), decoder));
    }

    @Override
    public SourceRow next() {
        if (finished) {
            return null;
        }
        try {
            if (!started) {
                started = true;
                JsonToken first = parser.nextToken();
                if (first != JsonToken.START_ARRAY) {
                    return stop(SourceRow.fatal(1, first == null ? "the file is empty"
                            : "an Aegis 2.0 JSON file must be one JSON array of rows (for one row a line, choose "
                            + "Aegis 2.0 JSONL)"));
                }
            }
            JsonToken token = parser.nextToken();
            long line = parser.currentTokenLocation().getLineNr();
            lines = line;
            if (token == JsonToken.END_ARRAY) {
                return stop(parser.nextToken() == null ? null : SourceRow.fatal(parser.currentTokenLocation()
                        .getLineNr(), "text after the end of the array"));
            }
            if (token != JsonToken.START_OBJECT) {
                parser.skipChildren();
                return SourceRow.problem(line, "each element of the array must be a JSON object");
            }
            JsonNode node = elements.readTree(new ElementGuard(parser, limits.maxLineBytes()));
            lines = parser.currentLocation().getLineNr();
            return SourceRow.of(line, (ObjectNode) node);
        } catch (ElementTooLong e) {
            return stop(SourceRow.fatal(e.line, "element longer than " + limits.maxLineBytes()
                    + " characters (limit latitude.import.max-line-bytes); the rest of the file was not checked"));
        } catch (StreamConstraintsException e) {
            return stop(SourceRow.fatal(location(), "a value exceeds the import limits (" + e.getOriginalMessage()
                    + "; limit latitude.import.max-line-bytes); the rest of the file was not checked"));
        } catch (JacksonException e) {
            if (e.getCause() instanceof TextInput.TooLarge) {
                fileProblem = LineFaults.fileTooLarge(limits, location());
                return stop(null);
            }
            if (TextInput.isGzipBomb(e.getCause())) {
                fileProblem = "the gzip file expands more than " + ReadLimits.MAX_GZIP_RATIO + " times its compressed "
                        + "size; refused as a decompression bomb";
                return stop(null);
            }
            return stop(SourceRow.fatal(location(), failure(e)));
        }
    }

    private static String failure(JacksonException e) {
        if (e.getCause() instanceof CharacterCodingException) {
            return "invalid UTF-8 (the file must be UTF-8 text); the rest of the file was not checked";
        }
        return JsonRows.reason(e) + "; the rest of the file was not checked";
    }

    private long location() {
        var at = parser.currentLocation();
        return at == null ? lines : Math.max(1, at.getLineNr());
    }

    private SourceRow stop(SourceRow last) {
        finished = true;
        return last;
    }

    @Override
    public long linesRead() {
        return lines;
    }

    @Override
    public String fileProblem() {
        return fileProblem;
    }

    @Override
    public void close() throws IOException {
        parser.close();
        in.close();
    }

    /** Stops reading an element once it spans more characters than the line limit. */
    private static final class ElementGuard extends JsonParserDelegate {
        private final long start;
        private final long max;
        private final long line;

        ElementGuard(JsonParser parser, long max) {
            super(parser);
            this.start = parser.currentTokenLocation().getCharOffset();
            this.line = parser.currentTokenLocation().getLineNr();
            this.max = max;
        }

        @Override
        public JsonToken nextToken() {
            JsonToken token = super.nextToken();
            if (delegate.currentLocation().getCharOffset() - start > max) {
                throw new ElementTooLong(line);
            }
            return token;
        }
    }

    private static final class ElementTooLong extends RuntimeException {
        private final long line;

        ElementTooLong(long line) {
            super(null, null, false, false);
            this.line = line;
        }
    }
}
