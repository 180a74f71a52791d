package org.latitude.judge.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import org.latitude.judge.PresentedOrder;
import org.latitude.judge.PrincipleAnswer;
import org.latitude.judge.SafetyCategoriesNamed;
import org.latitude.judge.internal.imports.Rows;
import org.latitude.shared.CampaignId;
import org.latitude.shared.ItemId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Writes checked judgments in JDBC batches, in the caller's transaction. */
@Component
public class JudgmentWriter {

    static final int BATCH = 2000;
    private static final PresentedOrder[] ORDERS = PresentedOrder.values();
    private static final PrincipleAnswer[] ANSWERS = PrincipleAnswer.values();

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    public JudgmentWriter(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Stores every row of {@code rows} under the batch, telling {@code stored} how many are stored so far after each
     * JDBC batch; returns how many judgments were stored.
     */
    public long write(long campaignId, long raterId, long batchId, Rows rows, LongConsumer stored) {
        writeSafety(campaignId, raterId, batchId, rows.safety);
        long done = rows.safety.size();
        writePairs(campaignId, raterId, batchId, rows.pairs);
        done += rows.pairs.size();
        stored.accept(done);
        long before = done;
        writePrinciples(campaignId, raterId, batchId, rows.principles, n -> stored.accept(before + n));
        return rows.size();
    }

    public void writeSafety(long campaignId, long raterId, long batchId, List<Rows.Safety> judgments) {
        if (judgments.isEmpty()) {
            return;
        }
        long[] ids = new long[judgments.size()];
        for (int i = 0; i < ids.length; i += 100) {
            long first = jdbc.queryForObject("select nextval('safety_judgment_id_seq')", Long.class);
            for (int j = i; j < Math.min(ids.length, i + 100); j++) {
                ids[j] = first + j - i;
            }
        }
        jdbc.batchUpdate("insert into safety_judgment (id, campaign_id, rater_id, item_id, batch_id, presented_order, "
                + "prompt_verdict, response_verdict, p_prompt_unsafe, p_response_unsafe) values (?, ?, ?, ?, ?, "
                + "'SINGLE', ?, ?, ?, ?)", java.util.stream.IntStream.range(0, ids.length).boxed().toList(), BATCH,
                (ps, i) -> {
                    Rows.Safety s = judgments.get(i);
                    ps.setLong(1, ids[i]);
                    ps.setLong(2, campaignId);
                    ps.setLong(3, raterId);
                    ps.setLong(4, s.itemId());
                    ps.setLong(5, batchId);
                    ps.setString(6, s.prompt() == null ? null : s.prompt().name());
                    ps.setString(7, s.response() == null ? null : s.response().name());
                    setDouble(ps, 8, s.pPrompt());
                    setDouble(ps, 9, s.pResponse());
                });
        List<Object[]> entries = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            for (Rows.Entry e : judgments.get(i).entries()) {
                entries.add(new Object[] {ids[i], e.label() ? "LABEL" : "CATEGORY", e.key(), e.named(), e.score()});
            }
        }
        jdbc.batchUpdate("insert into safety_judgment_category (judgment_id, entry_kind, entry_key, named, score) "
                + "values (?, ?, ?, ?, ?)", entries, BATCH, (ps, e) -> {
                    ps.setLong(1, (Long) e[0]);
                    ps.setString(2, (String) e[1]);
                    ps.setString(3, (String) e[2]);
                    ps.setBoolean(4, (Boolean) e[3]);
                    setDouble(ps, 5, (Double) e[4]);
                });
        Map<ItemId, Set<String>> named = new HashMap<>();
        for (Rows.Safety s : judgments) {
            s.entries().stream().filter(e -> !e.label() && e.named())
                    .forEach(e -> named.computeIfAbsent(new ItemId(s.itemId()), k -> new TreeSet<>()).add(e.key()));
        }
        if (!named.isEmpty()) {
            events.publishEvent(new SafetyCategoriesNamed(new CampaignId(campaignId), named));
        }
    }

    public void writePairs(long campaignId, long raterId, long batchId, List<Rows.Pair> pairs) {
        jdbc.batchUpdate("insert into pairwise_judgment (campaign_id, rater_id, item_id, form, presented_order, "
                + "batch_id, choice, value_a, value_b, value_tie) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", pairs, BATCH,
                (ps, p) -> {
                    ps.setLong(1, campaignId);
                    ps.setLong(2, raterId);
                    ps.setLong(3, p.itemId());
                    ps.setString(4, p.form().name());
                    ps.setString(5, p.order().name());
                    ps.setLong(6, batchId);
                    ps.setString(7, p.choice() == null ? null : p.choice().name());
                    setDouble(ps, 8, p.a());
                    setDouble(ps, 9, p.b());
                    setDouble(ps, 10, p.tie());
                });
    }

    public void writePrinciples(long campaignId, long raterId, long batchId, Rows.Principles p, LongConsumer stored) {
        String sql = "insert into principle_judgment (campaign_id, rater_id, item_id, principle_index, "
                + "presented_order, batch_id, choice, p_a, p_b, p_na) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        for (int start = 0; start < p.size(); start += BATCH) {
            int from = start;
            int to = Math.min(p.size(), start + BATCH);
            jdbc.batchUpdate(sql, new org.springframework.jdbc.core.BatchPreparedStatementSetter() {
                @Override
                public void setValues(PreparedStatement ps, int k) throws SQLException {
                    int i = from + k;
                    ps.setLong(1, campaignId);
                    ps.setLong(2, raterId);
                    ps.setLong(3, p.item[i]);
                    ps.setInt(4, p.principle[i]);
                    ps.setString(5, ORDERS[p.order[i]].name());
                    ps.setLong(6, batchId);
                    boolean choice = p.choice[i] >= 0;
                    ps.setString(7, choice ? ANSWERS[p.choice[i]].name() : null);
                    setDouble(ps, 8, choice ? null : p.a[i]);
                    setDouble(ps, 9, choice ? null : p.b[i]);
                    setDouble(ps, 10, choice ? null : p.na[i]);
                }

                @Override
                public int getBatchSize() {
                    return to - from;
                }
            });
            stored.accept(to);
        }
    }

    private static void setDouble(PreparedStatement ps, int index, Double value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, value);
        }
    }
}
