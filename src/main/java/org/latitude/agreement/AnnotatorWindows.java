package org.latitude.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Per annotator and window: gold accuracy (share of their ratings on gold items equal to the gold answer; for sets,
 * the same set) and agreement with the majority of the other humans on the item (share equal, and Cohen's κ over
 * the window for fields that are not set-valued), so a drifting annotator shows against their own start.
 */
final class AnnotatorWindows {

    private AnnotatorWindows() {
    }

    static List<AnnotatorDrift> of(RatingTable humans, int[] windowOf, int windows, Map<String, String> gold,
                                   TieRule rule) {
        int[] others = LeaveOneOutMajority.of(humans, c -> true, rule, null);
        long[] goldKey = goldKeys(humans, gold);
        int v = humans.valueCount();
        int[][][] counts = new int[humans.coderCount()][windows][5];
        double[][][] tables = humans.level() == Level.SET ? null : new double[humans.coderCount()][windows][v * v];
        for (int u = 0; u < humans.unitCount(); u++) {
            for (int i = humans.unitStart[u]; windowOf[u] >= 0 && i < humans.unitStart[u + 1]; i++) {
                int value = humans.value[i];
                int[] c = counts[humans.coder[i]][windowOf[u]];
                c[0]++;
                c[1] += goldKey[u] >= 0 ? 1 : 0;
                c[2] += goldKey[u] >= 0 && key(humans, value) == goldKey[u] ? 1 : 0;
                if (others[i] >= 0) {
                    c[3]++;
                    c[4] += key(humans, value) == key(humans, others[i]) ? 1 : 0;
                    if (tables != null) {
                        tables[humans.coder[i]][windowOf[u]][value * v + others[i]]++;
                    }
                }
            }
        }
        List<AnnotatorDrift> out = new ArrayList<>();
        for (int h = 0; h < humans.coderCount(); h++) {
            List<AnnotatorDrift.Window> rows = new ArrayList<>();
            for (int w = 0; w < windows; w++) {
                int[] c = counts[h][w];
                double kappa = tables == null ? Double.NaN
                        : CoderPairs.pair("annotator", "others", tables[h][w], v, null).cohenKappa().value();
                rows.add(new AnnotatorDrift.Window(w, c[0], c[1], share(c[2], c[1]), c[3], share(c[4], c[3]), kappa));
            }
            out.add(new AnnotatorDrift(humans.coderId(h), rows));
        }
        return out;
    }

    /** Per unit the gold answer as a value code (a mask for sets), -1 without one. */
    private static long[] goldKeys(RatingTable humans, Map<String, String> gold) {
        long[] keys = new long[humans.unitCount()];
        Arrays.fill(keys, -1);
        ValueDomain d = humans.domain();
        for (int u = 0; u < keys.length; u++) {
            String label = gold.get(humans.unitId(u));
            if (label == null) {
                continue;
            }
            if (humans.level() == Level.SET) {
                long mask = 0;
                for (String k : label.isEmpty() ? new String[0] : label.split("\\|", -1)) {
                    mask |= 1L << requireLabel(d, k, humans.unitId(u));
                }
                keys[u] = mask;
            } else {
                keys[u] = requireLabel(d, label, humans.unitId(u));
            }
        }
        return keys;
    }

    private static int requireLabel(ValueDomain d, String label, String unit) {
        int code = d.indexOf(label);
        if (code < 0) {
            throw new IllegalArgumentException("gold answer " + label + " of item " + unit + " is not in " + d);
        }
        return code;
    }

    /** A value as compared with gold: its code, or its category mask for sets. */
    private static long key(RatingTable t, int value) {
        return t.level() == Level.SET ? t.setMask(value) : value;
    }

    private static double share(int hits, int n) {
        return n == 0 ? Double.NaN : (double) hits / n;
    }
}
