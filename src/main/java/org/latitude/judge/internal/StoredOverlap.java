package org.latitude.judge.internal;

import java.util.HashSet;
import java.util.Set;
import org.latitude.judge.PresentedOrder;
import org.latitude.judge.internal.imports.ImportContext;
import org.latitude.judge.internal.imports.Rows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Judgments a rater already has in a campaign: a file that repeats one is refused at that line (the database's keys
 * would refuse it too, but only after part of the file had been sent).
 */
@Component
public class StoredOverlap {

    private static final PresentedOrder[] ORDERS = PresentedOrder.values();

    private final JdbcTemplate jdbc;

    StoredOverlap(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void check(long campaignId, long raterId, Rows rows, ImportContext ctx) {
        if (!rows.safety.isEmpty()) {
            Set<Long> stored = new HashSet<>(jdbc.queryForList("select item_id from safety_judgment where "
                    + "campaign_id = ? and rater_id = ?", Long.class, campaignId, raterId));
            rows.safety.stream().filter(s -> stored.contains(s.itemId())).forEach(s -> ctx.problem(s.line(),
                    "this rater already has a safety judgment of this item in the campaign"));
        }
        if (!rows.pairs.isEmpty()) {
            Set<String> stored = new HashSet<>();
            jdbc.query("select item_id, form, presented_order from pairwise_judgment where campaign_id = ? and "
                    + "rater_id = ?", rs -> {
                        stored.add(rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3));
                    }, campaignId, raterId);
            rows.pairs.stream().filter(p -> stored.contains(p.itemId() + " " + p.form() + " " + p.order()))
                    .forEach(p -> ctx.problem(p.line(), "this rater already has this pairwise judgment of the item "
                            + "in the campaign"));
        }
        Rows.Principles p = rows.principles;
        if (p.size() > 0) {
            Set<Long> stored = new HashSet<>();
            jdbc.query("select item_id, principle_index, presented_order from principle_judgment where "
                    + "campaign_id = ? and rater_id = ?", rs -> {
                        stored.add(key(rs.getLong(1), rs.getInt(2), PresentedOrder.valueOf(rs.getString(3))
                                .ordinal()));
                    }, campaignId, raterId);
            for (int i = 0; i < p.size() && !stored.isEmpty(); i++) {
                if (stored.contains(key(p.item[i], p.principle[i], p.order[i]))) {
                    ctx.problem(0, "this rater already has a judgment of principle " + p.principle[i] + " in order "
                            + ORDERS[p.order[i]] + " for item id " + p.item[i] + " in the campaign (and maybe more)");
                    return;
                }
            }
        }
    }

    public boolean liveJobRunning(long batchId) {
        Integer n = jdbc.queryForObject("select count(*) from judge_job where batch_id = ? and status in ('QUEUED', "
                + "'RUNNING')", Integer.class, batchId);
        return n != null && n > 0;
    }

    private static long key(long item, int principle, int order) {
        return item << 20 | (long) principle << 2 | order;
    }
}
