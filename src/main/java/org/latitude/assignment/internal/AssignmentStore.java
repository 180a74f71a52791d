package org.latitude.assignment.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
    private static final RowMapper<AssignmentRow> ROW = (rs, n) -> new AssignmentRow(rs.getLong("id"),
            rs.getLong("campaign_id"), rs.getLong("item_id"), rs.getLong("annotator_id"), rs.getString("state"),
            rs.getBoolean("swap_sides"), instant(rs, "leased_at"), instant(rs, "expires_at"));
    private static final String COLUMNS = "id, campaign_id, item_id, annotator_id, state, swap_sides, leased_at, "
            + "expires_at";

    private final JdbcTemplate jdbc;

    public AssignmentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insertPool(long campaignId, List<Long> itemIds, Set<Long> goldIds, int overlap, int goldCapacity) {
        jdbc.batchUpdate("insert into campaign_item (campaign_id, item_id, gold, capacity, completed, leased, fill, "
                + "shuffle_key) values (?, ?, ?, ?, 0, 0, 0, ?)", itemIds, 1000, (ps, itemId) -> {
                    boolean gold = goldIds.contains(itemId);
                    ps.setLong(1, campaignId);
                    ps.setLong(2, itemId);
                    ps.setBoolean(3, gold);
                    ps.setInt(4, gold ? goldCapacity : overlap);
                    ps.setInt(5, ShuffleOrder.itemKey(campaignId, itemId));
                });
    }

    public void raiseCapacity(long campaignId, int overlap) {
        jdbc.update("update campaign_item set capacity = ? where campaign_id = ? and gold = false and capacity < ?",
                overlap, campaignId, overlap);
    }

    public Optional<AssignmentRow> activeLease(long campaignId, long annotatorId, Instant now) {
        return jdbc.query("select " + COLUMNS + " from assignment where campaign_id = ? and annotator_id = ? "
                + "and state = 'LEASED' and expires_at > ? order by leased_at, id", ROW, campaignId, annotatorId,
                utc(now)).stream().findFirst();
    }

    public long completedSince(long campaignId, long annotatorId, Instant since) {
        return count("select count(*) from assignment where campaign_id = ? and annotator_id = ? "
                + "and state = 'COMPLETED' and finished_at >= ?", campaignId, annotatorId, utc(since));
    }

    public long finishedCount(long campaignId, long annotatorId) {
        return count("select count(*) from assignment where campaign_id = ? and annotator_id = ? "
                + "and state in ('COMPLETED', 'SKIPPED')", campaignId, annotatorId);
    }

    /**
     * Up to {@link #CANDIDATES} items the annotator has not done, skipped or leased, at the given fill level (ignored
     * for gold), in permutation order from the annotator's offset ({@code wrapped}: the part before the offset).
     */
    public List<Long> candidates(long campaignId, boolean gold, int fill, long annotatorId, int offset,
                                 boolean wrapped) {
        String sql = "select ci.item_id from campaign_item ci where ci.campaign_id = ? and ci.gold = ?"
                + (gold ? " and ci.completed + ci.leased < ci.capacity" : " and ci.fill = ?")
                + (wrapped ? " and ci.shuffle_key < ?" : " and ci.shuffle_key >= ?")
                + " and not exists (select 1 from assignment a where a.campaign_id = ci.campaign_id"
                + " and a.item_id = ci.item_id and a.annotator_id = ? and a.state <> 'EXPIRED')"
                // ordering by the whole index prefix lets H2 read the index in order and stop after a few rows
                // (ordering by shuffle_key alone made it read and sort every match: 25 ms instead of 0.4 ms)
                + (gold ? " order by ci.shuffle_key" : " order by ci.campaign_id, ci.gold, ci.fill, ci.shuffle_key")
                + " fetch first " + CANDIDATES + " rows only";
        Object[] args = gold ? new Object[] {campaignId, true, offset, annotatorId}
                : new Object[] {campaignId, false, fill, offset, annotatorId};
        return jdbc.queryForList(sql, Long.class, args);
    }

    /** Locks the pool row until the transaction ends and returns its counters. */
    public Optional<ItemCounts> lockItem(long campaignId, long itemId) {
        return jdbc.query("select capacity, completed, leased from campaign_item where campaign_id = ? "
                + "and item_id = ? for update", (rs, n) -> new ItemCounts(rs.getInt(1), rs.getInt(2), rs.getInt(3)),
                campaignId, itemId).stream().findFirst();
    }

    public Optional<AssignmentRow> assignment(long campaignId, long itemId, long annotatorId) {
        return jdbc.query("select " + COLUMNS + " from assignment where campaign_id = ? and item_id = ? "
                + "and annotator_id = ?", ROW, campaignId, itemId, annotatorId).stream().findFirst();
    }

    public Optional<AssignmentRow> assignment(long id) {
        return jdbc.query("select " + COLUMNS + " from assignment where id = ?", ROW, id).stream().findFirst();
    }

    public long insertLease(long campaignId, long itemId, long annotatorId, boolean swap, Instant at, Instant until) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("insert into assignment (campaign_id, item_id, annotator_id, "
                    + "state, swap_sides, leased_at, expires_at) values (?, ?, ?, 'LEASED', ?, ?, ?)", new String[] {"id"});
            ps.setLong(1, campaignId);
            ps.setLong(2, itemId);
            ps.setLong(3, annotatorId);
            ps.setBoolean(4, swap);
            ps.setObject(5, utc(at));
            ps.setObject(6, utc(until));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    /** An expired lease of the same annotator becomes a fresh lease (the unique key allows one row per person). */
    public boolean reLease(long assignmentId, Instant at, Instant until) {
        return jdbc.update("update assignment set state = 'LEASED', leased_at = ?, expires_at = ?, finished_at = null "
                + "where id = ? and state = 'EXPIRED'", utc(at), utc(until), assignmentId) == 1;
    }

    /**
     * Takes one lease slot if the item still has room: a conditional update that locks the row only when it succeeds,
     * so a transaction that tries several candidates never holds more than one pool-row lock (no deadlocks).
     */
    public boolean takeSlot(long campaignId, long itemId) {
        return jdbc.update("update campaign_item set leased = leased + 1, fill = fill + 1 where campaign_id = ? "
                + "and item_id = ? and completed + leased < capacity", campaignId, itemId) == 1;
    }

    public void addCounts(long campaignId, long itemId, int completed, int leased) {
        jdbc.update("update campaign_item set completed = completed + ?, leased = leased + ?, fill = fill + ? + ? "
                + "where campaign_id = ? and item_id = ?", completed, leased, completed, leased, campaignId, itemId);
    }

    /** Moves an assignment from {@code fromState} to {@code toState}; false when it was not in {@code fromState}. */
    public boolean finish(long id, String fromState, String toState, Instant at, Integer workSeconds, String reason) {
        return jdbc.update("update assignment set state = ?, finished_at = ?, work_seconds = ?, skip_reason = ? "
                + "where id = ? and state = ?", toState, utc(at), workSeconds, reason, id, fromState) == 1;
    }

    public boolean expire(long id) {
        return jdbc.update("update assignment set state = 'EXPIRED' where id = ? and state = 'LEASED'", id) == 1;
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
