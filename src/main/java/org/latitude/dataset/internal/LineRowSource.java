package org.latitude.dataset.internal;

import java.io.IOException;
import java.io.InputStream;
import org.latitude.dataset.ImportLimits;
import tools.jackson.databind.json.JsonMapper;

/** A row source over strictly decoded, size-limited lines (JSON Lines and CSV share this reading). */
abstract class LineRowSource implements RowSource {

    protected final Utf8LineReader lines;
    protected final JsonMapper json;
    protected final ImportLimits limits;

    LineRowSource(InputStream in, ImportLimits limits, JsonMapper json) {
        this.lines = new Utf8LineReader(in, limits.maxLineBytes(), limits.maxFileBytes());
        this.json = json;
        this.limits = limits;
    }

    @Override
    public long linesRead() {
        return lines.lineNumber();
    }

    @Override
    public String fileProblem() {
        return lines.fileTooLarge() ? LineFaults.fileTooLarge(limits, lines.lineNumber()) : null;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
