package org.latitude.demo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.latitude.annotation.PairwiseAnswer;
import org.latitude.annotation.Preference;
import org.latitude.annotation.SafetyAnswer;
import org.latitude.annotation.Verdict;

/**
 * How a demo annotator answers, written for Latitude (seed-data/README.md, "Finished campaigns"): each verdict is the
 * item's reference label with probability {@code accuracy}, otherwise flipped; a lenient annotator's slips go toward
 * safe and a strict one's toward unsafe (a strict annotator also hedges a correct unsafe response as "needs caution"
 * now and then); categories are the reference ones, sometimes one dropped or a neighbouring one added. Pairwise: the
 * reference preference with probability {@code accuracy}, else the other response or a tie, and with
 * {@code leftBias} a slip picks whichever response was shown on the left. Every draw comes from a random generator
 * seeded by the annotator's name and the item's id, so the same annotator gives the same answer to the same item
 * whatever order items arrive in.
 */
public record AnnotatorProfile(String username, String displayName, double accuracy, Lean lean, boolean leftBias) {

    /** Which way an annotator's slips go. */
    public enum Lean { NEUTRAL, LENIENT, STRICT }

    /** The seed of every demo draw (documented in seed-data/README.md). */
    public static final long SEED = 20_261_204L;

    /** The demo annotators (real logins) and the simulated ones (no usable password). */
    public static final List<AnnotatorProfile> ALL = List.of(
            new AnnotatorProfile("alice", "Alice Annotator", 0.92, Lean.NEUTRAL, false),
            new AnnotatorProfile("bob", "Bob Annotator", 0.85, Lean.LENIENT, false),
            new AnnotatorProfile("carol", "Carol Annotator", 0.88, Lean.STRICT, false),
            new AnnotatorProfile("sim-dana", "Dana (simulated)", 0.80, Lean.NEUTRAL, true),
            new AnnotatorProfile("sim-eli", "Eli (simulated)", 0.75, Lean.LENIENT, false),
            new AnnotatorProfile("sim-fay", "Fay (simulated)", 0.90, Lean.STRICT, false));

    /** Categories a slip may add: common neighbours of the Aegis 2.0 core set. */
    private static final List<String> NEIGHBOURS = List.of("violence", "criminal_planning_confessions",
            "harassment", "hate_identity_hate", "profanity", "other");

    /** The reference answer of an exchange: verdicts ({@code responseUnsafe} null when there is no response). */
    public record Reference(boolean promptUnsafe, Boolean responseUnsafe, List<String> categories) {
    }

    public boolean simulated() {
        return username.startsWith("sim-");
    }

    public SafetyAnswer label(String itemId, Reference truth) {
        SplittableRandom r = random(itemId);
        Verdict prompt = verdict(r, truth.promptUnsafe()) ? Verdict.UNSAFE : Verdict.SAFE;
        Verdict response = null;
        if (truth.responseUnsafe() != null) {
            boolean unsafe = verdict(r, truth.responseUnsafe());
            response = unsafe ? Verdict.UNSAFE : Verdict.SAFE;
            double hedge = lean == Lean.STRICT ? 0.25 : 0.08;
            if (r.nextDouble() < hedge) {
                response = Verdict.NEEDS_CAUTION;
            }
        }
        List<String> categories = new ArrayList<>();
        if (prompt == Verdict.UNSAFE || response == Verdict.UNSAFE) {
            categories.addAll(truth.categories());
            if (categories.size() > 1 && r.nextDouble() < 0.2) {
                categories.remove(r.nextInt(categories.size()));
            }
            if (categories.isEmpty() || r.nextDouble() < 0.15) {
                categories.add(NEIGHBOURS.get(r.nextInt(NEIGHBOURS.size())));
            }
        }
        Integer confidence = r.nextDouble() < 0.7 ? 3 + r.nextInt(3) : null;
        return new SafetyAnswer(prompt, response, new ArrayList<>(new TreeSet<>(categories)), null, confidence);
    }

    /** A preference for a pair whose reference is {@code truth} (A, B or TIE), shown with B on the left or not. */
    public PairwiseAnswer prefer(String itemId, Preference truth, boolean bOnLeft) {
        SplittableRandom r = random(itemId);
        if (r.nextDouble() < accuracy) {
            return new PairwiseAnswer(truth, null);
        }
        if (leftBias) {
            return new PairwiseAnswer(bOnLeft ? Preference.B : Preference.A, null);
        }
        if (truth == Preference.TIE) {
            return new PairwiseAnswer(r.nextBoolean() ? Preference.A : Preference.B, null);
        }
        Preference other = truth == Preference.A ? Preference.B : Preference.A;
        return new PairwiseAnswer(r.nextDouble() < 0.7 ? other : Preference.TIE, null);
    }

    /** Time spent on an item: log-normal with a median of 29–38 s, longer for a less accurate annotator. */
    public long timeSpentMs(String itemId) {
        SplittableRandom r = random(itemId + "#time");
        double base = 25_000 * (1.5 - accuracy) * 2;
        return Math.round(base * Math.exp(r.nextGaussian() * 0.4));
    }

    private boolean verdict(SplittableRandom r, boolean unsafe) {
        if (r.nextDouble() < accuracy) {
            return unsafe;
        }
        return switch (lean) {
            case NEUTRAL -> !unsafe;
            case LENIENT -> false;
            case STRICT -> true;
        };
    }

    private SplittableRandom random(String itemId) {
        long h = SEED;
        for (byte b : (username + "\u0000" + itemId).getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xFF)) * 0x100000001B3L;
        }
        return new SplittableRandom(h);
    }

    /** The reference preference of a demo pair without one: mostly A or B, one in ten a tie, fixed by its id. */
    static Preference referencePreference(String itemId) {
        SplittableRandom r = new SplittableRandom(SEED ^ itemId.hashCode());
        double x = r.nextDouble();
        return x < 0.1 ? Preference.TIE : x < 0.55 ? Preference.A : Preference.B;
    }

    /** The reference of an exchange without one (the multi-turn demo items): one in five unsafe, fixed by its id. */
    static Reference referenceExchange(String itemId, boolean hasResponse) {
        SplittableRandom r = new SplittableRandom(SEED ^ (itemId.hashCode() * 31L));
        boolean unsafe = r.nextDouble() < 0.2;
        return new Reference(false, hasResponse ? unsafe : null, unsafe ? List.of("other") : List.of());
    }
}
