package org.latitude.dataset.internal;

import java.io.Closeable;
import java.io.IOException;

/** Rows of a file in order, read with bounded memory. */
interface RowSource extends Closeable {

    /** The next row, or null at the end. */
    SourceRow next() throws IOException;

    /** Physical lines read so far. */
    long linesRead();

    /** A problem of the whole file found while reading (e.g. larger than the limit), or null. */
    String fileProblem();
}
