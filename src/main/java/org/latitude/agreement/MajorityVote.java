package org.latitude.agreement;

import java.util.function.IntPredicate;

/** Majority vote per unit with a declared {@link TieRule} (docs/methods.md). */
public final class MajorityVote {

    private MajorityVote() {
    }

    /** Majority of all coders. {@link TieRule#DAWID_SKENE} needs {@link #of(RatingTable, IntPredicate, TieRule, DawidSkeneResult)}. */
    public static Consensus of(RatingTable t, TieRule rule) {
        return of(t, c -> true, rule, null);
    }

    /**
     * Majority of the coders accepted by {@code coders} on every unit of the table (units none of them rated get
     * -1). Used with all humans for the consensus, and with all humans but one for leave-one-out agreement.
     *
     * @param posterior the fitted model for {@link TieRule#DAWID_SKENE}, else may be {@code null}
     */
    public static Consensus of(RatingTable t, IntPredicate coders, TieRule rule, DawidSkeneResult posterior) {
        if (rule == TieRule.DAWID_SKENE && posterior == null) {
            throw new IllegalArgumentException("the Dawid–Skene tie rule needs a fitted model");
        }
        int[] tally = new int[t.valueCount()];
        int[] labels = new int[t.unitCount()];
        int ties = 0;
        for (int u = 0; u < labels.length; u++) {
            int best = -1;
            int bestCount = 0;
            boolean tie = false;
            for (int i = t.unitStart[u]; i < t.unitStart[u + 1]; i++) {
                if (coders.test(t.coder[i])) {
                    int v = t.value[i];
                    int n = ++tally[v];
                    if (n > bestCount) {
                        best = v;
                        bestCount = n;
                        tie = false;
                    } else if (n == bestCount) {
                        tie = true;
                    }
                }
            }
            if (tie) {
                ties++;
                best = breakTie(tally, bestCount, rule, posterior, u);
            }
            labels[u] = best;
            for (int i = t.unitStart[u]; i < t.unitStart[u + 1]; i++) {
                tally[t.value[i]] = 0;
            }
        }
        return new Consensus("majority (ties: " + rule.name().toLowerCase().replace('_', ' ') + ")", labels, ties);
    }

    private static int breakTie(int[] tally, int top, TieRule rule, DawidSkeneResult posterior, int unit) {
        int chosen = -1;
        for (int v = 0; v < tally.length; v++) {
            if (tally[v] != top) {
                continue;
            }
            switch (rule) {
                case EXCLUDE -> {
                    return -1;
                }
                case LOWEST_IN_ORDER -> {
                    return v;
                }
                case HIGHEST_IN_ORDER -> chosen = v;
                case DAWID_SKENE -> chosen = chosen < 0 || posterior.posterior(unit, v)
                        > posterior.posterior(unit, chosen) ? v : chosen;
            }
        }
        return chosen;
    }
}
