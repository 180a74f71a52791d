package org.latitude.judge.internal.imports;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.latitude.judge.PresentedOrder;
import org.latitude.judge.internal.imports.Rows.PairForm;

/**
 * The CSV formats of the alignment-discretion code release (Buyl et al. 2025): {@code row_id} is the item's id (the
 * 0-based row of the source split), order 0 shows the item's response A first as "A". Probabilities are as the judge
 * gave them (not renormalised); {@code cost} and an unnamed index column are accepted and ignored.
 */
final class DiscretionFormats {

    private DiscretionFormats() {
    }

    /** {@code row_id, principle_id, order, prob_A, prob_B, prob_NA[, cost]}: one row per item × principle × order. */
    static final class Principle extends RowFormat {
        private static final Set<String> FIELDS = Set.of("row_id", "principle_id", "order", "prob_a", "prob_b",
                "prob_na", "cost");

        Principle() {
            super(FIELDS, "row_id");
        }

        @Override
        void read(Fields row, Start start, ImportContext ctx, Rows out) {
            long line = start.line();
            long before = start.problemsBefore();
            long item = start.item();
            int principle = Values.index(row.text("principle_id"), "principle_id", line, ctx);
            PresentedOrder order = Values.discretionOrder(row.text("order"), line, ctx);
            double a = Values.probability(row.text("prob_a"), "prob_A", line, ctx);
            double b = Values.probability(row.text("prob_b"), "prob_B", line, ctx);
            double na = Values.probability(row.text("prob_na"), "prob_NA", line, ctx);
            if (principle >= 0 && ctx.principle(principle, line) && order != null) {
                GenericPairFormats.addProbabilities(item, principle, order, a, b, na, line, before, ctx, out);
            }
        }
    }

    /** {@code row_id, order, prob_A, prob_B, prob_NA[, cost]}: a generic judge asked in both orders; NA is the tie. */
    static final class Judge extends RowFormat {
        private static final Set<String> FIELDS = Set.of("row_id", "order", "prob_a", "prob_b", "prob_na", "cost");

        Judge() {
            super(FIELDS, "row_id");
        }

        @Override
        void read(Fields row, Start start, ImportContext ctx, Rows out) {
            long line = start.line();
            long before = start.problemsBefore();
            long item = start.item();
            Rows.Pair pair = orderedProbabilities(row, line, item, ctx, "prob_a", "prob_A");
            if (pair != null) {
                GenericPairFormats.add(pair, before, ctx, out);
            }
        }
    }

    /**
     * {@code [index,] row_id, reward_a, reward_b[, better_response_id, safer_response_id]}: {@code reward_a} scores
     * the human-preferred response. Which of the item's responses that is comes from {@code better_response_id}
     * (0 = A, 1 = B) or else from the item's reference judgment (HH-RLHF: A; PKU-SafeRLHF: its better response).
     */
    static final class Reward extends RowFormat {
        private static final Set<String> FIELDS = Set.of("row_id", "reward_a", "reward_b", "better_response_id",
                "safer_response_id");

        Reward() {
            super(FIELDS, "row_id");
        }

        @Override
        void read(Fields row, Start start, ImportContext ctx, Rows out) {
            long line = start.line();
            long before = start.problemsBefore();
            long item = start.item();
            double preferred = Values.number(row.text("reward_a"), "reward_a", line, ctx);
            double other = Values.number(row.text("reward_b"), "reward_b", line, ctx);
            Optional<Boolean> aPreferred = item < 0 ? Optional.empty() : aIsPreferred(row, item, line, ctx);
            if (aPreferred.isEmpty()) {
                return;
            }
            GenericPairFormats.add(new Rows.Pair(line, item, PairForm.REWARDS, PresentedOrder.SINGLE, null,
                    aPreferred.get() ? preferred : other, aPreferred.get() ? other : preferred, null), before, ctx,
                    out);
        }
    }

    /**
     * {@code [index,] row_id, order ("0,1" / "1,0"), reward_a, reward_b, reward_NA, log_prob_chat_chosen,
     * log_prob_chat_rejected}: a policy model's prompted A / B / NA probabilities per order, and its sequence
     * log-likelihoods of the chosen and rejected responses (the same in both rows of an item; stored once).
     */
    static final class Policy extends RowFormat {
        private static final Set<String> FIELDS = Set.of("row_id", "order", "reward_a", "reward_b", "reward_na",
                "log_prob_chat_chosen", "log_prob_chat_rejected");
        private final Map<Long, double[]> logliks = new HashMap<>();

        Policy() {
            super(FIELDS, "row_id");
        }

        @Override
        void read(Fields row, Start start, ImportContext ctx, Rows out) {
            long line = start.line();
            long before = start.problemsBefore();
            long item = start.item();
            Rows.Pair pair = orderedProbabilities(row, line, item, ctx, "reward_a", "reward_a");
            double chosen = Values.number(row.text("log_prob_chat_chosen"), "log_prob_chat_chosen", line, ctx);
            double rejected = Values.number(row.text("log_prob_chat_rejected"), "log_prob_chat_rejected", line, ctx);
            if (pair == null || item < 0 || ctx.problems().count() != before) {
                return;
            }
            double[] earlier = logliks.putIfAbsent(item, new double[] {chosen, rejected, line});
            if (earlier != null && (earlier[0] != chosen || earlier[1] != rejected)) {
                ctx.problem(line, "the log-likelihoods differ from those of line " + (long) earlier[2]
                        + " for the same item");
                return;
            }
            GenericPairFormats.add(pair, before, ctx, out);
            if (earlier == null) {
                Optional<Boolean> aPreferred = aIsPreferred(row, item, line, ctx);
                aPreferred.ifPresent(aChosen -> out.pairs.add(new Rows.Pair(line, item, PairForm.LOG_LIKELIHOODS,
                        PresentedOrder.SINGLE, null, aChosen ? chosen : rejected, aChosen ? rejected : chosen,
                        null)));
            }
        }
    }

    /**
     * The order and the A / B / NA probabilities of a two-order row, in presented terms, as an item-terms pair; null
     * when the order is unreadable. {@code column} names the A column ({@code prob_a} or {@code reward_a}); the B and
     * NA columns follow its pattern.
     */
    private static Rows.Pair orderedProbabilities(Fields row, long line, long item, ImportContext ctx, String column,
                                                  String label) {
        String stem = column.substring(0, column.length() - 1);
        String shown = label.substring(0, label.length() - 1);
        PresentedOrder order = Values.discretionOrder(row.text("order"), line, ctx);
        double a = Values.probability(row.text(stem + "a"), label, line, ctx);
        double b = Values.probability(row.text(stem + "b"), shown + (label.endsWith("A") ? "B" : "b"), line, ctx);
        Double na = Values.optionalProbability(row.text(stem + "na"), shown + "NA", line, ctx);
        return order == null ? null : GenericPairFormats.probabilityPair(line, item, order, a, b, na);
    }

    private static Optional<Boolean> aIsPreferred(Fields row, long item, long line, ImportContext ctx) {
        String better = row.text("better_response_id");
        if (better != null) {
            switch (better.strip()) {
                case "0", "0.0":
                    return Optional.of(true);
                case "1", "1.0":
                    return Optional.of(false);
                default:
                    ctx.problem(line, "better_response_id is '" + Values.quote(better) + "'; expected 0 or 1");
                    return Optional.empty();
            }
        }
        Optional<String> preferred = ctx.preferredResponse(item);
        if (preferred.isEmpty()) {
            ctx.problem(line, "cannot tell which response is the preferred one: the file has no better_response_id "
                    + "and the item's source marks none (HH-RLHF and PKU-SafeRLHF imports do)");
            return Optional.empty();
        }
        return Optional.of(preferred.get().equals("A"));
    }
}
