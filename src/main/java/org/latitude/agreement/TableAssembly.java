package org.latitude.agreement;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/** Builds {@link RatingTable}s: grouping coded ratings by unit in O(R) (counting sort), and derived tables. */
final class TableAssembly {

    static final ValueDomain BINARY = ValueDomain.nominal(List.of("absent", "present"));

    private TableAssembly() {
    }

    /** Coders renumbered in sorted id order, and set values renumbered in mask order (identity otherwise). */
    private record Recoding(String[] coders, int[] coderMap, long[] masks, int[] valueMap) {
    }

    static RatingTable assemble(ValueDomain domain, List<String> unitIds, List<String> coderIds, long[] setMasks,
                                int[] unit, int[] coder, int[] value, int n, DuplicatePolicy duplicates) {
        if ((domain.level() == Level.SET) != (setMasks != null)) {
            throw new IllegalArgumentException("set masks are required for, and only for, set-valued domains");
        }
        Recoding r = recoding(domain, coderIds, setMasks);
        for (int i = 0; i < n; i++) {
            checkCodes(i, unit[i], coder[i], value[i], unitIds.size(), r.coders().length, r.valueMap().length);
        }
        int[] grouped = groupedStarts(unit, n, unitIds.size());
        if (grouped != null) {
            int[] coderOut = new int[n];
            int[] valueOut = new int[n];
            for (int i = 0; i < n; i++) {
                coderOut[i] = r.coderMap()[coder[i]];
                valueOut[i] = r.valueMap()[value[i]];
            }
            int[] identity = IntStream.range(0, unitIds.size()).toArray();
            return finish(domain, PackedIds.select(unitIds, null), r, grouped, coderOut, valueOut, duplicates, unit,
                    coder, n, identity);
        }
        return byCountingSort(domain, unitIds, r, unit, coder, value, n, duplicates);
    }

    private static Recoding recoding(ValueDomain domain, List<String> coderIds, long[] setMasks) {
        int[] coderMap = sortedCoderCodes(coderIds);
        String[] coders = new String[coderIds.size()];
        for (int c = 0; c < coders.length; c++) {
            coders[coderMap[c]] = coderIds.get(c);
        }
        long[] masks = setMasks == null ? null : Arrays.stream(setMasks).distinct().sorted().toArray();
        int valueCount = masks != null ? setMasks.length : domain.size();
        int[] valueMap = new int[valueCount];
        for (int v = 0; v < valueCount; v++) {
            valueMap[v] = masks == null ? v : Arrays.binarySearch(masks, setMasks[v]);
        }
        return new Recoding(coders, coderMap, masks, valueMap);
    }

    /** Groups ratings by unit in O(R) (counting sort, stable), dropping units without ratings. */
    private static RatingTable byCountingSort(ValueDomain domain, List<String> unitIds, Recoding r, int[] unit,
                                              int[] coder, int[] value, int n, DuplicatePolicy duplicates) {
        int[] perUnit = new int[unitIds.size()];
        for (int i = 0; i < n; i++) {
            perUnit[unit[i]]++;
        }
        int[] unitMap = new int[unitIds.size()];
        int kept = 0;
        for (int u = 0; u < perUnit.length; u++) {
            unitMap[u] = perUnit[u] > 0 ? kept++ : -1;
        }
        int[] keptIndices = new int[kept];
        int[] start = new int[kept + 1];
        for (int u = 0; u < perUnit.length; u++) {
            if (unitMap[u] >= 0) {
                keptIndices[unitMap[u]] = u;
                start[unitMap[u] + 1] = start[unitMap[u]] + perUnit[u];
            }
        }
        int[] fill = Arrays.copyOf(start, kept);
        int[] coderOut = new int[n];
        int[] valueOut = new int[n];
        for (int i = 0; i < n; i++) {
            int p = fill[unitMap[unit[i]]]++;
            coderOut[p] = r.coderMap()[coder[i]];
            valueOut[p] = r.valueMap()[value[i]];
        }
        List<String> units = PackedIds.select(unitIds, kept == unitIds.size() ? null : keptIndices);
        return finish(domain, units, r, start, coderOut, valueOut, duplicates, unit, coder, n, unitMap);
    }

    /**
     * Unit start offsets when the input is already grouped by unit in code order (each unit's ratings together,
     * units in first-seen order, as a reader that numbers ids as it meets them produces from a unit-major file),
     * else {@code null}.
     */
    private static int[] groupedStarts(int[] unit, int n, int units) {
        int[] start = new int[units + 1];
        int current = -1;
        for (int i = 0; i < n; i++) {
            int u = unit[i];
            if (u != current) {
                if (u != current + 1) {
                    return null;
                }
                current = u;
                start[u] = i;
            }
        }
        if (current != units - 1) {
            return null;
        }
        start[units] = n;
        return start;
    }

    private static RatingTable finish(ValueDomain domain, List<String> units, Recoding r, int[] start,
                                      int[] coderOut, int[] valueOut, DuplicatePolicy duplicates, int[] unit,
                                      int[] coder, int n, int[] unitMap) {
        int removed = resolveDuplicates(start, coderOut, valueOut, r.coders().length, duplicates);
        if (removed < 0) {
            throw locateDuplicate(-removed - 1, unit, coder, n, units, r.coders(), unitMap, r.coderMap());
        }
        if (removed > 0) {
            return compact(domain, units, r.coders(), r.masks(), start, coderOut, valueOut);
        }
        return new RatingTable(domain, units, r.coders(), r.masks(), start, coderOut, valueOut);
    }

    private static int[] sortedCoderCodes(List<String> coderIds) {
        int[] byId = IntStream.range(0, coderIds.size()).boxed()
                .sorted((a, b) -> coderIds.get(a).compareTo(coderIds.get(b))).mapToInt(Integer::intValue).toArray();
        int[] map = new int[coderIds.size()];
        for (int rank = 0; rank < byId.length; rank++) {
            map[byId[rank]] = rank;
            if (rank > 0 && coderIds.get(byId[rank]).equals(coderIds.get(byId[rank - 1]))) {
                throw new IllegalArgumentException("coder id " + coderIds.get(byId[rank]) + " is listed twice");
            }
        }
        return map;
    }

    private static void checkCodes(int i, int u, int c, int v, int units, int coders, int values) {
        if (u < 0 || u >= units || c < 0 || c >= coders || v < 0 || v >= values) {
            throw new IllegalArgumentException("rating #" + (i + 1) + " has a code out of range: unit " + u
                    + ", coder " + c + ", value " + v);
        }
    }

    /**
     * Marks duplicates in place (coder -1) keeping the last value, and returns how many were removed; under
     * {@link DuplicatePolicy#REJECT} returns {@code -(unit + 1)} of the first unit holding a duplicate.
     */
    private static int resolveDuplicates(int[] start, int[] coder, int[] value, int coders, DuplicatePolicy policy) {
        int[] stamp = new int[coders];
        int[] where = new int[coders];
        Arrays.fill(stamp, -1);
        int removed = 0;
        for (int u = 0; u + 1 < start.length; u++) {
            for (int p = start[u]; p < start[u + 1]; p++) {
                int c = coder[p];
                if (stamp[c] != u) {
                    stamp[c] = u;
                    where[c] = p;
                } else if (policy == DuplicatePolicy.REJECT) {
                    return -(u + 1);
                } else {
                    value[where[c]] = value[p];
                    coder[p] = -1;
                    removed++;
                }
            }
        }
        return removed;
    }

    /** Finds, on the error path only, the input position of the second rating of the first duplicated pair. */
    private static DuplicateRatingException locateDuplicate(int unitCode, int[] unit, int[] coder, int n,
                                                            List<String> units, String[] coders, int[] unitMap,
                                                            int[] coderMap) {
        boolean[] seen = new boolean[coders.length];
        for (int i = 0; i < n; i++) {
            if (unitMap[unit[i]] == unitCode) {
                int c = coderMap[coder[i]];
                if (seen[c]) {
                    return new DuplicateRatingException(i, units.get(unitCode), coders[c]);
                }
                seen[c] = true;
            }
        }
        throw new IllegalStateException("duplicate vanished");
    }

    private static RatingTable compact(ValueDomain domain, List<String> units, String[] coders, long[] masks,
                                       int[] start, int[] coder, int[] value) {
        int[] newStart = new int[start.length];
        int out = 0;
        for (int u = 0; u + 1 < start.length; u++) {
            newStart[u] = out;
            for (int p = start[u]; p < start[u + 1]; p++) {
                if (coder[p] >= 0) {
                    coder[out] = coder[p];
                    value[out++] = value[p];
                }
            }
        }
        newStart[start.length - 1] = out;
        return new RatingTable(domain, units, coders, masks, newStart, Arrays.copyOf(coder, out),
                Arrays.copyOf(value, out));
    }

    static RatingTable selectCoders(RatingTable t, IntPredicate keep) {
        int[] coderMap = new int[t.coderIds.length];
        int keptCoders = 0;
        for (int c = 0; c < coderMap.length; c++) {
            coderMap[c] = keep.test(c) ? keptCoders++ : -1;
        }
        String[] coders = new String[keptCoders];
        for (int c = 0; c < coderMap.length; c++) {
            if (coderMap[c] >= 0) {
                coders[coderMap[c]] = t.coderIds[c];
            }
        }
        int[] coderOut = new int[t.coder.length];
        int[] valueOut = new int[t.coder.length];
        int[] start = new int[t.unitCount() + 1];
        int[] units = new int[t.unitCount()];
        int out = 0;
        int keptUnits = 0;
        for (int u = 0; u < t.unitCount(); u++) {
            int before = out;
            for (int p = t.unitStart[u]; p < t.unitStart[u + 1]; p++) {
                if (coderMap[t.coder[p]] >= 0) {
                    coderOut[out] = coderMap[t.coder[p]];
                    valueOut[out++] = t.value[p];
                }
            }
            if (out > before) {
                units[keptUnits] = u;
                start[++keptUnits] = out;
            }
        }
        List<String> ids = PackedIds.select(t.unitIds, keptUnits == t.unitCount() ? null
                : Arrays.copyOf(units, keptUnits));
        return new RatingTable(t.domain, ids, coders, t.setMasks, Arrays.copyOf(start, keptUnits + 1),
                Arrays.copyOf(coderOut, out), Arrays.copyOf(valueOut, out));
    }

    static RatingTable indicator(RatingTable t, int category) {
        if (category < 0 || category >= t.domain.size()) {
            throw new IllegalArgumentException("no category " + category + " in " + t.domain);
        }
        int[] value = new int[t.value.length];
        for (int p = 0; p < value.length; p++) {
            int v = t.value[p];
            boolean present = t.setMasks != null ? (t.setMasks[v] >>> category & 1L) != 0 : v == category;
            value[p] = present ? 1 : 0;
        }
        return new RatingTable(BINARY, t.unitIds, t.coderIds, null, t.unitStart, t.coder, value);
    }

    static RatingTable selectUnits(RatingTable t, IntPredicate keepUnit) {
        int kept = 0;
        int ratings = 0;
        for (int u = 0; u < t.unitCount(); u++) {
            if (keepUnit.test(u)) {
                kept++;
                ratings += t.unitStart[u + 1] - t.unitStart[u];
            }
        }
        int[] units = new int[kept];
        int[] start = new int[kept + 1];
        int[] coderOut = new int[ratings];
        int[] valueOut = new int[ratings];
        int out = 0;
        int k = 0;
        for (int u = 0; u < t.unitCount(); u++) {
            if (keepUnit.test(u)) {
                int m = t.unitStart[u + 1] - t.unitStart[u];
                System.arraycopy(t.coder, t.unitStart[u], coderOut, out, m);
                System.arraycopy(t.value, t.unitStart[u], valueOut, out, m);
                out += m;
                units[k] = u;
                start[++k] = out;
            }
        }
        return new RatingTable(t.domain, PackedIds.select(t.unitIds, kept == t.unitCount() ? null : units),
                t.coderIds, t.setMasks, start, coderOut, valueOut);
    }
}
