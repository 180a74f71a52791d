package org.latitude.judge.internal.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.latitude.judge.PairPreference;
import org.latitude.judge.PresentedOrder;
import org.latitude.judge.PrincipleAnswer;
import org.latitude.judge.SafetyVerdict;

/** Checked judgments of one file, held until the whole file has passed (then stored in one transaction). */
public final class Rows {

    /** A named category or verdict label of a safety judgment, with its score when given. */
    public record Entry(boolean label, String key, boolean named, Double score) {
    }

    public record Safety(long line, long itemId, SafetyVerdict prompt, SafetyVerdict response, Double pPrompt,
                         Double pResponse, List<Entry> entries) {
    }

    /** The form of a pairwise judgment, as stored. */
    public enum PairForm { CHOICE, PROBABILITIES, REWARDS, LOG_LIKELIHOODS }

    public record Pair(long line, long itemId, PairForm form, PresentedOrder order, PairPreference choice, Double a,
                       Double b, Double tie) {
    }

    public final List<Safety> safety = new ArrayList<>();
    public final List<Pair> pairs = new ArrayList<>();
    public final Principles principles = new Principles();

    public long size() {
        return safety.size() + pairs.size() + principles.size();
    }

    /** Principle judgments in columns: a million rows stay a few tens of megabytes. */
    public static final class Principles {
        private int size;
        public long[] item = new long[1024];
        public int[] principle = new int[1024];
        public byte[] order = new byte[1024];
        /** -1 for probabilities, else the {@link PrincipleAnswer} ordinal. */
        public byte[] choice = new byte[1024];
        public double[] a = new double[1024];
        public double[] b = new double[1024];
        public double[] na = new double[1024];

        public void addProbabilities(long itemId, int p, PresentedOrder o, double pa, double pb, double pna) {
            add(itemId, p, o, (byte) -1, pa, pb, pna);
        }

        public void addChoice(long itemId, int p, PresentedOrder o, PrincipleAnswer answer) {
            add(itemId, p, o, (byte) answer.ordinal(), Double.NaN, Double.NaN, Double.NaN);
        }

        private void add(long itemId, int p, PresentedOrder o, byte c, double pa, double pb, double pna) {
            if (size == item.length) {
                int n = size * 2;
                item = Arrays.copyOf(item, n);
                principle = Arrays.copyOf(principle, n);
                order = Arrays.copyOf(order, n);
                choice = Arrays.copyOf(choice, n);
                a = Arrays.copyOf(a, n);
                b = Arrays.copyOf(b, n);
                na = Arrays.copyOf(na, n);
            }
            item[size] = itemId;
            principle[size] = p;
            order[size] = (byte) o.ordinal();
            choice[size] = c;
            a[size] = pa;
            b[size] = pb;
            na[size] = pna;
            size++;
        }

        public int size() {
            return size;
        }
    }
}
