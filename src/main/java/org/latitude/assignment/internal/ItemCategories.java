package org.latitude.assignment.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.latitude.shared.CampaignId;
import org.latitude.shared.ItemId;
import org.latitude.shared.UserId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * SQL of the exposure controls: the categories of the pool's items (from reference labels and model judgments), the
 * annotators' opt-outs, and exposure counted as items shown per category and day. Callers hold the transaction.
 */
@Repository
public class ItemCategories {

    /** Where an item's category came from. */
    public enum Source { REFERENCE, MODEL }

    private final JdbcTemplate jdbc;

    public ItemCategories(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds categories of pool items; pairs already stored and items outside the pool are left alone (a model may
     * judge an item twice, and a judgment file may name items the pool does not hold).
     */
    public void add(CampaignId campaignId, Map<ItemId, Set<String>> categories, Source source) {
        List<Object[]> rows = new ArrayList<>();
        categories.forEach((item, keys) -> keys.forEach(k -> rows.add(new Object[] {item.value(), k})));
        jdbc.batchUpdate("insert into campaign_item_category (campaign_id, item_id, category_key, source) "
                + "select ci.campaign_id, ci.item_id, ?, ? from campaign_item ci where ci.campaign_id = ? "
                + "and ci.item_id = ? and not exists (select 1 from campaign_item_category c where "
                + "c.campaign_id = ci.campaign_id and c.item_id = ci.item_id and c.category_key = ? and c.source = ?)",
                rows, 1000, (ps, r) -> {
                    ps.setString(1, (String) r[1]);
                    ps.setString(2, source.name());
                    ps.setLong(3, campaignId.value());
                    ps.setLong(4, (Long) r[0]);
                    ps.setString(5, (String) r[1]);
                    ps.setString(6, source.name());
                });
    }

    /** The item's category keys from one source. */
    public Set<String> of(CampaignId campaignId, ItemId itemId, Source source) {
        return new TreeSet<>(jdbc.queryForList("select category_key from campaign_item_category where "
                + "campaign_id = ? and item_id = ? and source = ?", String.class, campaignId.value(), itemId.value(),
                source.name()));
    }

    /** Whether the item falls in any of these categories (from either source). */
    public boolean inAny(CampaignId campaignId, ItemId itemId, Collection<String> keys) {
        if (keys.isEmpty()) {
            return false;
        }
        List<Object> args = new ArrayList<>(List.of(campaignId.value(), itemId.value()));
        args.addAll(keys);
        return !jdbc.queryForList("select 1 from campaign_item_category where campaign_id = ? and item_id = ? and "
                + "category_key in (" + marks(keys.size()) + ") fetch first 1 rows only", Integer.class,
                args.toArray()).isEmpty();
    }

    public Set<String> optOuts(CampaignId campaignId, UserId annotatorId) {
        return new TreeSet<>(jdbc.queryForList("select category_key from annotator_opt_out where campaign_id = ? and "
                + "annotator_id = ?", String.class, campaignId.value(), annotatorId.value()));
    }

    public void replaceOptOuts(CampaignId campaignId, UserId annotatorId, Set<String> keys) {
        jdbc.update("delete from annotator_opt_out where campaign_id = ? and annotator_id = ?", campaignId.value(),
                annotatorId.value());
        jdbc.batchUpdate("insert into annotator_opt_out (campaign_id, annotator_id, category_key) values (?, ?, ?)",
                new ArrayList<>(new TreeSet<>(keys)), 100, (ps, k) -> {
                    ps.setLong(1, campaignId.value());
                    ps.setLong(2, annotatorId.value());
                    ps.setString(3, k);
                });
    }

    /**
     * Per category key, the annotator's items shown (leased, in any state since) from {@code weekStart}: [0] since
     * {@code dayStart}, [1] since {@code weekStart}. An item is counted once per category whatever its sources.
     */
    public Map<String, long[]> exposure(CampaignId campaignId, UserId annotatorId, java.time.Instant dayStart,
                                        java.time.Instant weekStart) {
        Map<String, long[]> out = new TreeMap<>();
        jdbc.query("select c.category_key, count(distinct case when a.leased_at >= ? then a.id end), "
                + "count(distinct a.id) from assignment a join campaign_item_category c on c.campaign_id = "
                + "a.campaign_id and c.item_id = a.item_id where a.campaign_id = ? and a.annotator_id = ? and "
                + "a.leased_at >= ? group by c.category_key", rs -> {
                    out.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                }, AssignmentStore.utc(dayStart), campaignId.value(), annotatorId.value(),
                AssignmentStore.utc(weekStart));
        return out;
    }

    /**
     * The campaign's exposure in aggregate, per category key: [0] items shown today, [1] this week (over all
     * annotators), [2] annotators who reached {@code cap} today (0 without a cap), [3] members who opted out.
     */
    public Map<String, long[]> aggregate(CampaignId campaignId, Collection<UserId> members, java.time.Instant dayStart,
                                         java.time.Instant weekStart, Integer cap) {
        Map<String, long[]> out = new TreeMap<>();
        Map<String, Map<Long, Long>> todayByAnnotator = new HashMap<>();
        jdbc.query("select c.category_key, a.annotator_id, count(distinct case when a.leased_at >= ? then a.id end), "
                + "count(distinct a.id) from assignment a join campaign_item_category c on c.campaign_id = "
                + "a.campaign_id and c.item_id = a.item_id where a.campaign_id = ? and a.leased_at >= ? "
                + "group by c.category_key, a.annotator_id", rs -> {
                    long[] e = out.computeIfAbsent(rs.getString(1), k -> new long[4]);
                    e[0] += rs.getLong(3);
                    e[1] += rs.getLong(4);
                    todayByAnnotator.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                            .put(rs.getLong(2), rs.getLong(3));
                }, AssignmentStore.utc(dayStart), campaignId.value(), AssignmentStore.utc(weekStart));
        if (cap != null) {
            todayByAnnotator.forEach((k, counts) -> out.get(k)[2] = counts.values().stream().filter(n -> n >= cap)
                    .count());
        }
        Set<Long> memberIds = new TreeSet<>(members.stream().map(UserId::value).toList());
        jdbc.query("select category_key, annotator_id from annotator_opt_out where campaign_id = ?", rs -> {
            if (memberIds.contains(rs.getLong(2))) {
                out.computeIfAbsent(rs.getString(1), k -> new long[4])[3]++;
            }
        }, campaignId.value());
        return out;
    }

    /**
     * How opt-outs limit the campaign's regular items: per item the number of members who opted out of one of its
     * categories ("blocked"), for the items where that number is positive.
     */
    public Map<ItemId, Integer> blockedMembers(CampaignId campaignId, Collection<UserId> members,
                                               Set<String> allowed) {
        if (members.isEmpty() || allowed.isEmpty()) {
            return Map.of();
        }
        List<Object> args = new ArrayList<>(List.of(campaignId.value()));
        members.forEach(m -> args.add(m.value()));
        args.addAll(allowed);
        Map<ItemId, Integer> out = new HashMap<>();
        jdbc.query("select c.item_id, count(distinct o.annotator_id) from campaign_item_category c join "
                + "annotator_opt_out o on o.campaign_id = c.campaign_id and o.category_key = c.category_key join "
                + "campaign_item ci on ci.campaign_id = c.campaign_id and ci.item_id = c.item_id where "
                + "c.campaign_id = ? and ci.gold = false and o.annotator_id in (" + marks(members.size()) + ") and "
                + "o.category_key in (" + marks(allowed.size()) + ") group by c.item_id", rs -> {
                    out.put(new ItemId(rs.getLong(1)), rs.getInt(2));
                }, args.toArray());
        return out;
    }

    static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
