package org.latitude.dataset.internal;

import java.io.IOException;
import org.latitude.dataset.ImportLimits;
import org.latitude.textio.TextFault;
import tools.jackson.databind.json.JsonMapper;

/**
 * A row source over the project's text readers ({@code org.latitude.textio}: strict UTF-8, the line and file limits
 * of the import, gzip): a fault that ends the read as a whole-file problem is kept for {@link #fileProblem}.
 */
abstract class LineRowSource implements RowSource {

    protected final JsonMapper json;
    protected final ImportLimits limits;
    private String fileProblem;

    LineRowSource(ImportLimits limits, JsonMapper json) {
        this.json = json;
        this.limits = limits;
    }

    /** The row for a reader's fault; null (the end) for a whole-file problem, which is kept instead. */
    protected SourceRow fault(TextFault fault) {
        if (LineFaults.isFileProblem(fault)) {
            fileProblem = LineFaults.fileProblem(fault, limits);
            return null;
        }
        return new SourceRow(fault.line(), null, LineFaults.describe(fault), fault.fatal());
    }

    @Override
    public String fileProblem() {
        return fileProblem;
    }

    @Override
    public abstract void close() throws IOException;
}
