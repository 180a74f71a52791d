package org.latitude.agreement;

/**
 * Distances between two label sets, used as δ² in set-valued Krippendorff's α (docs/methods.md; not squared
 * again, the NLTK/DKPro convention). Sets are bit masks over the declared categories. Every variant gives 0 for two
 * equal sets, including two empty sets.
 */
public enum SetDistance {

    /** {@code 1 − |A∩B|/|A∪B|}, with δ(∅, ∅) = 0 (Jaccard 1912). */
    JACCARD("jaccard") {
        @Override
        public double between(long a, long b) {
            return 1 - jaccard(a, b);
        }
    },
    /**
     * MASI, Passonneau (2006): {@code 1 − J·M} with J the Jaccard similarity (J(∅,∅) := 1) and M = 1 for equal sets,
     * exactly 2/3 when one set contains the other, 1/3 when they overlap otherwise, 0 when disjoint. (NLTK's
     * {@code masi_distance} hard-codes 0.67 / 0.33: see {@link #MASI_NLTK}.)
     */
    MASI("masi") {
        @Override
        public double between(long a, long b) {
            return 1 - jaccard(a, b) * monotonicity(a, b, 2.0 / 3, 1.0 / 3);
        }
    },
    /** NLTK 3.x {@code masi_distance}: MASI with the rounded constants 0.67 and 0.33 (for cross-checks only). */
    MASI_NLTK("masi_nltk") {
        @Override
        public double between(long a, long b) {
            return 1 - jaccard(a, b) * monotonicity(a, b, 0.67, 0.33);
        }
    },
    /**
     * Passonneau (2004) partial-match distance: 0 equal, 1/3 when one set contains the other (∅ is a subset of any
     * set), 2/3 when they overlap otherwise, 1 when disjoint (DKPro {@code SetAnnotationDistanceFunction}).
     */
    PASSONNEAU_2004("passonneau2004") {
        @Override
        public double between(long a, long b) {
            return partialMatch(a, b);
        }
    },
    /** DKPro Agreement's {@code MASISetAnnotationDistanceFunction}: {@code (1 − J) × δ_Passonneau2004}. */
    MASI_DKPRO("masi_dkpro") {
        @Override
        public double between(long a, long b) {
            return (1 - jaccard(a, b)) * partialMatch(a, b);
        }
    },
    /** 0 for equal sets, else 1: a set is an atomic label (exact-set nominal α, the strict view). */
    EXACT("exact_set") {
        @Override
        public double between(long a, long b) {
            return a == b ? 0 : 1;
        }
    };

    private final String key;

    SetDistance(String key) {
        this.key = key;
    }

    /** Short name used in measure names, e.g. {@code alpha_masi}. */
    public String key() {
        return key;
    }

    public abstract double between(long a, long b);

    static double jaccard(long a, long b) {
        int union = Long.bitCount(a | b);
        return union == 0 ? 1.0 : (double) Long.bitCount(a & b) / union;
    }

    private static double monotonicity(long a, long b, double subset, double overlap) {
        if (a == b) {
            return 1;
        }
        long common = a & b;
        if (common == a || common == b) {
            return common == 0 ? 0 : subset;
        }
        return common != 0 ? overlap : 0;
    }

    private static double partialMatch(long a, long b) {
        if (a == b) {
            return 0;
        }
        long common = a & b;
        if (common == a || common == b) {
            return 1.0 / 3;
        }
        return common != 0 ? 2.0 / 3 : 1;
    }
}
