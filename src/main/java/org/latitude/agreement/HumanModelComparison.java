package org.latitude.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Humans vs models (docs/methods.md): each model is one more coder of the table; it is compared with the human
 * majority (Cohen's κ, over- and under-flag rates per category), and placed in the distribution of leave-one-out
 * human agreement: each human's κ with the majority of the <em>other</em> humans, against the model's mean κ with
 * the same leave-one-out majorities (so both sides are compared with aggregates of the same size, like with like).
 *
 * <p>Leave-one-out majorities differ from the full majority only on the units the left-out human rated, so all of
 * them come from one pass over the human ratings with per-unit human tallies: O(R·V) rather than O(H·R).
 */
public final class HumanModelComparison {

    private HumanModelComparison() {
    }

    /**
     * @param table   humans and models
     * @param isModel which coder codes are models
     * @param rule    tie rule of the human majority
     * @param fitted  Dawid–Skene fit on the humans, for {@link TieRule#DAWID_SKENE} (else may be {@code null})
     */
    public static HumanModelResult compare(RatingTable table, IntPredicate isModel, TieRule rule,
                                           DawidSkeneResult fitted) {
        int v = table.valueCount();
        Consensus majority = MajorityVote.of(table, c -> !isModel.test(c), rule, fitted);
        int[] cons = majority.labelsView();
        int[] models = java.util.stream.IntStream.range(0, table.coderCount()).filter(isModel).toArray();
        int[][] modelLabels = new int[models.length][];
        for (int m = 0; m < models.length; m++) {
            modelLabels[m] = labelsOf(table, models[m]);
        }
        LeaveOneOut loo = leaveOneOut(table, isModel, rule, fitted, cons, modelLabels);
        List<AnnotatorAgreement> humans = new ArrayList<>();
        for (int h = 0; h < table.coderCount(); h++) {
            if (!isModel.test(h)) {
                CoderPair p = CoderPairs.pair(table.coderId(h), "majority of others", loo.humans()[h], v, null);
                humans.add(new AnnotatorAgreement(table.coderId(h), p.cohenKappa(), p.sharedUnits()));
            }
        }
        List<ModelComparison> out = new ArrayList<>();
        for (int m = 0; m < models.length; m++) {
            out.add(model(table, modelLabels[m], cons, loo.models()[m], humans, isModel, models[m]));
        }
        return new HumanModelResult(majority, humans, out);
    }

    /**
     * Contingency tables against leave-one-out majorities, in one pass over the human ratings with per-unit human
     * tallies: [human h][h's value × majority of the others], and [model m][human h][m's value × majority of the
     * humans other than h] as a difference to the table against the full majority.
     */
    private record LeaveOneOut(double[][] humans, double[][][] models) {
    }

    private static LeaveOneOut leaveOneOut(RatingTable table, IntPredicate isModel, TieRule rule,
                                           DawidSkeneResult fitted, int[] cons, int[][] modelLabels) {
        int v = table.valueCount();
        int coders = table.coderCount();
        double[][] humanTables = new double[coders][v * v];
        double[][][] modelTables = new double[modelLabels.length][coders][v * v];
        int[] tally = new int[v];
        for (int u = 0; u < table.unitCount(); u++) {
            for (int i = table.unitStart[u]; i < table.unitStart[u + 1]; i++) {
                tally[table.value[i]] += isModel.test(table.coder[i]) ? 0 : 1;
            }
            for (int i = table.unitStart[u]; i < table.unitStart[u + 1]; i++) {
                int h = table.coder[i];
                if (isModel.test(h)) {
                    continue;
                }
                tally[table.value[i]]--;
                int others = majorityOf(tally, rule, fitted, u);
                tally[table.value[i]]++;
                if (others >= 0) {
                    humanTables[h][table.value[i] * v + others]++;
                }
                for (int m = 0; m < modelLabels.length; m++) {
                    int said = modelLabels[m][u];
                    if (said >= 0 && cons[u] >= 0) {
                        modelTables[m][h][said * v + cons[u]]--;
                    }
                    if (said >= 0 && others >= 0) {
                        modelTables[m][h][said * v + others]++;
                    }
                }
            }
            java.util.Arrays.fill(tally, 0);
        }
        return new LeaveOneOut(humanTables, modelTables);
    }

    private static ModelComparison model(RatingTable t, int[] said, int[] cons, double[][] looDeltas,
                                         List<AnnotatorAgreement> humans, IntPredicate isModel, int model) {
        int v = t.valueCount();
        double[] base = new double[v * v];
        for (int u = 0; u < said.length; u++) {
            if (said[u] >= 0 && cons[u] >= 0) {
                base[said[u] * v + cons[u]]++;
            }
        }
        CoderPair vsMajority = CoderPairs.pair(t.coderId(model), "human majority", base, v, null);
        double sum = 0;
        int n = 0;
        for (int h = 0; h < t.coderCount(); h++) {
            if (isModel.test(h)) {
                continue;
            }
            double[] table = base.clone();
            for (int cell = 0; cell < table.length; cell++) {
                table[cell] += looDeltas[h][cell];
            }
            Coefficient k = CoderPairs.pair("model", "others", table, v, null).cohenKappa();
            if (k.defined()) {
                sum += k.value();
                n++;
            }
        }
        double looKappa = n > 0 ? sum / n : Double.NaN;
        double[] human = humans.stream().mapToDouble(a -> a.kappaVsOthers().value()).filter(x -> !Double.isNaN(x))
                .sorted().toArray();
        double below = human.length == 0 || Double.isNaN(looKappa) ? Double.NaN
                : (double) java.util.Arrays.stream(human).filter(x -> x < looKappa).count() / human.length;
        return new ModelComparison(t.coderId(model), vsMajority.sharedUnits(), vsMajority.cohenKappa(),
                FlagRates.of(said, cons, v, null), looKappa, below,
                human.length == 0 ? Double.NaN : human[0], human.length == 0 ? Double.NaN : human[human.length - 1]);
    }

    /** Value code the coder gave each unit, -1 where missing. */
    static int[] labelsOf(RatingTable t, int coder) {
        int[] labels = new int[t.unitCount()];
        for (int u = 0; u < labels.length; u++) {
            labels[u] = -1;
            for (int i = t.unitStart[u]; i < t.unitStart[u + 1]; i++) {
                if (t.coder[i] == coder) {
                    labels[u] = t.value[i];
                }
            }
        }
        return labels;
    }

    static int majorityOf(int[] tally, TieRule rule, DawidSkeneResult fitted, int unit) {
        int best = -1;
        int top = 0;
        boolean tie = false;
        for (int c = 0; c < tally.length; c++) {
            if (tally[c] > top) {
                best = c;
                top = tally[c];
                tie = false;
            } else if (tally[c] == top && top > 0) {
                tie = true;
                best = switch (rule) {
                    case EXCLUDE -> best;
                    case LOWEST_IN_ORDER -> best;
                    case HIGHEST_IN_ORDER -> c;
                    case DAWID_SKENE -> fitted.posterior(unit, c) > fitted.posterior(unit, best) ? c : best;
                };
            }
        }
        return tie && rule == TieRule.EXCLUDE ? -1 : best;
    }
}
