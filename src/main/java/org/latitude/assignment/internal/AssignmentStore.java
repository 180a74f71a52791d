package org.latitude.assignment.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.latitude.assignment.ShownOrder;
import org.latitude.shared.AssignmentId;
import org.latitude.shared.CampaignId;
import org.latitude.shared.ItemId;
import org.latitude.shared.UserId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * SQL of the pool and the assignments. Plain JDBC so that locking ({@code select … for update} of a pool row before
 * any change to it or its assignments) and the index-driven candidate search are explicit; it runs unchanged on H2
 * and PostgreSQL. Callers hold the transaction.
 */
@Repository
public class AssignmentStore {

    static final int CANDIDATES = 8;
    private static final RowMapper<AssignmentRow> ROW = (rs, n) -> new AssignmentRow(
            new AssignmentId(rs.getLong("id")), new CampaignId(rs.getLong("campaign_id")),
            new ItemId(rs.getLong("item_id")), new UserId(rs.getLong("annotator_id")),
            AssignmentState.valueOf(rs.getString("state")), ShownOrder.swapped(rs.getBoolean("swap_sides")),
            instant(rs, "leased_at"), instant(rs, "expires_at"));
    private static final String COLUMNS = "id, campaign_id, item_id, annotator_id, state, swap_sides, leased_at, "
            + "expires_at";

    private final JdbcTemplate jdbc;

    public AssignmentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insertPool(CampaignId campaignId, List<ItemId> itemIds, Set<ItemId> goldIds, int overlap,
                           int goldCapacity) {
        jdbc.batchUpdate("insert into campaign_item (campaign_id, item_id, gold, capacity, completed, leased, fill, "
                + "shuffle_key) values (?, ?, ?, ?, 0, 0, 0, ?)", itemIds, 1000, (ps, itemId) -> {
                    boolean gold = goldIds.contains(itemId);
                    ps.setLong(1, campaignId.value());
                    ps.setLong(2, itemId.value());
                    ps.setBoolean(3, gold);
                    ps.setInt(4, gold ? goldCapacity : overlap);
                    ps.setInt(5, ShuffleOrder.itemKey(campaignId, itemId));
                });
    }

    public void raiseCapacity(CampaignId campaignId, int overlap) {
        jdbc.update("update campaign_item set capacity = ? where campaign_id = ? and gold = false and capacity < ?",
                overlap, campaignId.value(), overlap);
    }

    public Optional<AssignmentRow> activeLease(CampaignId campaignId, UserId annotatorId, Instant now) {
        return jdbc.query("select " + COLUMNS + " from assignment where campaign_id = ? and annotator_id = ? "
                + "and state = 'LEASED' and expires_at > ? order by leased_at, id", ROW, campaignId.value(),
                annotatorId.value(), utc(now)).stream().findFirst();
    }

    public long completedSince(CampaignId campaignId, UserId annotatorId, Instant since) {
        return count("select count(*) from assignment where campaign_id = ? and annotator_id = ? "
                + "and state = 'COMPLETED' and finished_at >= ?", campaignId.value(), annotatorId.value(), utc(since));
    }

    public long finishedCount(CampaignId campaignId, UserId annotatorId) {
        return count("select count(*) from assignment where campaign_id = ? and annotator_id = ? "
                + "and state in ('COMPLETED', 'SKIPPED', 'RETURNED')", campaignId.value(), annotatorId.value());
    }

    /**
     * Up to {@link #CANDIDATES} items the annotator has not done, skipped, returned or leased, at the given fill level
     * (ignored for gold), in permutation order from the annotator's offset ({@code wrapped}: the part before the
     * offset), and in none of the {@code excluded} categories (opt-outs, caps reached).
     */
    public List<ItemId> candidates(CampaignId campaignId, boolean gold, int fill, UserId annotatorId, int offset,
                                   boolean wrapped, Set<String> excluded) {
        String sql = "select ci.item_id from campaign_item ci where ci.campaign_id = ? and ci.gold = ?"
                + (gold ? " and ci.completed + ci.leased < ci.capacity" : " and ci.fill = ?")
                + (wrapped ? " and ci.shuffle_key < ?" : " and ci.shuffle_key >= ?")
                + " and not exists (select 1 from assignment a where a.campaign_id = ci.campaign_id"
                + " and a.item_id = ci.item_id and a.annotator_id = ? and a.state <> 'EXPIRED')"
                + notIn(excluded)
                // ordering by the whole index prefix lets H2 read the index in order and stop after a few rows
                // (ordering by shuffle_key alone made it read and sort every match: 25 ms instead of 0.4 ms)
                + (gold ? " order by ci.shuffle_key" : " order by ci.campaign_id, ci.gold, ci.fill, ci.shuffle_key")
                + " fetch first " + CANDIDATES + " rows only";
        List<Object> args = new ArrayList<>(gold ? List.of(campaignId.value(), true, offset, annotatorId.value())
                : List.of(campaignId.value(), false, fill, offset, annotatorId.value()));
        args.addAll(excluded);
        return jdbc.query(sql, (rs, n) -> new ItemId(rs.getLong(1)), args.toArray());
    }

    /**
     * Whether some item still needs annotations that this annotator has not done, skipped or returned, outside the
     * {@code excluded} categories; {@code freeNow}: and has a free slot at this moment (not all held by leases).
     */
    public boolean openItemExists(CampaignId campaignId, UserId annotatorId, Set<String> excluded, boolean freeNow) {
        List<Object> args = new ArrayList<>(List.of(campaignId.value(), annotatorId.value()));
        args.addAll(excluded);
        return !jdbc.queryForList("select ci.item_id from campaign_item ci where ci.campaign_id = ? and "
                + (freeNow ? "ci.completed + ci.leased < ci.capacity" : "ci.completed < ci.capacity")
                + " and not exists (select 1 from assignment a where a.campaign_id = ci.campaign_id"
                + " and a.item_id = ci.item_id and a.annotator_id = ? and a.state in ('COMPLETED', 'SKIPPED', "
                + "'RETURNED'))" + notIn(excluded) + " fetch first 1 rows only", Long.class, args.toArray())
                .isEmpty();
    }

    /** When the annotator's items were handed out and finished, from {@code since} on (for enforced breaks). */
    public List<Instant> events(CampaignId campaignId, UserId annotatorId, Instant since) {
        List<Instant> out = new ArrayList<>();
        jdbc.query("select leased_at, finished_at from assignment where campaign_id = ? and annotator_id = ? and "
                + "(leased_at >= ? or finished_at >= ?)", rs -> {
                    out.add(instant(rs, "leased_at"));
                    Instant finished = instant(rs, "finished_at");
                    if (finished != null) {
                        out.add(finished);
                    }
                }, campaignId.value(), annotatorId.value(), utc(since), utc(since));
        return out;
    }

    /** " and the item is in none of these categories", for a query over {@code campaign_item ci}; args follow. */
    static String notIn(Set<String> excluded) {
        return excluded.isEmpty() ? "" : " and not exists (select 1 from campaign_item_category x where "
                + "x.campaign_id = ci.campaign_id and x.item_id = ci.item_id and x.category_key in ("
                + ItemCategories.marks(excluded.size()) + "))";
    }

    /** Locks the pool row until the transaction ends and returns its counters. */
    public Optional<ItemCounts> lockItem(CampaignId campaignId, ItemId itemId) {
        return jdbc.query("select capacity, completed, leased from campaign_item where campaign_id = ? "
                + "and item_id = ? for update", (rs, n) -> new ItemCounts(rs.getInt(1), rs.getInt(2), rs.getInt(3)),
                campaignId.value(), itemId.value()).stream().findFirst();
    }

    public Optional<AssignmentRow> assignment(CampaignId campaignId, ItemId itemId, UserId annotatorId) {
        return jdbc.query("select " + COLUMNS + " from assignment where campaign_id = ? and item_id = ? "
                + "and annotator_id = ?", ROW, campaignId.value(), itemId.value(), annotatorId.value()).stream()
                .findFirst();
    }

    public Optional<AssignmentRow> assignment(AssignmentId id) {
        return jdbc.query("select " + COLUMNS + " from assignment where id = ?", ROW, id.value()).stream()
                .findFirst();
    }

    public AssignmentId insertLease(CampaignId campaignId, ItemId itemId, UserId annotatorId, ShownOrder shown,
                                    Instant at, Instant until) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("insert into assignment (campaign_id, item_id, annotator_id, "
                    + "state, swap_sides, leased_at, expires_at) values (?, ?, ?, 'LEASED', ?, ?, ?)", new String[] {"id"});
            ps.setLong(1, campaignId.value());
            ps.setLong(2, itemId.value());
            ps.setLong(3, annotatorId.value());
            ps.setBoolean(4, shown.swapsSides());
            ps.setObject(5, utc(at));
            ps.setObject(6, utc(until));
            return ps;
        }, keys);
        return new AssignmentId(keys.getKey().longValue());
    }

    /** An expired lease of the same annotator becomes a fresh lease (the unique key allows one row per person). */
    public boolean reLease(AssignmentId assignmentId, Instant at, Instant until) {
        return jdbc.update("update assignment set state = 'LEASED', leased_at = ?, expires_at = ?, finished_at = null "
                + "where id = ? and state = 'EXPIRED'", utc(at), utc(until), assignmentId.value()) == 1;
    }

    /**
     * Takes one lease slot if the item still has room: a conditional update that locks the row only when it succeeds,
     * so a transaction that tries several candidates never holds more than one pool-row lock (no deadlocks).
     */
    public boolean takeSlot(CampaignId campaignId, ItemId itemId) {
        return jdbc.update("update campaign_item set leased = leased + 1, fill = fill + 1 where campaign_id = ? "
                + "and item_id = ? and completed + leased < capacity", campaignId.value(), itemId.value()) == 1;
    }

    public void addCounts(CampaignId campaignId, ItemId itemId, int completed, int leased) {
        jdbc.update("update campaign_item set completed = completed + ?, leased = leased + ?, fill = fill + ? + ? "
                + "where campaign_id = ? and item_id = ?", completed, leased, completed, leased, campaignId.value(),
                itemId.value());
    }

    /** Moves an assignment from {@code fromState} to {@code toState}; false when it was not in {@code fromState}. */
    public boolean finish(AssignmentId id, AssignmentState fromState, AssignmentState toState, Instant at,
                          Integer workSeconds, String reason) {
        return jdbc.update("update assignment set state = ?, finished_at = ?, work_seconds = ?, skip_reason = ? "
                + "where id = ? and state = ?", toState.name(), utc(at), workSeconds, reason, id.value(),
                fromState.name()) == 1;
    }

    public boolean expire(AssignmentId id) {
        return jdbc.update("update assignment set state = 'EXPIRED' where id = ? and state = 'LEASED'", id.value())
                == 1;
    }

    public List<AssignmentRow> expiredLeases(Instant cutoff, int limit) {
        return jdbc.query("select " + COLUMNS + " from assignment where state = 'LEASED' and expires_at <= ? "
                + "order by state, expires_at fetch first " + limit + " rows only", ROW, utc(cutoff));
    }

    long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
