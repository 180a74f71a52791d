package org.latitude.cli.discretion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.latitude.discretion.Annotator;
import org.latitude.discretion.JudgeScores;
import org.latitude.discretion.Outcome;
import org.latitude.discretion.PreferenceReader;
import org.latitude.discretion.ScorePair;
import org.latitude.discretion.TwoOrderJudgment;

/**
 * Reads an annotator file in one of the {@link AnnotatorSource.Format}s into {@link Annotator}s aligned with the
 * items of the principle judgments. Rows for items outside that set are counted and ignored (the analysis runs on
 * the items that have principle judgments, as the authors' merge does, docs/methods.md); items without a row are missing.
 * A repeated row is an error.
 */
public final class AnnotatorFiles {

    /** What was read: the annotators (several for a long preference file) and the row counts. */
    public record Reading(AnnotatorSource source, List<Annotator> annotators, long rows, long ignoredRows) {
    }

    private AnnotatorFiles() {
    }

    public static Reading read(AnnotatorSource source, List<String> itemIds) {
        Map<String, Integer> index = new HashMap<>(itemIds.size() * 2);
        for (int i = 0; i < itemIds.size(); i++) {
            index.put(itemIds.get(i), i);
        }
        try (CsvFile csv = CsvFile.open(source.file())) {
            Map<String, Map<String, Outcome>> byAnnotator = switch (source.format()) {
                case GENERIC_JUDGE -> Map.of(source.name(), genericJudge(csv));
                case REWARD -> Map.of(source.name(), scores(csv, null, "reward_a", "reward_b"));
                case LOGLIK -> Map.of(source.name(), scores(csv, "order", "log_prob_chat_chosen",
                        "log_prob_chat_rejected"));
                case PREFERENCE -> preferences(csv, source.name());
            };
            List<Annotator> annotators = new ArrayList<>();
            long rows = 0;
            long ignored = 0;
            Annotator.Kind kind = kind(source.format(), byAnnotator.keySet(), source.name());
            for (Map.Entry<String, Map<String, Outcome>> e : byAnnotator.entrySet()) {
                Outcome[] outcomes = new Outcome[itemIds.size()];
                java.util.Arrays.fill(outcomes, Outcome.MISSING);
                for (Map.Entry<String, Outcome> row : e.getValue().entrySet()) {
                    Integer item = index.get(row.getKey());
                    rows++;
                    if (item == null) {
                        ignored++;
                    } else {
                        outcomes[item] = row.getValue();
                    }
                }
                annotators.add(Annotator.of(e.getKey(), kind, java.util.Arrays.asList(outcomes)));
            }
            return new Reading(source, List.copyOf(annotators), rows, ignored);
        }
    }

    /**
     * Score formats are models; a preference file is a dataset's label column, unless it has an annotator column:
     * then each of its annotators is an individual human (and the engine pools them).
     */
    private static Annotator.Kind kind(AnnotatorSource.Format format, java.util.Set<String> names, String name) {
        if (format != AnnotatorSource.Format.PREFERENCE) {
            return Annotator.Kind.MODEL;
        }
        return names.equals(java.util.Set.of(name)) ? Annotator.Kind.DATASET_LABEL : Annotator.Kind.HUMAN;
    }

    /** Both presentation orders per row, read with the two-order rule. */
    private static Map<String, Outcome> genericJudge(CsvFile csv) {
        int row = csv.column("row_id");
        int order = csv.column("order");
        int a = csv.column("prob_A", "reward_a");
        int b = csv.column("prob_B", "reward_b");
        int na = csv.optionalColumn("prob_NA", "reward_NA");
        boolean probabilities = csv.optionalColumn("prob_A") >= 0;
        Map<String, JudgeScores[]> scores = new LinkedHashMap<>();
        while (csv.next()) {
            JudgeScores[] pair = scores.computeIfAbsent(csv.text(row), id -> new JudgeScores[2]);
            int o = csv.order(order);
            if (pair[o] != null) {
                throw csv.error("second row for row_id " + csv.shown(row) + " in order " + o);
            }
            pair[o] = probabilities
                    ? new JudgeScores(csv.probability(a), csv.probability(b), na < 0 ? Double.NaN : csv.probability(na))
                    : new JudgeScores(csv.number(a), csv.number(b), na < 0 ? Double.NaN : csv.number(na));
        }
        Map<String, Outcome> out = new LinkedHashMap<>();
        PreferenceReader<TwoOrderJudgment> reader = PreferenceReader.twoOrderJudge();
        scores.forEach((id, pair) -> out.put(id, reader.read(new TwoOrderJudgment(pair[0], pair[1]))));
        return out;
    }

    /** One score per response (order-0 rows only when an order column is named and present). */
    private static Map<String, Outcome> scores(CsvFile csv, String orderColumn, String first, String second) {
        int row = csv.column("row_id");
        int order = orderColumn == null ? -1 : csv.optionalColumn(orderColumn);
        int x = csv.column(first);
        int y = csv.column(second);
        Map<String, Outcome> out = new LinkedHashMap<>();
        PreferenceReader<ScorePair> reader = PreferenceReader.higherScore();
        while (csv.next()) {
            if (order >= 0 && csv.order(order) != 0) {
                continue;
            }
            Outcome outcome = reader.read(new ScorePair(csv.number(x), csv.number(y)));
            if (out.putIfAbsent(csv.text(row), outcome) != null) {
                throw csv.error("second row for row_id " + csv.shown(row));
            }
        }
        return out;
    }

    /** {@code row_id, preference}, or with an {@code annotator} column one annotator {@code NAME/ID} each. */
    private static Map<String, Map<String, Outcome>> preferences(CsvFile csv, String name) {
        int row = csv.column("row_id");
        int who = csv.optionalColumn("annotator");
        int value = csv.column("preference");
        Map<String, Map<String, Outcome>> out = new TreeMap<>();
        while (csv.next()) {
            String annotator = who < 0 ? name : name + "/" + csv.text(who);
            Outcome outcome = PreferenceText.parse(csv, value);
            Map<String, Outcome> rows = out.computeIfAbsent(annotator, n -> new LinkedHashMap<>());
            if (rows.putIfAbsent(csv.text(row), outcome) != null) {
                throw csv.error("second row for row_id " + csv.shown(row) + (who < 0 ? "" : " by " + csv.shown(who)));
            }
        }
        return out;
    }
}
