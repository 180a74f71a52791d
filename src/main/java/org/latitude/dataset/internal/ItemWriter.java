package org.latitude.dataset.internal;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.latitude.dataset.ReferenceLabel;
import org.latitude.dataset.Turn;
import org.latitude.dataset.TurnRole;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stores items with JDBC batch inserts in the caller's transaction. Item ids come from {@code item_id_seq}, which
 * hands out blocks of {@value #ID_BLOCK}, so one sequence call serves a thousand items. A batch is flushed at
 * {@value #BATCH_ITEMS} items or {@value #BATCH_CHARS} characters, whichever comes first (bounded memory).
 */
final class ItemWriter implements DatasetScan.ItemSink {

    static final int ID_BLOCK = 1000;
    static final int BATCH_ITEMS = 1000;
    static final long BATCH_CHARS = 8L << 20;

    private static final String INSERT_ITEM = "insert into item (id, dataset_id, external_id, kind, source_line, "
            + "source_metadata) values (?, ?, ?, ?, ?, ?)";
    private static final int[] ITEM_TYPES = {Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.BIGINT,
        Types.VARCHAR};
    private static final String INSERT_TURN = "insert into item_turn (item_id, turn_index, part, turn_role, content) "
            + "values (?, ?, ?, ?, ?)";
    private static final int[] TURN_TYPES = {Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR,
        Types.VARCHAR};
    private static final String INSERT_LABEL = "insert into item_reference_label (item_id, label_index, judgment, "
            + "label_field, label_value) values (?, ?, ?, ?, ?)";
    private static final int[] LABEL_TYPES = {Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR,
        Types.VARCHAR};

    private final JdbcTemplate jdbc;
    private final long datasetId;
    private final List<Object[]> items = new ArrayList<>();
    private final List<Object[]> turns = new ArrayList<>();
    private final List<Object[]> labels = new ArrayList<>();
    private long pendingChars;
    private long nextId;
    private long idsLeft;
    private long stored;

    ItemWriter(JdbcTemplate jdbc, long datasetId) {
        this.jdbc = jdbc;
        this.datasetId = datasetId;
    }

    @Override
    public void accept(ParsedItem item) {
        long id = nextId();
        items.add(new Object[] {id, datasetId, item.externalId(), item.kind().name(), item.line(), item.metadata()});
        int index = 0;
        for (Turn turn : item.turns()) {
            turns.add(new Object[] {id, index++, "TURN", turn.role().name(), turn.content()});
        }
        if (item.responseA() != null) {
            turns.add(new Object[] {id, index++, "RESPONSE_A", TurnRole.ASSISTANT.name(), item.responseA()});
            turns.add(new Object[] {id, index, "RESPONSE_B", TurnRole.ASSISTANT.name(), item.responseB()});
        }
        int labelIndex = 0;
        for (ReferenceLabel label : item.labels()) {
            labels.add(new Object[] {id, labelIndex++, label.judgment(), label.field(), label.value()});
        }
        pendingChars += item.size();
        if (items.size() >= BATCH_ITEMS || pendingChars >= BATCH_CHARS) {
            flush();
        }
    }

    /** Writes what is pending; returns the number of items stored so far. */
    long flush() {
        if (!items.isEmpty()) {
            jdbc.batchUpdate(INSERT_ITEM, items, ITEM_TYPES);
            jdbc.batchUpdate(INSERT_TURN, turns, TURN_TYPES);
            if (!labels.isEmpty()) {
                jdbc.batchUpdate(INSERT_LABEL, labels, LABEL_TYPES);
            }
            stored += items.size();
        }
        items.clear();
        turns.clear();
        labels.clear();
        pendingChars = 0;
        return stored;
    }

    long stored() {
        return stored;
    }

    private long nextId() {
        if (idsLeft == 0) {
            Long first = jdbc.queryForObject("select nextval('item_id_seq')", Long.class);
            nextId = first == null ? 0 : first;
            idsLeft = ID_BLOCK;
        }
        idsLeft--;
        return nextId++;
    }
}
