package org.latitude.judge.internal.imports;

import java.util.Set;

/** How one format turns a row into checked judgments (problems go to the context, judgments to {@link Rows}). */
interface RowFormat {

    /** The field (JSON) or column (CSV, lower case) names the format knows; any other is refused. */
    Set<String> fields();

    void row(Fields row, ImportContext ctx, Rows out);

    /** Called after the last row (formats that merge rows finish here). */
    default void finish(ImportContext ctx, Rows out) {
    }
}
