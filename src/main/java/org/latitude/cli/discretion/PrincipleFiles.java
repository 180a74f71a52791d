package org.latitude.cli.discretion;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.latitude.discretion.JudgeScores;
import org.latitude.discretion.Outcome;
import org.latitude.discretion.Principle;
import org.latitude.discretion.PreferenceReader;
import org.latitude.discretion.PrincipleJudgments;
import org.latitude.textio.LineReader;
import org.latitude.textio.ReadLimits;

/**
 * Reads a principle set (one principle a line, optional short labels) and the long principle-preference CSV of the
 * alignment-discretion code release (docs/cli-discretion.md): {@code row_id, principle_id, order, prob_A,
 * prob_B, prob_NA[, cost]}, order-0 rows only (A = y<sup>1</sup>), p<sub>c</sub>(i) = pref(prob_A, prob_B, prob_NA);
 * or discrete judgments {@code row_id, principle_id, preference} (+1 / −1 / 0, A / B / NA). A missing
 * (item, principle) row is none. Items are the distinct row ids, numeric ids in numeric order, else in text order.
 */
public final class PrincipleFiles {

    private static final String[] DIGITS = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};

    private PrincipleFiles() {
    }

    /** The principles of {@code texts} (and the same number of {@code labels}, when given). */
    public static List<Principle> principles(Path texts, Path labels) {
        List<String> lines = lines(texts);
        List<String> shortLabels = labels == null ? null : lines(labels);
        if (shortLabels != null && shortLabels.size() != lines.size()) {
            throw new InputException(labels, 0, shortLabels.size() + " labels for " + lines.size() + " principles");
        }
        List<Principle> out = new ArrayList<>();
        for (int c = 0; c < lines.size(); c++) {
            out.add(new Principle(c, lines.get(c), shortLabels == null ? null : shortLabels.get(c)));
        }
        return List.copyOf(out);
    }

    private static List<String> lines(Path file) {
        List<String> lines = new ArrayList<>();
        try (LineReader in = LineReader.open(file, ReadLimits.commandLine())) {
            while (in.next()) {
                if (in.fault() != null) {
                    throw new InputException(file, in.fault().line(), in.fault().reason());
                }
                lines.add(in.text());
            }
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot read: " + e.getMessage());
        }
        while (!lines.isEmpty() && lines.getLast().isBlank()) {
            lines.removeLast();
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                throw new InputException(file, i + 1, "blank line inside the list");
            }
        }
        if (lines.isEmpty()) {
            throw new InputException(file, 0, "no principle");
        }
        return lines;
    }

    /**
     * The principle-specific preferences in {@code file} for {@code principleCount} principles; while reading, a
     * row's codes are 0 for a principle not yet seen, else sign + 2.
     */
    public static PrincipleJudgments judgments(Path file, int principleCount) {
        Map<String, byte[]> rows;
        try (CsvFile csv = CsvFile.open(file)) {
            rows = rows(csv, principleCount);
        }
        if (rows.isEmpty()) {
            throw new InputException(file, 0, "no order-0 principle judgment");
        }
        List<String> ids = ItemOrder.sorted(rows.keySet());
        PrincipleJudgments.Builder builder = PrincipleJudgments.builder(ids, principleCount);
        for (int i = 0; i < ids.size(); i++) {
            byte[] codes = rows.get(ids.get(i));
            for (int c = 0; c < principleCount; c++) {
                builder.set(i, c, codes[c] == 0 ? 0 : codes[c] - 2);
            }
        }
        return builder.build();
    }

    /** Each row id's codes; consecutive lines of the same row reuse the last lookup. */
    private static Map<String, byte[]> rows(CsvFile csv, int principleCount) {
        Map<String, byte[]> rows = new LinkedHashMap<>();
        int row = csv.column("row_id");
        int principle = csv.column("principle_id");
        int order = csv.optionalColumn("order");
        int preference = csv.optionalColumn("preference");
        int[] probabilities = preference >= 0 ? null
                : new int[] {csv.column("prob_A"), csv.column("prob_B"), csv.optionalColumn("prob_NA")};
        String lastId = null;
        byte[] codes = null;
        while (csv.next()) {
            if (order >= 0 && csv.order(order) != 0) {
                continue;
            }
            int c = principleId(csv, principle, principleCount);
            int sign = probabilities == null ? PreferenceText.parse(csv, preference).sign()
                    : judged(csv, probabilities);
            if (lastId == null || !csv.fieldEquals(row, lastId)) {
                lastId = csv.text(row);
                codes = rows.computeIfAbsent(lastId, id -> new byte[principleCount]);
            }
            if (codes[c] != 0) {
                throw csv.error("second order-0 judgment for row " + lastId + ", principle " + c);
            }
            codes[c] = (byte) (sign + 2);
        }
        return rows;
    }

    private static int principleId(CsvFile csv, int column, int principleCount) {
        for (int c = 0; c < principleCount && c < 10; c++) {
            if (csv.fieldEquals(column, DIGITS[c])) {
                return c;
            }
        }
        String text = csv.text(column);
        try {
            int c = Integer.parseInt(text);
            if (c >= 0 && c < principleCount) {
                return c;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw csv.error("principle_id must be an integer in 0.." + (principleCount - 1) + ", found '" + csv.shown(column) + "'");
    }

    private static int judged(CsvFile csv, int[] columns) {
        double na = columns[2] < 0 ? Double.NaN : csv.probability(columns[2]);
        Outcome o = PreferenceReader.judge().read(new JudgeScores(csv.probability(columns[0]),
                csv.probability(columns[1]), na));
        return o.sign();
    }
}
