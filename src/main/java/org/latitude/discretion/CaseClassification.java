package org.latitude.discretion;

import java.util.ArrayList;
import java.util.List;

/**
 * Classifies every item as consensus, conflict or indifference and keeps what the metrics need: the consensus sign
 * s(i) and, for each conflict item, the principles that prefer y<sup>1</sup> and those that prefer y<sup>0</sup>
 * (Buyl et al. 2025, docs/methods.md). Immutable.
 */
public final class CaseClassification {

    private final int principleCount;
    private final ItemCase[] cases;
    private final byte[] consensusSign;
    private final int[] consensusItems;
    private final int[] conflictItems;
    private final int[][] firstPreferring;
    private final int[][] secondPreferring;
    private final int[][] principleTally;

    private CaseClassification(PrincipleJudgments judgments) {
        int n = judgments.itemCount();
        int k = judgments.principleCount();
        principleCount = k;
        cases = new ItemCase[n];
        consensusSign = new byte[n];
        principleTally = new int[k][3];
        List<Integer> consensus = new ArrayList<>();
        List<Integer> conflict = new ArrayList<>();
        List<int[]> first = new ArrayList<>();
        List<int[]> second = new ArrayList<>();
        byte[] signs = judgments.signsView();
        for (int i = 0; i < n; i++) {
            int[] plus = principlesWithSign(signs, i, k, 1);
            int[] minus = principlesWithSign(signs, i, k, -1);
            for (int c = 0; c < k; c++) {
                principleTally[c][signs[i * k + c] + 1]++;
            }
            if (plus.length > 0 && minus.length > 0) {
                cases[i] = ItemCase.CONFLICT;
                conflict.add(i);
                first.add(plus);
                second.add(minus);
            } else if (plus.length + minus.length > 0) {
                cases[i] = ItemCase.CONSENSUS;
                consensusSign[i] = (byte) (plus.length > 0 ? 1 : -1);
                consensus.add(i);
            } else {
                cases[i] = ItemCase.INDIFFERENCE;
            }
        }
        consensusItems = consensus.stream().mapToInt(Integer::intValue).toArray();
        conflictItems = conflict.stream().mapToInt(Integer::intValue).toArray();
        firstPreferring = first.toArray(int[][]::new);
        secondPreferring = second.toArray(int[][]::new);
    }

    private static int[] principlesWithSign(byte[] signs, int item, int k, int sign) {
        int count = 0;
        for (int c = 0; c < k; c++) {
            count += signs[item * k + c] == sign ? 1 : 0;
        }
        int[] out = new int[count];
        for (int c = 0, j = 0; c < k; c++) {
            if (signs[item * k + c] == sign) {
                out[j++] = c;
            }
        }
        return out;
    }

    public static CaseClassification of(PrincipleJudgments judgments) {
        return new CaseClassification(judgments);
    }

    public int itemCount() {
        return cases.length;
    }

    public int principleCount() {
        return principleCount;
    }

    public ItemCase caseOf(int item) {
        return cases[item];
    }

    /** s(i) for a consensus item, 0 otherwise. */
    public int consensusSign(int item) {
        return consensusSign[item];
    }

    /** The consensus items, ascending. */
    int[] consensusItems() {
        return consensusItems;
    }

    /** The conflict items, ascending; entry j pairs with {@link #firstPreferring(int)} and friends. */
    int[] conflictItems() {
        return conflictItems;
    }

    /** Principles with p<sub>c</sub> = +1 on the j-th conflict item. */
    int[] firstPreferring(int j) {
        return firstPreferring[j];
    }

    /** Principles with p<sub>c</sub> = −1 on the j-th conflict item. */
    int[] secondPreferring(int j) {
        return secondPreferring[j];
    }

    /** Case shares in the order conflict, consensus, indifference. */
    public List<CaseShare> shares() {
        int[] counts = new int[ItemCase.values().length];
        for (ItemCase c : cases) {
            counts[c.ordinal()]++;
        }
        List<CaseShare> out = new ArrayList<>();
        for (ItemCase c : ItemCase.values()) {
            out.add(CaseShare.of(c, counts[c.ordinal()], cases.length));
        }
        return List.copyOf(out);
    }

    /**
     * The per-principle descriptive counts of the paper's stacked-bar figure (docs/methods.md): for principle c, the
     * number of items with p<sub>c</sub> = −1, 0 and +1, in that order.
     */
    public int[] principleTally(int principle) {
        return principleTally[principle].clone();
    }
}
