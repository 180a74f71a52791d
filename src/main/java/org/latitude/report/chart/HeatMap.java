package org.latitude.report.chart;

import java.util.List;

/**
 * A matrix of one measure over row × column entities with the number of units behind each cell: annotator ×
 * annotator (and × model) κ, principle-pair PS, the discretion-discrepancy matrix. A missing cell is drawn empty; a
 * cell whose value is {@code NaN} is drawn as "undefined" with its n.
 *
 * @param rowAxis    what the rows are (e.g. "annotator")
 * @param columnAxis what the columns are (e.g. "annotator or model")
 * @param measure    the measure's short name shown in the legend (e.g. "Cohen's κ")
 * @param scale      how values map to colours
 */
public record HeatMap(String id, String title, String rowAxis, String columnAxis, String measure, Scale scale,
                      List<String> rows, List<String> columns, List<Cell> cells) implements Chart {

    /** The colour scale of a heat map. */
    public enum Scale {
        /** −1 … 1, diverging at 0 (κ, α, PS, DD). */
        SIGNED(-1, 1),
        /** 0 … 1, sequential (proportions, rates). */
        PROPORTION(0, 1);

        final double low;
        final double high;

        Scale(double low, double high) {
            this.low = low;
            this.high = high;
        }
    }

    /**
     * One cell.
     *
     * @param drillDown where a page goes to show the units behind the cell (e.g. the two raters' disagreements);
     *                  written as the cell group's {@code data-drill} attribute, {@code null} for none
     */
    public record Cell(int row, int column, double value, long n, String drillDown) {
        public Cell {
            if (row < 0 || column < 0 || n < 0) {
                throw new IllegalArgumentException("cell index and n must not be negative");
            }
        }
    }

    public HeatMap {
        Chart.checkId(id);
        Chart.checkTitle(title);
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        cells = List.copyOf(cells);
        for (Cell c : cells) {
            if (c.row() >= rows.size() || c.column() >= columns.size()) {
                throw new IllegalArgumentException("cell (" + c.row() + ", " + c.column() + ") outside the "
                        + rows.size() + " × " + columns.size() + " matrix of " + id);
            }
        }
    }
}
