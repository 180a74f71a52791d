package org.latitude.judge.internal;

import org.latitude.shared.ItemId;
import org.latitude.judge.ModelRaterId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Consumer;
import org.latitude.judge.PairPreference;
import org.latitude.judge.PairwiseJudgment;
import org.latitude.judge.PresentedOrder;
import org.latitude.judge.PrincipleAnswer;
import org.latitude.judge.PrincipleJudgment;
import org.latitude.judge.SafetyJudgment;
import org.latitude.judge.SafetyVerdict;
import org.latitude.judge.ValueCount;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads judgments as typed records, streamed in item order (a campaign of millions never sits in memory), and the
 * per-value counts the analysis can add up in the database.
 */
@Component
public class JudgmentQueries {

    /** The discrete preference of principle probabilities as the alignment-discretion code reads it. */
    static final String PRINCIPLE_PREFERENCE = "case when choice is not null then choice when p_a = p_b then 'NONE' "
            + "when p_na > p_a and p_na > p_b then 'NONE' when p_a > p_b then 'A' else 'B' end";

    private final JdbcTemplate jdbc;

    JudgmentQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void safety(long campaignId, long raterId, Consumer<SafetyJudgment> each) {
        ModelRaterId rater = new ModelRaterId(raterId);
        Map<Long, Set<String>[]> named = new HashMap<>();
        Map<Long, Map<String, Double>> scores = new HashMap<>();
        jdbc.query("select c.judgment_id, c.entry_kind, c.entry_key, c.named, c.score from safety_judgment_category c "
                + "join safety_judgment j on j.id = c.judgment_id where j.campaign_id = ? and j.rater_id = ?", rs -> {
                    long id = rs.getLong(1);
                    @SuppressWarnings("unchecked")
                    Set<String>[] sets = named.computeIfAbsent(id, k -> new Set[] {new HashSet<>(), new HashSet<>()});
                    if (rs.getBoolean(4)) {
                        sets[rs.getString(2).equals("LABEL") ? 1 : 0].add(rs.getString(3));
                    }
                    double score = rs.getDouble(5);
                    if (!rs.wasNull()) {
                        scores.computeIfAbsent(id, k -> new HashMap<>()).put(rs.getString(3), score);
                    }
                }, campaignId, raterId);
        jdbc.query("select id, item_id, prompt_verdict, response_verdict, p_prompt_unsafe, p_response_unsafe from "
                + "safety_judgment where campaign_id = ? and rater_id = ? order by item_id", rs -> {
                    long id = rs.getLong(1);
                    Set<String>[] sets = named.get(id);
                    each.accept(new SafetyJudgment(rater, new ItemId(rs.getLong(2)), verdict(rs.getString(3)),
                            verdict(rs.getString(4)), sets == null ? Set.of() : sets[0],
                            sets == null ? Set.of() : sets[1], optional(rs, 5), optional(rs, 6),
                            scores.getOrDefault(id, Map.of())));
                }, campaignId, raterId);
    }

    public void pairwise(long campaignId, long raterId, Consumer<PairwiseJudgment> each) {
        ModelRaterId rater = new ModelRaterId(raterId);
        jdbc.query("select item_id, form, presented_order, choice, value_a, value_b, value_tie from pairwise_judgment "
                + "where campaign_id = ? and rater_id = ? order by item_id, form, presented_order", rs -> {
                    ItemId item = new ItemId(rs.getLong(1));
                    PresentedOrder order = PresentedOrder.valueOf(rs.getString(3));
                    each.accept(switch (rs.getString(2)) {
                        case "CHOICE" -> new PairwiseJudgment.Choice(rater, item, order,
                                PairPreference.valueOf(rs.getString(4)));
                        case "PROBABILITIES" -> new PairwiseJudgment.Probabilities(rater, item, order,
                                rs.getDouble(5), rs.getDouble(6), optional(rs, 7));
                        case "REWARDS" -> new PairwiseJudgment.Rewards(rater, item, rs.getDouble(5),
                                rs.getDouble(6));
                        case "LOG_LIKELIHOODS" -> new PairwiseJudgment.LogLikelihoods(rater, item, rs.getDouble(5),
                                rs.getDouble(6));
                        default -> throw new IllegalStateException("unknown pairwise form " + rs.getString(2));
                    });
                }, campaignId, raterId);
    }

    public void principles(long campaignId, long raterId, Consumer<PrincipleJudgment> each) {
        ModelRaterId rater = new ModelRaterId(raterId);
        jdbc.query("select item_id, principle_index, presented_order, choice, p_a, p_b, p_na from principle_judgment "
                + "where campaign_id = ? and rater_id = ? order by item_id, principle_index, presented_order", rs -> {
                    ItemId item = new ItemId(rs.getLong(1));
                    int principle = rs.getInt(2);
                    PresentedOrder order = PresentedOrder.valueOf(rs.getString(3));
                    String choice = rs.getString(4);
                    each.accept(choice != null
                            ? new PrincipleJudgment.Choice(rater, item, principle, order,
                                    PrincipleAnswer.valueOf(choice))
                            : new PrincipleJudgment.Probabilities(rater, item, principle, order, rs.getDouble(5),
                                    rs.getDouble(6), rs.getDouble(7)));
                }, campaignId, raterId);
    }

    /** Counts per verdict field and value, and per named category, computed by the database. */
    public List<ValueCount> safetyCounts(long campaignId, long raterId) {
        return jdbc.query("select 'prompt_verdict' f, prompt_verdict v, count(*) n from safety_judgment where "
                + "campaign_id = ? and rater_id = ? and prompt_verdict is not null group by prompt_verdict "
                + "union all select 'response_verdict', response_verdict, count(*) from safety_judgment where "
                + "campaign_id = ? and rater_id = ? and response_verdict is not null group by response_verdict "
                + "union all select lower(c.entry_kind), c.entry_key, count(*) from safety_judgment_category c join "
                + "safety_judgment j on j.id = c.judgment_id where j.campaign_id = ? and j.rater_id = ? and c.named "
                + "group by c.entry_kind, c.entry_key order by 1, 2", JudgmentQueries::count, campaignId, raterId,
                campaignId, raterId, campaignId, raterId);
    }

    /** Per principle and order, how many items the judge prefers A, B or none (the paper's rule, in SQL). */
    public List<ValueCount> principleCounts(long campaignId, long raterId) {
        return jdbc.query("select 'principle ' || principle_index || ' ' || presented_order f, pref v, count(*) n from "
                + "(select principle_index, presented_order, " + PRINCIPLE_PREFERENCE + " pref from principle_judgment"
                + " where campaign_id = ? and rater_id = ?) t group by principle_index, presented_order, pref "
                + "order by principle_index, presented_order, pref", JudgmentQueries::count, campaignId, raterId);
    }

    /** Per form and order, how many pairwise judgments there are (choices by value). */
    public List<ValueCount> pairwiseCounts(long campaignId, long raterId) {
        return jdbc.query("select lower(form) || ' ' || presented_order f, coalesce(choice, '') v, count(*) n from "
                + "pairwise_judgment where campaign_id = ? and rater_id = ? group by form, presented_order, choice "
                + "order by 1, 2", JudgmentQueries::count, campaignId, raterId);
    }

    /** Rater id → [items judged, judgments] for each kind's table. */
    public Map<Long, long[]> coverage(long campaignId, String table) {
        Map<Long, long[]> out = new HashMap<>();
        jdbc.query("select rater_id, count(distinct item_id), count(*) from " + table + " where campaign_id = ? "
                + "group by rater_id", rs -> {
                    out.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)});
                }, campaignId);
        return out;
    }

    private static ValueCount count(ResultSet rs, int n) throws SQLException {
        return new ValueCount(rs.getString(1), rs.getString(2), rs.getLong(3));
    }

    private static Optional<SafetyVerdict> verdict(String v) {
        return v == null ? Optional.empty() : Optional.of(SafetyVerdict.valueOf(v));
    }

    private static OptionalDouble optional(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(v);
    }
}
