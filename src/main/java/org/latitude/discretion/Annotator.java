package org.latitude.discretion;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A named annotator's preferences a(i) ∈ {+1, −1, 0} over the items of a {@link PrincipleJudgments}, in the same
 * item order (Buyl et al. 2025, docs/methods.md). 0 covers ties, NA, order-inconsistent judges
 * and items the annotator did not see; such items are excluded from every metric for this annotator. The tally of
 * read {@link Outcome}s is kept for reporting (docs/methods.md). Immutable.
 */
public final class Annotator {

    /** Who or what produced the labels. */
    public enum Kind {
        /** One individual human annotator: two or more of them are also pooled. */
        HUMAN,
        /** A model: reward model, LLM judge, policy log-likelihoods. */
        MODEL,
        /** A dataset's label column, one label per item (e.g. HH-RLHF's chosen/rejected), never pooled again. */
        DATASET_LABEL,
        /** The majority vote of the individual humans. */
        POOLED
    }

    private final String name;
    private final Kind kind;
    private final byte[] signs;
    private final Map<Outcome, Integer> tally;

    private Annotator(String name, Kind kind, byte[] signs, Map<Outcome, Integer> tally) {
        if (Objects.requireNonNull(name, "name").isBlank()) {
            throw new IllegalArgumentException("an annotator needs a name");
        }
        this.name = name;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.signs = signs;
        this.tally = Collections.unmodifiableMap(tally);
    }

    /** An annotator from one outcome per item ({@code null} counts as {@link Outcome#MISSING}). */
    public static Annotator of(String name, Kind kind, List<Outcome> outcomes) {
        byte[] signs = new byte[outcomes.size()];
        Map<Outcome, Integer> tally = new EnumMap<>(Outcome.class);
        for (int i = 0; i < signs.length; i++) {
            Outcome o = outcomes.get(i) == null ? Outcome.MISSING : outcomes.get(i);
            signs[i] = (byte) o.sign();
            tally.merge(o, 1, Integer::sum);
        }
        return new Annotator(name, kind, signs, tally);
    }

    /** The same label on every one of {@code items} items, e.g. HH-RLHF's human label (+1 on every row). */
    public static Annotator constant(String name, Kind kind, int items, Outcome label) {
        return of(name, kind, Collections.nCopies(items, label));
    }

    /**
     * The pooled label of several annotators over the same items: the sign of the sum of their strict preferences
     * (majority vote); an equal number of +1 and −1, or no strict preference at all, is a tie (none).
     */
    public static Annotator majority(String name, List<Annotator> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("pooling needs at least one annotator");
        }
        int items = members.getFirst().itemCount();
        Outcome[] pooled = new Outcome[items];
        for (int i = 0; i < items; i++) {
            int sum = 0;
            boolean seen = false;
            for (Annotator member : members) {
                if (member.itemCount() != items) {
                    throw new IllegalArgumentException("pooled annotators must cover the same items");
                }
                sum += member.signs[i];
                seen |= member.signs[i] != 0;
            }
            pooled[i] = seen ? Outcome.ofSign(sum) : Outcome.MISSING;
        }
        return of(name, Kind.POOLED, Arrays.asList(pooled));
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public int itemCount() {
        return signs.length;
    }

    /** a(i) as +1, −1 or 0. */
    public int sign(int item) {
        return signs[item];
    }

    byte[] signsView() {
        return signs;
    }

    /** How often each outcome was read. */
    public Map<Outcome, Integer> tally() {
        return tally;
    }

    /** Items with a strict preference. */
    public int strictCount() {
        return tally.getOrDefault(Outcome.FIRST, 0) + tally.getOrDefault(Outcome.SECOND, 0);
    }
}
