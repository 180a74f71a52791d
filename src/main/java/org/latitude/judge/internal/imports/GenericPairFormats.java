package org.latitude.judge.internal.imports;

import java.util.Locale;
import java.util.Set;
import org.latitude.judge.PairPreference;
import org.latitude.judge.PresentedOrder;
import org.latitude.judge.PrincipleAnswer;
import org.latitude.judge.internal.imports.Rows.PairForm;

/**
 * Latitude's generic pairwise and principle-specific formats (JSONL or CSV). Choices and probabilities are written
 * as the judge gave them, in presented terms (A = the response shown first, per {@code order}); they are stored in
 * item terms. Rewards and log-likelihoods are per response, in item terms.
 */
final class GenericPairFormats {

    private GenericPairFormats() {
    }

    static final class Pairwise extends RowFormat {
        private static final Set<String> FIELDS = Set.of("item_id", "order", "choice", "p_a", "p_b", "p_tie",
                "reward_a", "reward_b", "loglik_a", "loglik_b");

        Pairwise() {
            super(FIELDS, "item_id");
        }

        @Override
        void read(Fields row, Start start, ImportContext ctx, Rows out) {
            long line = start.line();
            long before = start.problemsBefore();
            long item = start.item();
            boolean choice = row.text("choice") != null;
            boolean probs = row.text("p_a") != null || row.text("p_b") != null || row.text("p_tie") != null;
            boolean rewards = row.text("reward_a") != null || row.text("reward_b") != null;
            boolean logliks = row.text("loglik_a") != null || row.text("loglik_b") != null;
            int forms = (choice ? 1 : 0) + (probs ? 1 : 0) + (rewards ? 1 : 0) + (logliks ? 1 : 0);
            if (forms != 1) {
                ctx.problem(line, forms == 0 ? "no judgment: give choice, p_a/p_b, reward_a/reward_b or "
                        + "loglik_a/loglik_b" : "more than one form of judgment in one row");
                return;
            }
            Rows.Pair pair;
            if (choice || probs) {
                PresentedOrder order = Values.order(row.text("order"), null, line, ctx);
                if (order == null) {
                    if (row.text("order") == null) {
                        ctx.problem(line, "order (AB or BA) is missing");
                    }
                    return;
                }
                pair = choice ? choice(row, item, order, ctx) : probabilities(row, item, order, ctx);
            } else {
                String prefix = rewards ? "reward_" : "loglik_";
                double a = Values.number(row.text(prefix + "a"), prefix + "a", line, ctx);
                double b = Values.number(row.text(prefix + "b"), prefix + "b", line, ctx);
                pair = new Rows.Pair(line, item, rewards ? PairForm.REWARDS : PairForm.LOG_LIKELIHOODS,
                        PresentedOrder.SINGLE, null, a, b, null);
            }
            add(pair, before, ctx, out);
        }

        private static Rows.Pair choice(Fields row, long item, PresentedOrder order, ImportContext ctx) {
            String t = row.text("choice").strip().toUpperCase(Locale.ROOT);
            PairPreference presented = switch (t) {
                case "A" -> PairPreference.A;
                case "B" -> PairPreference.B;
                case "TIE" -> PairPreference.TIE;
                default -> null;
            };
            if (presented == null) {
                ctx.problem(row.line(), "choice is '" + Values.quote(row.text("choice")) + "'; expected A, B or tie");
            }
            PairPreference stored = order == PresentedOrder.BA && presented == PairPreference.A ? PairPreference.B
                    : order == PresentedOrder.BA && presented == PairPreference.B ? PairPreference.A : presented;
            return new Rows.Pair(row.line(), item, PairForm.CHOICE, order, stored, null, null, null);
        }

        private static Rows.Pair probabilities(Fields row, long item, PresentedOrder order, ImportContext ctx) {
            long line = row.line();
            double first = Values.probability(row.text("p_a"), "p_a", line, ctx);
            double second = Values.probability(row.text("p_b"), "p_b", line, ctx);
            Double tie = Values.optionalProbability(row.text("p_tie"), "p_tie", line, ctx);
            return probabilityPair(line, item, order, first, second, tie);
        }
    }

    /** A pair of probabilities in presented terms, stored in item terms. */
    static Rows.Pair probabilityPair(long line, long item, PresentedOrder order, double first, double second,
                                     Double tie) {
        boolean swapped = order == PresentedOrder.BA;
        return new Rows.Pair(line, item, PairForm.PROBABILITIES, order, null, swapped ? second : first,
                swapped ? first : second, tie);
    }

    static void add(Rows.Pair pair, long problemsBefore, ImportContext ctx, Rows out) {
        if (pair.itemId() >= 0 && ctx.problems().count() == problemsBefore && ctx.firstTime(pair.itemId(),
                pair.form().ordinal() << 2 | pair.order().ordinal(), pair.line(),
                pair.form().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " for this item"
                        + (pair.order() == PresentedOrder.SINGLE ? "" : " in order " + pair.order()))) {
            out.pairs.add(pair);
        }
    }

    static final class Principle extends RowFormat {
        private static final Set<String> FIELDS = Set.of("item_id", "principle", "order", "p_a", "p_b", "p_na",
                "choice");

        Principle() {
            super(FIELDS, "item_id");
        }

        @Override
        void read(Fields row, Start start, ImportContext ctx, Rows out) {
            long line = start.line();
            long before = start.problemsBefore();
            long item = start.item();
            int principle = Values.index(row.text("principle"), "principle", line, ctx);
            PresentedOrder order = Values.order(row.text("order"), PresentedOrder.AB, line, ctx);
            if (principle < 0 || !ctx.principle(principle, line) || order == null) {
                return;
            }
            boolean choice = row.text("choice") != null;
            if (choice) {
                PrincipleAnswer answer = switch (row.text("choice").strip().toUpperCase(Locale.ROOT)) {
                    case "A" -> order == PresentedOrder.AB ? PrincipleAnswer.A : PrincipleAnswer.B;
                    case "B" -> order == PresentedOrder.AB ? PrincipleAnswer.B : PrincipleAnswer.A;
                    case "NA" -> PrincipleAnswer.NA;
                    default -> null;
                };
                if (row.text("p_a") != null || row.text("p_b") != null || row.text("p_na") != null) {
                    ctx.problem(line, "give either choice or p_a/p_b/p_na, not both");
                } else if (answer == null) {
                    ctx.problem(line, "choice is '" + Values.quote(row.text("choice")) + "'; expected A, B or NA");
                } else if (item >= 0 && ctx.problems().count() == before && firstTime(ctx, item, principle, order,
                        line)) {
                    out.principles.addChoice(item, principle, order, answer);
                }
                return;
            }
            double a = Values.probability(row.text("p_a"), "p_a", line, ctx);
            double b = Values.probability(row.text("p_b"), "p_b", line, ctx);
            double na = Values.probability(row.text("p_na"), "p_na", line, ctx);
            addProbabilities(item, principle, order, a, b, na, line, before, ctx, out);
        }
    }

    /** Principle probabilities in presented terms, stored in item terms. */
    static void addProbabilities(long item, int principle, PresentedOrder order, double a, double b, double na,
                                 long line, long problemsBefore, ImportContext ctx, Rows out) {
        if (item >= 0 && ctx.problems().count() == problemsBefore && firstTime(ctx, item, principle, order, line)) {
            boolean swapped = order == PresentedOrder.BA;
            out.principles.addProbabilities(item, principle, order, swapped ? b : a, swapped ? a : b, na);
        }
    }

    private static boolean firstTime(ImportContext ctx, long item, int principle, PresentedOrder order, long line) {
        return ctx.firstTime(item, principle << 2 | order.ordinal(), line,
                "principle " + principle + " in order " + order + " for this item");
    }
}
