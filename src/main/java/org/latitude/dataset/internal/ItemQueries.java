package org.latitude.dataset.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.latitude.dataset.Item;
import org.latitude.dataset.ItemKind;
import org.latitude.dataset.ItemSummary;
import org.latitude.dataset.ReferenceLabel;
import org.latitude.dataset.Turn;
import org.latitude.dataset.TurnRole;
import org.latitude.shared.ItemId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads items (plain JDBC). Text search matches the external id or any turn's content, ignoring case. */
@Repository
public class ItemQueries {

    static final int PREVIEW_CHARS = 200;
    private static final String MATCHES = " and (lower(i.external_id) like ? escape '\\' or exists (select 1 from "
            + "item_turn m where m.item_id = i.id and lower(m.content) like ? escape '\\'))";

    private final JdbcTemplate jdbc;

    public ItemQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A page of items in file order, each with the start of its first turn. The page of items is chosen first and
     * only its turns are joined (joining before the limit read every turn of the dataset: seconds on 100,000 items).
     */
    public List<ItemSummary> browse(long datasetId, String search, int offset, int limit) {
        String pattern = pattern(search);
        String sql = "select i.id, i.external_id, i.kind, i.source_line, substring(t.content from 1 for "
                + PREVIEW_CHARS + ") as preview from (select i.id, i.external_id, i.kind, i.source_line from item i"
                + " where i.dataset_id = ?" + (pattern == null ? "" : MATCHES)
                + " order by i.source_line, i.id limit ? offset ?) i"
                + " join item_turn t on t.item_id = i.id and t.turn_index = 0 order by i.source_line, i.id";
        List<Object> args = new ArrayList<>(List.of(datasetId));
        if (pattern != null) {
            args.add(pattern);
            args.add(pattern);
        }
        args.add(Math.max(1, limit));
        args.add(Math.max(0, offset));
        return jdbc.query(sql, (rs, n) -> new ItemSummary(new ItemId(rs.getLong("id")), rs.getString("external_id"),
                ItemKind.valueOf(rs.getString("kind")), rs.getLong("source_line"), rs.getString("preview")),
                args.toArray());
    }

    public long count(long datasetId, String search) {
        String pattern = pattern(search);
        String sql = "select count(*) from item i where i.dataset_id = ?" + (pattern == null ? "" : MATCHES);
        Object[] args = pattern == null ? new Object[] {datasetId} : new Object[] {datasetId, pattern, pattern};
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    public Optional<Item> item(ItemId id) {
        var rows = jdbc.query("select id, dataset_id, external_id, kind, source_metadata from item where id = ?",
                (rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                    rs.getString(5)}, id.value());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.getFirst();
        List<Turn> turns = new ArrayList<>();
        String[] responses = new String[2];
        jdbc.query("select part, turn_role, content from item_turn where item_id = ? order by turn_index",
                (ResultSet rs) -> {
                    String part = rs.getString(1);
                    String content = rs.getString(3);
                    switch (part) {
                        case "RESPONSE_A" -> responses[0] = content;
                        case "RESPONSE_B" -> responses[1] = content;
                        default -> turns.add(new Turn(TurnRole.valueOf(rs.getString(2)), content));
                    }
                }, id.value());
        return Optional.of(new Item(new ItemId((Long) row[0]), (Long) row[1], (String) row[2],
                ItemKind.valueOf((String) row[3]), turns, responses[0], responses[1], (String) row[4]));
    }

    /** These items with their turns, in two queries per 500 ids; items that do not exist are left out. */
    public Map<ItemId, Item> items(Collection<ItemId> ids) {
        Map<ItemId, Item> found = new HashMap<>();
        List<Long> all = ids.stream().map(ItemId::value).distinct().sorted().toList();
        for (int from = 0; from < all.size(); from += 500) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + 500));
            String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
            Map<Long, List<Turn>> turns = new HashMap<>();
            Map<Long, String[]> responses = new HashMap<>();
            jdbc.query("select item_id, part, turn_role, content from item_turn where item_id in (" + marks
                    + ") order by item_id, turn_index", (ResultSet rs) -> {
                        long item = rs.getLong(1);
                        String content = rs.getString(4);
                        switch (rs.getString(2)) {
                            case "RESPONSE_A" -> responses.computeIfAbsent(item, k -> new String[2])[0] = content;
                            case "RESPONSE_B" -> responses.computeIfAbsent(item, k -> new String[2])[1] = content;
                            default -> turns.computeIfAbsent(item, k -> new ArrayList<>())
                                    .add(new Turn(TurnRole.valueOf(rs.getString(3)), content));
                        }
                    }, chunk.toArray());
            jdbc.query("select id, dataset_id, external_id, kind, source_metadata from item where id in (" + marks
                    + ")", (ResultSet rs) -> {
                        long id = rs.getLong(1);
                        String[] ab = responses.getOrDefault(id, new String[2]);
                        found.put(new ItemId(id), new Item(new ItemId(id), rs.getLong(2), rs.getString(3),
                                ItemKind.valueOf(rs.getString(4)), turns.getOrDefault(id, List.of()), ab[0], ab[1],
                                rs.getString(5)));
                    }, chunk.toArray());
        }
        return found;
    }

    /** The external ids (ids in the source file) of these items; items that do not exist are left out. */
    public Map<ItemId, String> externalIds(Collection<ItemId> ids) {
        Map<ItemId, String> found = new HashMap<>();
        List<Long> all = ids.stream().map(ItemId::value).distinct().sorted().toList();
        for (int from = 0; from < all.size(); from += 500) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + 500));
            String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
            jdbc.query("select id, external_id from item where id in (" + marks + ")",
                    rs -> { found.put(new ItemId(rs.getLong(1)), rs.getString(2)); }, chunk.toArray());
        }
        return found;
    }

    public List<ItemId> itemIds(long datasetId) {
        return jdbc.query("select id from item where dataset_id = ? order by id", (rs, n) -> new ItemId(rs.getLong(1)),
                datasetId);
    }

    /** External id → item id of every item of a dataset (external ids are unique within a dataset). */
    public Map<String, Long> idsByExternalId(long datasetId) {
        Map<String, Long> ids = new java.util.HashMap<>();
        jdbc.query("select external_id, id from item where dataset_id = ?",
                rs -> {
                    ids.put(rs.getString(1), rs.getLong(2));
                }, datasetId);
        return ids;
    }

    public Map<ItemKind, Long> countsByKind(long datasetId) {
        Map<ItemKind, Long> counts = new EnumMap<>(ItemKind.class);
        for (ItemKind kind : ItemKind.values()) {
            counts.put(kind, 0L);
        }
        jdbc.query("select kind, count(*) from item where dataset_id = ? group by kind",
                (ResultSet rs) -> {
                    counts.put(ItemKind.valueOf(rs.getString(1)), rs.getLong(2));
                }, datasetId);
        return counts;
    }

    public List<ReferenceLabel> referenceLabels(ItemId itemId) {
        return jdbc.query("select judgment, label_field, label_value from item_reference_label where item_id = ? "
                + "order by label_index", ReferenceLabelRow::map, itemId.value());
    }

    /** Streams (item id, reference label value) of every item of a dataset, in item order. */
    public void forEachReferenceLabel(long datasetId, java.util.function.BiConsumer<ItemId, String> each) {
        jdbc.query("select l.item_id, l.label_value from item_reference_label l join item i on i.id = l.item_id "
                + "where i.dataset_id = ? order by l.item_id, l.label_index",
                rs -> { each.accept(new ItemId(rs.getLong(1)), rs.getString(2)); }, datasetId);
    }

    /** The content warnings a dataset declares, in the order given; empty when none. */
    public List<String> contentWarnings(long datasetId) {
        List<String> joined = jdbc.queryForList("select content_warnings from dataset where id = ?", String.class,
                datasetId);
        if (joined.isEmpty() || joined.getFirst() == null || joined.getFirst().isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(joined.getFirst().split(",")).map(String::strip).filter(w -> !w.isEmpty())
                .toList();
    }

    public boolean setContentWarnings(long datasetId, List<String> warnings) {
        return jdbc.update("update dataset set content_warnings = ? where id = ?",
                warnings.isEmpty() ? null : String.join(",", warnings), datasetId) == 1;
    }

    /** A LIKE pattern for a case-insensitive substring search, or null for "everything". */
    static String pattern(String search) {
        if (search == null || search.isBlank()) {
            return null;
        }
        String escaped = search.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private static final class ReferenceLabelRow {
        static ReferenceLabel map(ResultSet rs, int n) throws SQLException {
            return new ReferenceLabel(rs.getString(1), rs.getString(2), rs.getString(3));
        }
    }
}
