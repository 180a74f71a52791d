package org.latitude.dataset.internal;

import tools.jackson.databind.node.ObjectNode;

/**
 * One row read from a file: a JSON object (a CSV record is turned into one), or the problem that stopped it from being
 * read. A fatal problem means the rest of the file cannot be read reliably (e.g. broken JSON inside an array).
 */
record SourceRow(long line, ObjectNode object, String problem, boolean fatal) {

    static SourceRow of(long line, ObjectNode object) {
        return new SourceRow(line, object, null, false);
    }

    static SourceRow problem(long line, String problem) {
        return new SourceRow(line, null, problem, false);
    }

    static SourceRow fatal(long line, String problem) {
        return new SourceRow(line, null, problem, true);
    }
}
