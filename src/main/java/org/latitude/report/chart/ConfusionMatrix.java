package org.latitude.report.chart;

import java.util.List;

/**
 * Counts of units by one rater's label (rows, e.g. the human consensus) against another's (columns, e.g. a model),
 * over the same labels in the same order. Cells show the count and its share of the row.
 */
public record ConfusionMatrix(String id, String title, String rowRater, String columnRater, List<String> labels,
                              long[][] counts) implements Chart {

    public ConfusionMatrix {
        Chart.checkId(id);
        Chart.checkTitle(title);
        labels = List.copyOf(labels);
        long[][] copy = new long[labels.size()][];
        if (counts.length != labels.size()) {
            throw new IllegalArgumentException(id + ": " + counts.length + " rows for " + labels.size() + " labels");
        }
        for (int i = 0; i < counts.length; i++) {
            if (counts[i].length != labels.size()) {
                throw new IllegalArgumentException(id + ": row " + i + " has " + counts[i].length + " columns");
            }
            copy[i] = counts[i].clone();
        }
        counts = copy;
    }

    @Override
    public long[][] counts() {
        long[][] copy = new long[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
        }
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConfusionMatrix c && id.equals(c.id) && title.equals(c.title)
                && rowRater.equals(c.rowRater) && columnRater.equals(c.columnRater) && labels.equals(c.labels)
                && java.util.Arrays.deepEquals(counts, c.counts);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(id, labels, java.util.Arrays.deepHashCode(counts));
    }

    @Override
    public String toString() {
        return "ConfusionMatrix[" + id + ", " + labels + ", " + java.util.Arrays.deepToString(counts) + "]";
    }

    long count(int row, int column) {
        return counts[row][column];
    }
}
