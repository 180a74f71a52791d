package org.latitude.assignment.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.latitude.assignment.AnnotatorProgress;
import org.latitude.assignment.CampaignProgress;
import org.latitude.assignment.ItemSkip;
import org.latitude.assignment.MyProgress;
import org.latitude.assignment.SkipCount;
import org.latitude.shared.CampaignId;
import org.latitude.shared.ItemId;
import org.latitude.shared.UserId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Aggregates over the pool and the assignments for progress screens (grouped in SQL, one pass each). */
@Repository
public class ProgressQueries {

    private final JdbcTemplate jdbc;

    public ProgressQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Share of the needed annotations done, from the pool's counters alone (one aggregate, no per-annotator work). */
    public double completion(CampaignId campaignId) {
        long[] pool = pool(campaignId);
        return CampaignProgress.fraction(pool[3], pool[4]);
    }

    /**
     * The campaign's progress; {@code members} are listed even before their first item, {@code externalIds} names the
     * skipped items.
     */
    public CampaignProgress campaign(CampaignId campaignId, Instant startOfToday, Collection<UserId> members,
                                     Function<Collection<ItemId>, Map<ItemId, String>> externalIds) {
        long[] pool = pool(campaignId);
        Map<Long, long[]> byAnnotator = new HashMap<>();
        members.forEach(m -> byAnnotator.put(m.value(), new long[4]));
        jdbc.query("select annotator_id, state, count(*) from assignment where campaign_id = ? "
                + "group by annotator_id, state", rs -> {
                    long[] c = byAnnotator.computeIfAbsent(rs.getLong(1), k -> new long[4]);
                    switch (AssignmentState.valueOf(rs.getString(2))) {
                        case COMPLETED -> c[0] = rs.getLong(3);
                        case SKIPPED -> c[1] = rs.getLong(3);
                        case LEASED -> c[2] = rs.getLong(3);
                        case EXPIRED, RETURNED -> { }
                    }
                }, campaignId.value());
        jdbc.query("select annotator_id, count(*) from assignment where campaign_id = ? and state = 'COMPLETED' "
                + "and finished_at >= ? group by annotator_id", rs -> {
                    byAnnotator.computeIfAbsent(rs.getLong(1), k -> new long[4])[3] = rs.getLong(2);
                }, campaignId.value(), AssignmentStore.utc(startOfToday));
        Map<Long, Double> medians = new HashMap<>();
        jdbc.query("select annotator_id, percentile_cont(0.5) within group (order by work_seconds) from assignment "
                + "where campaign_id = ? and state = 'COMPLETED' and work_seconds is not null group by annotator_id",
                rs -> {
                    medians.put(rs.getLong(1), rs.getDouble(2));
                }, campaignId.value());
        List<AnnotatorProgress> annotators = new ArrayList<>();
        long skips = 0;
        for (long id : new TreeSet<>(byAnnotator.keySet())) {
            long[] c = byAnnotator.get(id);
            skips += c[1];
            annotators.add(new AnnotatorProgress(new UserId(id), c[0], c[1], c[2], c[3],
                    medians.getOrDefault(id, Double.NaN)));
        }
        List<SkipCount> reasons = jdbc.query("select skip_reason, count(*) from assignment where campaign_id = ? "
                + "and state = 'SKIPPED' group by skip_reason order by count(*) desc, skip_reason",
                (rs, n) -> new SkipCount(rs.getString(1), rs.getLong(2)), campaignId.value());
        return new CampaignProgress(campaignId, pool[0] - pool[1], pool[1], pool[2], pool[3], pool[4], pool[5], skips,
                annotators, reasons, recentSkips(campaignId, externalIds));
    }

    private List<ItemSkip> recentSkips(CampaignId campaignId,
                                       Function<Collection<ItemId>, Map<ItemId, String>> externalIds) {
        record Row(ItemId itemId, UserId annotatorId, String reason, Instant at) {
        }
        List<Row> rows = jdbc.query("select item_id, annotator_id, skip_reason, finished_at from assignment "
                + "where campaign_id = ? and state = 'SKIPPED' order by finished_at desc, id desc "
                + "fetch first " + CampaignProgress.RECENT_SKIPS + " rows only",
                (rs, n) -> new Row(new ItemId(rs.getLong(1)), new UserId(rs.getLong(2)), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant()), campaignId.value());
        Map<ItemId, String> names = rows.isEmpty() ? Map.of() : externalIds.apply(rows.stream().map(Row::itemId).toList());
        return rows.stream().map(r -> new ItemSkip(r.itemId(), names.getOrDefault(r.itemId(), "#" + r.itemId()),
                r.annotatorId(), r.reason(), r.at())).toList();
    }

    /** Items given back without penalty in the campaign (an aggregate only: returns are nobody's quality figure). */
    public long returns(CampaignId campaignId) {
        return count("select count(*) from assignment where campaign_id = ? and state = 'RETURNED'",
                campaignId.value());
    }

    /** Regular items (not gold) of the campaign and their capacity k. */
    public long[] regularItems(CampaignId campaignId) {
        return jdbc.queryForObject("select count(*), coalesce(max(capacity), 0) from campaign_item where "
                + "campaign_id = ? and gold = false", (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)},
                campaignId.value());
    }

    /** Items, gold items, complete items, annotations done, annotations needed, leased now. */
    private long[] pool(CampaignId campaignId) {
        return jdbc.queryForObject("select count(*), coalesce(sum(case when gold then 1 else 0 end), 0), "
                + "coalesce(sum(case when not gold and completed >= capacity then 1 else 0 end), 0), "
                + "coalesce(sum(case when gold then 0 else completed end), 0), "
                + "coalesce(sum(case when gold then 0 else capacity end), 0), coalesce(sum(leased), 0) "
                + "from campaign_item where campaign_id = ?", (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2),
                        rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)}, campaignId.value());
    }

    /**
     * An annotator's own progress. {@code remaining}: items that still need annotations and that they have neither
     * done, skipped nor returned, outside their opt-outs ({@code excluded}; others may take some of them first). Gold
     * items count like any other, so the counter drops after a gold item too and does not reveal it.
     */
    public MyProgress mine(CampaignId campaignId, UserId annotator, Instant startOfToday, Set<String> excluded) {
        long campaignKey = campaignId.value();
        long annotatorId = annotator.value();
        long today = count("select count(*) from assignment where campaign_id = ? and annotator_id = ? "
                + "and state = 'COMPLETED' and finished_at >= ?", campaignKey, annotatorId,
                AssignmentStore.utc(startOfToday));
        long done = count("select count(*) from assignment where campaign_id = ? and annotator_id = ? "
                + "and state = 'COMPLETED'", campaignKey, annotatorId);
        long skipped = count("select count(*) from assignment where campaign_id = ? and annotator_id = ? "
                + "and state = 'SKIPPED'", campaignKey, annotatorId);
        List<Object> args = new ArrayList<>(List.of(campaignKey, annotatorId));
        args.addAll(excluded);
        long remaining = count("select count(*) from campaign_item ci where ci.campaign_id = ? "
                + "and ci.completed < ci.capacity and not exists (select 1 from assignment a where "
                + "a.campaign_id = ci.campaign_id and a.item_id = ci.item_id and a.annotator_id = ? "
                + "and a.state in ('COMPLETED', 'SKIPPED', 'RETURNED'))" + AssignmentStore.notIn(excluded),
                args.toArray());
        return new MyProgress(today, done, skipped, remaining);
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }
}
