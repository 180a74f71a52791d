package org.latitude.agreement;

/**
 * The alt-test's per-annotator counts for one model, from one pass over the units: for each excluded human j, the
 * items used, how often the model's alignment score with the remaining humans was at least j's (W<sup>f</sup> = 1),
 * how often j's was at least the model's (W<sup>h</sup> = 1), and the ties (both). These counts are all the tests
 * need: the differences W<sup>h</sup> − W<sup>f</sup> take only the values −1, 0 and +1.
 */
final class AltTestTally {

    private static final double RELATIVE_TIE = 1e-9;

    private final boolean[] rated;
    private final int[] items;
    private final int[] modelAtLeast;
    private final int[] humanAtLeast;
    private final int[] ties;
    private int usedItems;
    private int droppedItems;

    private AltTestTally(int coders) {
        rated = new boolean[coders];
        items = new int[coders];
        modelAtLeast = new int[coders];
        humanAtLeast = new int[coders];
        ties = new int[coders];
    }

    static AltTestTally count(RatingTable t, boolean[] isModel, int model, int minHumans, AltTestScoring scoring) {
        AltTestTally tally = new AltTestTally(t.coderCount());
        int[] humans = new int[t.coderCount()];
        int[] tallyOfValue = new int[t.valueCount()];
        for (int u = 0; u < t.unitCount(); u++) {
            int said = -1;
            int m = 0;
            for (int i = t.unitStart[u]; i < t.unitStart[u + 1]; i++) {
                if (t.coder[i] == model) {
                    said = t.value[i];
                } else if (!isModel[t.coder[i]]) {
                    humans[m++] = i;
                    tally.rated[t.coder[i]] = true;
                }
            }
            if (m == 0) {
                continue;
            }
            if (said < 0 || m < minHumans) {
                tally.droppedItems++;
                continue;
            }
            tally.usedItems++;
            for (int k = 0; k < m; k++) {
                tallyOfValue[t.value[humans[k]]]++;
            }
            for (int k = 0; k < m; k++) {
                tally.add(t.coder[humans[k]], compare(t, scoring, said, humans, m, k, tallyOfValue));
            }
            for (int k = 0; k < m; k++) {
                tallyOfValue[t.value[humans[k]]] = 0;
            }
        }
        return tally;
    }

    private void add(int coder, int sign) {
        items[coder]++;
        modelAtLeast[coder] += sign >= 0 ? 1 : 0;
        humanAtLeast[coder] += sign <= 0 ? 1 : 0;
        ties[coder] += sign == 0 ? 1 : 0;
    }

    /**
     * Sign of S(model) − S(excluded human) against the humans other than {@code humans[j]}; both scores average over
     * the same m − 1 humans, so their sums are compared ({@code tallyOfValue}: the humans' value counts on the unit).
     */
    private static int compare(RatingTable t, AltTestScoring scoring, int said, int[] humans, int m, int j,
                               int[] tallyOfValue) {
        int own = t.value[humans[j]];
        return switch (scoring) {
            case ACCURACY -> Integer.compare(tallyOfValue[said] - (own == said ? 1 : 0), tallyOfValue[own] - 1);
            case JACCARD -> {
                double model = 0;
                double human = 0;
                for (int k = 0; k < m; k++) {
                    if (k != j) {
                        long other = t.setMasks[t.value[humans[k]]];
                        model += SetDistance.jaccard(t.setMasks[said], other);
                        human += SetDistance.jaccard(t.setMasks[own], other);
                    }
                }
                yield tolerant(model, human);
            }
            case NEG_RMSE -> {
                double model = 0;
                double human = 0;
                for (int k = 0; k < m; k++) {
                    if (k != j) {
                        double other = t.domain.number(t.value[humans[k]]);
                        double dm = t.domain.number(said) - other;
                        double dh = t.domain.number(own) - other;
                        model += dm * dm;
                        human += dh * dh;
                    }
                }
                yield tolerant(human, model);
            }
        };
    }

    /** Sign of a − b, 0 when they agree to 1e-9 relative (sums of the same rationals in another order). */
    private static int tolerant(double a, double b) {
        double scale = Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
        return Math.abs(a - b) <= RELATIVE_TIE * scale ? 0 : Double.compare(a, b);
    }

    boolean rated(int coder) {
        return rated[coder];
    }

    int items(int coder) {
        return items[coder];
    }

    int modelAtLeast(int coder) {
        return modelAtLeast[coder];
    }

    int humanAtLeast(int coder) {
        return humanAtLeast[coder];
    }

    int ties(int coder) {
        return ties[coder];
    }

    int usedItems() {
        return usedItems;
    }

    int droppedItems() {
        return droppedItems;
    }
}
