package org.latitude.agreement;

/**
 * A consensus label per unit of a {@link RatingTable} (value codes; -1 = none, e.g. a tie under
 * {@link TieRule#EXCLUDE} or a unit without the coders asked for).
 */
public final class Consensus {

    private final String method;
    private final int[] labels;
    private final int ties;

    Consensus(String method, int[] labels, int ties) {
        this.method = method;
        this.labels = labels;
        this.ties = ties;
    }

    /** How the labels were made, e.g. {@code majority (ties: exclude)}. */
    public String method() {
        return method;
    }

    public int label(int unit) {
        return labels[unit];
    }

    public int[] labels() {
        return labels.clone();
    }

    int[] labelsView() {
        return labels;
    }

    public int unitCount() {
        return labels.length;
    }

    /** Units whose highest count was shared by two or more values (whatever the rule then did). */
    public int tiedUnits() {
        return ties;
    }

    public int labelledUnits() {
        int n = 0;
        for (int l : labels) {
            n += l >= 0 ? 1 : 0;
        }
        return n;
    }
}
