package org.latitude.discretion;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * The principle-specific preferences p<sub>c</sub>(i) ∈ {+1, −1, 0} of every item i and principle c (Buyl et al.
 * 2025, docs/methods.md): +1 when y<sup>1</sup> adheres better to c, −1 when y<sup>0</sup> does,
 * 0 when the judge was indifferent, answered NA, or no judgment exists. Immutable; item ids are kept in the order
 * given, and every annotator vector of a {@link DiscretionInput} is aligned with it.
 */
public final class PrincipleJudgments {

    private final List<String> itemIds;
    private final int principleCount;
    private final byte[] signs;

    private PrincipleJudgments(List<String> itemIds, int principleCount, byte[] signs) {
        this.itemIds = itemIds;
        this.principleCount = principleCount;
        this.signs = signs;
    }

    /** A builder over the given items (distinct ids) and principles, all entries starting as 0 (none). */
    public static Builder builder(List<String> itemIds, int principleCount) {
        if (principleCount < 1) {
            throw new IllegalArgumentException("at least one principle is needed");
        }
        if (new HashSet<>(itemIds).size() != itemIds.size()) {
            throw new IllegalArgumentException("item ids must be distinct");
        }
        return new Builder(List.copyOf(itemIds), principleCount);
    }

    public int itemCount() {
        return itemIds.size();
    }

    public int principleCount() {
        return principleCount;
    }

    public List<String> itemIds() {
        return itemIds;
    }

    /** p<sub>c</sub>(i) as +1, −1 or 0. */
    public int sign(int item, int principle) {
        return signs[item * principleCount + principle];
    }

    /** Row-major copy of the whole matrix (items × principles). */
    byte[] signsView() {
        return signs;
    }

    /** Position of each item id. */
    public Map<String, Integer> itemIndex() {
        Map<String, Integer> index = new HashMap<>(itemIds.size() * 2);
        for (int i = 0; i < itemIds.size(); i++) {
            index.put(itemIds.get(i), i);
        }
        return index;
    }

    /** Collects p<sub>c</sub>(i); {@link #build()} freezes a copy. */
    public static final class Builder {
        private final List<String> itemIds;
        private final int principleCount;
        private final byte[] signs;

        private Builder(List<String> itemIds, int principleCount) {
            this.itemIds = itemIds;
            this.principleCount = principleCount;
            this.signs = new byte[Math.multiplyExact(itemIds.size(), principleCount)];
        }

        public Builder set(int item, int principle, Outcome outcome) {
            return set(item, principle, outcome.sign());
        }

        public Builder set(int item, int principle, int sign) {
            if (principle < 0 || principle >= principleCount) {
                throw new IllegalArgumentException("principle " + principle + " outside 0.." + (principleCount - 1));
            }
            signs[item * principleCount + principle] = (byte) Integer.signum(sign);
            return this;
        }

        public PrincipleJudgments build() {
            return new PrincipleJudgments(itemIds, principleCount, Arrays.copyOf(signs, signs.length));
        }
    }
}
