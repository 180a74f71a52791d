package org.latitude.judge.internal.imports;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How one format turns a row into checked judgments (problems go to the context, judgments to {@link Rows}). The
 * row's item is resolved first, from the first of the format's id fields present.
 */
abstract class RowFormat {

    /** A row about to be read: its line, the problem count before it, and its item id (-1 when unknown). */
    record Start(long line, long problemsBefore, long item) {

        /** True when the row named a known item and raised no problem. */
        boolean clean(ImportContext ctx) {
            return item >= 0 && ctx.problems().count() == problemsBefore;
        }
    }

    private final Set<String> fields;
    private final List<String> idFields;

    RowFormat(Set<String> fields, String... idFields) {
        this.fields = fields;
        this.idFields = List.of(idFields);
    }

    /** The field (JSON) or column (CSV, lower case) names the format knows; any other is refused. */
    final Set<String> fields() {
        return fields;
    }

    final void row(Fields row, ImportContext ctx, Rows out) {
        String id = idFields.stream().map(row::text).filter(Objects::nonNull).findFirst().orElse(null);
        long before = ctx.problems().count();
        read(row, new Start(row.line(), before, ctx.item(id, row.line())), ctx, out);
    }

    abstract void read(Fields row, Start start, ImportContext ctx, Rows out);

    /** Called after the last row (formats that merge rows finish here). */
    void finish(ImportContext ctx, Rows out) {
    }
}
