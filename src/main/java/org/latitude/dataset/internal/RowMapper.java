package org.latitude.dataset.internal;

import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** Turns one row of a format into an item, or explains (in {@code problems}) why it cannot. */
interface RowMapper {

    /** The item, or null after adding at least one problem. */
    ParsedItem map(long line, ObjectNode row, List<String> problems);
}
