package org.latitude.analysis.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.latitude.discretion.Annotator;
import org.latitude.discretion.DiscretionInput;
import org.latitude.discretion.JudgeScores;
import org.latitude.discretion.Outcome;
import org.latitude.discretion.PreferenceReader;
import org.latitude.discretion.Principle;
import org.latitude.discretion.PrincipleJudgments;
import org.latitude.discretion.ScorePair;
import org.latitude.discretion.TwoOrderJudgment;
import org.latitude.judge.ModelJudgments;
import org.latitude.judge.ModelRater;
import org.latitude.judge.PairwiseJudgment;
import org.latitude.judge.PresentedOrder;
import org.latitude.judge.PrincipleJudgment;
import org.latitude.shared.CampaignId;
import org.latitude.taxonomy.PrincipleSetDetails;

/**
 * Reads models' pairwise judgments as preference outcomes with the reading rules of the discretion engine
 * ({@link PreferenceReader}; docs/methods.md): a judge asked in both orders prefers a response only when both orders
 * agree, one order is read as given, reward scores and log-likelihoods by the higher score. Judgments are stored in
 * item terms, so the second order (B shown first) is turned back into presentation terms for the two-order rule.
 */
final class PairwiseModels {

    /** A model's outcome per item (in item order) and how many judgments it was read from. */
    record ModelPreferences(String rater, Map<Long, Outcome> outcomes, long judgments) {
    }

    private PairwiseModels() {
    }

    static ModelPreferences read(ModelJudgments judgments, CampaignId campaign, ModelRater rater) {
        Map<Long, JudgeScores[]> orders = new TreeMap<>();
        Map<Long, Outcome> scored = new TreeMap<>();
        long[] n = {0};
        judgments.forEach(campaign, rater.id(), j -> {
            if (!(j instanceof PairwiseJudgment p)) {
                return;
            }
            n[0]++;
            long item = p.itemId().value();
            switch (p) {
                case PairwiseJudgment.Choice c -> put(orders, item, c.order(), switch (c.preference()) {
                    case A -> JudgeScores.withoutNa(1, 0);
                    case B -> JudgeScores.withoutNa(0, 1);
                    case TIE -> JudgeScores.withoutNa(0, 0);
                });
                case PairwiseJudgment.Probabilities pr -> put(orders, item, pr.order(),
                        new JudgeScores(pr.a(), pr.b(), pr.tie().orElse(Double.NaN)));
                case PairwiseJudgment.Rewards rw -> scored.put(item,
                        PreferenceReader.higherScore().read(new ScorePair(rw.a(), rw.b())));
                case PairwiseJudgment.LogLikelihoods ll -> scored.put(item,
                        PreferenceReader.higherScore().read(new ScorePair(ll.a(), ll.b())));
            }
        });
        Map<Long, Outcome> out = new TreeMap<>(scored);
        orders.forEach((item, o) -> out.put(item, outcome(o)));
        return new ModelPreferences(rater.label(), out, n[0]);
    }

    /** The outcome of one or two presentation orders, scores in item terms: [0] A shown first, [1] B shown first. */
    static Outcome outcome(JudgeScores[] o) {
        if (o[0] != null && o[1] != null) {
            JudgeScores swapped = new JudgeScores(o[1].b(), o[1].a(), o[1].na());
            return PreferenceReader.twoOrderJudge().read(new TwoOrderJudgment(o[0], swapped));
        }
        return PreferenceReader.judge().read(o[0] != null ? o[0] : o[1]);
    }

    private static void put(Map<Long, JudgeScores[]> orders, long item, PresentedOrder order, JudgeScores s) {
        orders.computeIfAbsent(item, k -> new JudgeScores[2])[order == PresentedOrder.BA ? 1 : 0] = s;
    }

    /**
     * The discretion input over the items humans rated that have a principle-specific judgment: the oracle's
     * principle preferences, each human (missing where they did not rate the item), and each model.
     */
    static DiscretionInput discretionInput(ModelJudgments judgments, CampaignId campaign, ModelRater oracle,
                                           PrincipleSetDetails set, CampaignReader.Reading r, List<long[]> human,
                                           int humans, List<ModelPreferences> models) {
        int k = set.principles().size();
        Map<Long, JudgeScores[][]> byItem = new TreeMap<>();
        judgments.forEachPrinciple(campaign, oracle.id(), j -> {
            if (j.principle() < 0 || j.principle() >= k) {
                return;
            }
            JudgeScores s = switch (j) {
                case PrincipleJudgment.Probabilities p -> new JudgeScores(p.a(), p.b(), p.na());
                case PrincipleJudgment.Choice c -> switch (c.answer()) {
                    case A -> new JudgeScores(1, 0, 0);
                    case B -> new JudgeScores(0, 1, 0);
                    case NA -> new JudgeScores(0, 0, 1);
                };
            };
            byItem.computeIfAbsent(j.itemId().value(), x -> new JudgeScores[k][2])[j.principle()]
                    [j.order() == PresentedOrder.BA ? 1 : 0] = s;
        });
        List<String> ids = new ArrayList<>();
        Map<Long, Integer> index = new HashMap<>();
        for (long item : r.humanItems) {
            if (byItem.containsKey(item)) {
                index.put(item, ids.size());
                ids.add(Long.toString(item));
            }
        }
        if (ids.isEmpty()) {
            r.warnings.add("No item rated by the annotators has a principle-specific judgment of " + oracle.label()
                    + "; there is no discretion analysis.");
            return null;
        }
        PrincipleJudgments.Builder pj = PrincipleJudgments.builder(ids, k);
        for (Map.Entry<Long, Integer> e : index.entrySet()) {
            JudgeScores[][] scores = byItem.get(e.getKey());
            for (int c = 0; c < k; c++) {
                if (scores[c][0] != null || scores[c][1] != null) {
                    pj.set(e.getValue(), c, outcome(scores[c]));
                }
            }
        }
        List<Annotator> annotators = new ArrayList<>();
        Outcome[][] humanOutcomes = new Outcome[humans][ids.size()];
        for (long[] row : human) {
            Integer i = index.get(Long.parseLong(r.unitIds.get((int) row[0])));
            if (i != null) {
                humanOutcomes[(int) row[1]][i] = switch ((int) row[2]) {
                    case 0 -> Outcome.FIRST;
                    case 1 -> Outcome.SECOND;
                    default -> Outcome.TIE;
                };
            }
        }
        for (int c = 0; c < humans; c++) {
            annotators.add(Annotator.of(r.coderIds.get(c), Annotator.Kind.HUMAN, Arrays.asList(humanOutcomes[c])));
        }
        for (int m = 0; m < models.size(); m++) {
            Outcome[] o = new Outcome[ids.size()];
            models.get(m).outcomes().forEach((item, outcome) -> {
                Integer i = index.get(item);
                if (i != null) {
                    o[i] = outcome;
                }
            });
            annotators.add(Annotator.of(r.modelRaters.get(m).name(), Annotator.Kind.MODEL, Arrays.asList(o)));
        }
        List<Principle> principles = set.principles().stream()
                .map(p -> new Principle(p.index(), p.text(), p.label())).toList();
        return new DiscretionInput(principles, pj.build(), annotators);
    }
}
