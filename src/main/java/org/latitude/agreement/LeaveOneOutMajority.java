package org.latitude.agreement;

import java.util.function.IntPredicate;

/**
 * For every human rating of a table, the majority label of the <em>other</em> humans on its unit (docs/methods.md,
 * "Leave-one-out agreement": each annotator is compared with an aggregate they did not take part in), with the same tie rule as the
 * full majority. One pass over per-unit tallies: O(Σ<sub>u</sub> m<sub>u</sub>·V).
 */
final class LeaveOneOutMajority {

    private LeaveOneOutMajority() {
    }

    /**
     * @return per rating index i of {@code t}: the others' majority on unit of i, -1 when there is none (no other
     *         human, or a tie the rule excludes) or when rating i is not a human's
     */
    static int[] of(RatingTable t, IntPredicate isHuman, TieRule rule, DawidSkeneResult fitted) {
        if (rule == TieRule.DAWID_SKENE && fitted == null) {
            throw new IllegalArgumentException("the Dawid–Skene tie rule needs a fitted model");
        }
        int[] others = new int[t.ratingCount()];
        int[] tally = new int[t.valueCount()];
        for (int u = 0; u < t.unitCount(); u++) {
            for (int i = t.unitStart[u]; i < t.unitStart[u + 1]; i++) {
                tally[t.value[i]] += isHuman.test(t.coder[i]) ? 1 : 0;
            }
            for (int i = t.unitStart[u]; i < t.unitStart[u + 1]; i++) {
                if (!isHuman.test(t.coder[i])) {
                    others[i] = -1;
                    continue;
                }
                tally[t.value[i]]--;
                others[i] = HumanModelComparison.majorityOf(tally, rule, fitted, u);
                tally[t.value[i]]++;
            }
            for (int i = t.unitStart[u]; i < t.unitStart[u + 1]; i++) {
                tally[t.value[i]] = 0;
            }
        }
        return others;
    }
}
