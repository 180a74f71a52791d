package org.latitude.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.latitude.agreement.Consensus;
import org.latitude.agreement.RatingTable;

/**
 * The tables of an agreement report, each row a typed record: rater pairs, raters, items (every rater's label, the
 * consensus, each model's label) and the long coded table the figures were computed from. Item and rating rows are
 * produced on the fly from the {@link RatingTable}, units in id order, ratings in coder order, so even millions of
 * ratings are streamed, not listed.
 */
final class AgreementTables {

    /** Cohen's κ of one pair of raters on the units both rated. */
    record PairRow(String coderA, String kindA, String coderB, String kindB, long sharedUnits,
                   double percentAgreement, double kappa, double weightedKappa, String note)
            implements ReportTable.Row {
        public List<Object> cells() {
            return Arrays.asList(coderA, kindA, coderB, kindB, sharedUnits, percentAgreement, kappa, weightedKappa,
                    note);
        }
    }

    /** One rater (human or model) and its agreement with the others. */
    record RaterRow(String rater, String kind, long ratings, double kappa, double ciLow, double ciHigh, long units,
                    String against, double dawidSkeneAccuracy) implements ReportTable.Row {
        public List<Object> cells() {
            return Arrays.asList(rater, kind, ratings, kappa, ciLow, ciHigh, units, against, dawidSkeneAccuracy);
        }
    }

    /**
     * One rating of the long table: {@code unit,coder,value} (or {@code labels}), the input format of analyze; the
     * value is a number at interval and ratio level (so a negative one is not taken for a formula), else its label.
     */
    record RatingRow(String unit, String coder, Object value) implements ReportTable.Row {
        public List<Object> cells() {
            return List.of(unit, coder, value);
        }
    }

    /** One item: every rater's label (empty where it did not rate), the consensus, each model's label. */
    record ItemRow(String unit, List<Object> humans, Object consensus, List<Object> models)
            implements ReportTable.Row {
        public List<Object> cells() {
            List<Object> out = new ArrayList<>(2 + humans.size() + models.size());
            out.add(unit);
            out.addAll(humans);
            out.add(consensus);
            out.addAll(models);
            return out;
        }
    }

    static final List<String> PAIR_COLUMNS = List.of("coder_a", "coder_a_kind", "coder_b", "coder_b_kind",
            "shared_units", "percent_agreement", "cohen_kappa", "weighted_kappa", "note");
    static final List<String> RATER_COLUMNS = List.of("rater", "kind", "ratings", "kappa", "kappa_ci_low",
            "kappa_ci_high", "kappa_units", "kappa_against", "dawid_skene_accuracy");

    private AgreementTables() {
    }

    static List<String> ratingColumns(RatingTable table) {
        return List.of("unit", "coder", table.domain().level() == org.latitude.agreement.Level.SET ? "labels"
                : "value");
    }

    /** The ratings of the coders accepted by {@code models} == {@code wantModels}, units in id order. */
    static Iterable<RatingRow> ratings(RatingTable table, Set<String> models, boolean wantModels) {
        boolean[] keep = new boolean[table.coderCount()];
        for (int c = 0; c < keep.length; c++) {
            keep[c] = models.contains(table.coderId(c)) == wantModels;
        }
        return () -> new Iterator<>() {
            private final int[] order = table.canonicalUnitOrder();
            private int u;
            private int i = order.length == 0 ? 0 : table.ratingStart(order[0]);
            private RatingRow next = advance();

            private RatingRow advance() {
                while (u < order.length) {
                    int unit = order[u];
                    if (i < table.ratingStart(unit + 1)) {
                        int r = i++;
                        if (keep[table.ratingCoder(r)]) {
                            return new RatingRow(table.unitId(unit), table.coderId(table.ratingCoder(r)),
                                    cell(table, table.ratingValue(r)));
                        }
                    } else if (++u < order.length) {
                        i = table.ratingStart(order[u]);
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public RatingRow next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                RatingRow out = next;
                next = advance();
                return out;
            }
        };
    }

    /**
     * Item rows. {@code consensus} is over the units that have a human rating (in table order), or {@code null}
     * when the analysis made none (set-valued fields).
     */
    static Iterable<ItemRow> items(RatingTable table, List<String> humans, List<String> models,
                                   Consensus consensus) {
        int[] column = new int[table.coderCount()];
        int[] modelColumn = new int[table.coderCount()];
        Arrays.fill(column, -1);
        Arrays.fill(modelColumn, -1);
        for (int h = 0; h < humans.size(); h++) {
            column[table.coderCode(humans.get(h))] = h;
        }
        for (int m = 0; m < models.size(); m++) {
            modelColumn[table.coderCode(models.get(m))] = m;
        }
        int[] scopeUnit = scopeUnits(table, column);
        return () -> new Iterator<>() {
            private final int[] order = table.canonicalUnitOrder();
            private int u;

            @Override
            public boolean hasNext() {
                return u < order.length;
            }

            @Override
            public ItemRow next() {
                if (u >= order.length) {
                    throw new NoSuchElementException();
                }
                int unit = order[u++];
                Object[] h = new Object[humans.size()];
                Object[] m = new Object[models.size()];
                for (int i = table.ratingStart(unit); i < table.ratingStart(unit + 1); i++) {
                    int c = table.ratingCoder(i);
                    Object label = cell(table, table.ratingValue(i));
                    if (column[c] >= 0) {
                        h[column[c]] = label;
                    } else if (modelColumn[c] >= 0) {
                        m[modelColumn[c]] = label;
                    }
                }
                int s = scopeUnit[unit];
                Object cons = consensus == null || s < 0 || consensus.label(s) < 0 ? null
                        : cell(table, consensus.label(s));
                return new ItemRow(table.unitId(unit), Arrays.asList(h), cons, Arrays.asList(m));
            }
        };
    }

    /** A value as a CSV cell: its number at interval and ratio level, else its label. */
    static Object cell(RatingTable table, int code) {
        return table.domain().isNumeric() ? (Object) table.domain().number(code) : table.valueLabel(code);
    }

    /** The number of units with a human rating: the units of the human consensus. */
    static int unitsWithHuman(RatingTable table, Set<String> models) {
        int[] human = new int[table.coderCount()];
        for (int c = 0; c < human.length; c++) {
            human[c] = models.contains(table.coderId(c)) ? -1 : 0;
        }
        int n = 0;
        for (int s : scopeUnits(table, human)) {
            n += s >= 0 ? 1 : 0;
        }
        return n;
    }

    /** Each unit's index among the units with a human rating (the consensus' units), -1 for model-only units. */
    private static int[] scopeUnits(RatingTable table, int[] humanColumn) {
        int[] scope = new int[table.unitCount()];
        int k = 0;
        for (int u = 0; u < scope.length; u++) {
            boolean human = false;
            for (int i = table.ratingStart(u); i < table.ratingStart(u + 1) && !human; i++) {
                human = humanColumn[table.ratingCoder(i)] >= 0;
            }
            scope[u] = human ? k++ : -1;
        }
        return scope;
    }
}
