package org.latitude.agreement;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * An immutable table of ratings (unit, coder, value), integer-coded and column-oriented, with missing ratings.
 *
 * <p>Ratings are grouped by unit (compressed rows: {@code unitStart[u] .. unitStart[u+1]} index the parallel arrays
 * {@code coder[]} and {@code value[]}). Alongside, the table keeps each unit's <em>value counts</em> {@code n_uc}
 * (docs/methods.md) as compressed rows of distinct values in ascending code order; every coefficient of this
 * package is computed in one pass over them, which costs O(R) instead of enumerating coder pairs per unit.
 *
 * <p>Codes: coders are numbered in sorted id order; for nominal, ordinal, interval and ratio data a value code is the
 * index of the label in the {@link ValueDomain}; for set-valued data it indexes the distinct sets met (sorted by
 * their bit masks, see {@link #setMask(int)}). Units keep their first-seen order; units without ratings are dropped.
 */
public final class RatingTable {

    final ValueDomain domain;
    final List<String> unitIds;
    final String[] coderIds;
    final long[] setMasks;
    final int[] unitStart;
    final int[] coder;
    final int[] value;
    final int[] countStart;
    final int[] countValue;
    final int[] count;
    private volatile int[] canonicalOrder;

    RatingTable(ValueDomain domain, List<String> unitIds, String[] coderIds, long[] setMasks, int[] unitStart,
                int[] coder, int[] value) {
        this.domain = domain;
        this.unitIds = unitIds;
        this.coderIds = coderIds;
        this.setMasks = setMasks;
        this.unitStart = unitStart;
        this.coder = coder;
        this.value = value;
        int units = unitIds.size();
        int[][] counts = ValueCounting.count(unitStart, value, valueCount(), units);
        this.countStart = counts[0];
        this.countValue = counts[1];
        this.count = counts[2];
    }

    /** A builder that interns unit and coder ids and value labels. */
    public static RatingTableBuilder builder(ValueDomain domain) {
        return new RatingTableBuilder(domain);
    }

    /**
     * Builds a table from already-coded ratings in input order (the fast path of file readers and the web analysis).
     *
     * @param unitIds   id of each unit code
     * @param coderIds  id of each coder code (any order; the table renumbers coders in sorted id order)
     * @param setMasks  for {@link Level#SET}: the bit mask of each value code (distinct codes may share a mask);
     *                  {@code null} otherwise
     * @param unit      unit code of rating i, for i &lt; ratingCount
     * @param coder     coder code of rating i
     * @param value     value code of rating i
     * @throws DuplicateRatingException under {@link DuplicatePolicy#REJECT}, naming the input position
     */
    public static RatingTable fromCodes(ValueDomain domain, List<String> unitIds, List<String> coderIds,
                                        long[] setMasks, int[] unit, int[] coder, int[] value, int ratingCount,
                                        DuplicatePolicy duplicates) {
        return TableAssembly.assemble(domain, unitIds, coderIds, setMasks, unit, coder, value, ratingCount,
                duplicates);
    }

    public ValueDomain domain() {
        return domain;
    }

    public Level level() {
        return domain.level();
    }

    public int unitCount() {
        return unitStart.length - 1;
    }

    public int coderCount() {
        return coderIds.length;
    }

    public int ratingCount() {
        return coder.length;
    }

    /** Number of value codes: the declared values, or for sets the distinct sets met. */
    public int valueCount() {
        return setMasks != null ? setMasks.length : domain.size();
    }

    public String unitId(int unit) {
        return unitIds.get(unit);
    }

    public String coderId(int coderCode) {
        return coderIds[coderCode];
    }

    public List<String> coderIds() {
        return List.of(coderIds);
    }

    /** Code of a coder id, or -1. */
    public int coderCode(String id) {
        int i = Arrays.binarySearch(coderIds, id);
        return i >= 0 ? i : -1;
    }

    /** The label of a value code: the declared label, or a set's keys joined by '|' (empty for the empty set). */
    public String valueLabel(int code) {
        return setMasks != null ? domain.setLabel(setMasks[code]) : domain.labels().get(code);
    }

    /** The category bit mask of a set value code (bit k = the k-th declared category). */
    public long setMask(int code) {
        return setMasks[code];
    }

    /**
     * Index of the unit's first rating; its ratings are {@code ratingStart(u)} up to {@code ratingStart(u + 1)}, in
     * coder order (for reading the table back out row by row, e.g. a report's long table).
     */
    public int ratingStart(int unit) {
        return unitStart[unit];
    }

    /** Coder code of rating {@code i} (see {@link #ratingStart}). */
    public int ratingCoder(int i) {
        return coder[i];
    }

    /** Value code of rating {@code i} (see {@link #ratingStart}; its label is {@link #valueLabel}). */
    public int ratingValue(int i) {
        return value[i];
    }

    /** Number of ratings of a unit, {@code m_u}. */
    public int ratingsOf(int unit) {
        return unitStart[unit + 1] - unitStart[unit];
    }

    /**
     * How much a unit counts in a pairable-units sum: its weight (1 without resampling weights), or 0 when it has
     * fewer than two ratings and so cannot enter α.
     */
    int pairableWeight(int unit, int[] weights) {
        return unitStart[unit + 1] - unitStart[unit] < 2 ? 0 : weights == null ? 1 : weights[unit];
    }

    /** Number of units with at least two ratings (the units Krippendorff's α uses). */
    public int pairableUnitCount() {
        int n = 0;
        for (int u = 0; u < unitCount(); u++) {
            n += unitStart[u + 1] - unitStart[u] >= 2 ? 1 : 0;
        }
        return n;
    }

    /** Value code each coder gave each unit, -1 where missing: {@code [coder][unit]} (dense, O(M·N) memory). */
    public int[][] denseColumns() {
        int[][] columns = new int[coderIds.length][unitCount()];
        for (int[] column : columns) {
            Arrays.fill(column, -1);
        }
        for (int u = 0; u < unitCount(); u++) {
            for (int i = unitStart[u]; i < unitStart[u + 1]; i++) {
                columns[coder[i]][u] = value[i];
            }
        }
        return columns;
    }

    /**
     * Unit codes sorted by unit id. Resampling walks units in this order so that the same data and seed give the same
     * bootstrap whatever the input order.
     */
    public int[] canonicalUnitOrder() {
        int[] order = canonicalOrder;
        if (order == null) {
            String[] ids = unitIds.toArray(String[]::new);
            order = IntStream.range(0, ids.length).boxed()
                    .sorted(Comparator.comparing(u -> ids[u])).mapToInt(Integer::intValue).toArray();
            canonicalOrder = order;
        }
        return order.clone();
    }

    /** The same units rated only by the coders kept (units left without ratings are dropped). */
    public RatingTable selectCoders(java.util.function.IntPredicate keepCoder) {
        return TableAssembly.selectCoders(this, keepCoder);
    }

    /** The units accepted by {@code keepUnit}, with all their ratings (coders are kept as they are). */
    public RatingTable selectUnits(java.util.function.IntPredicate keepUnit) {
        return TableAssembly.selectUnits(this, keepUnit);
    }

    /**
     * A binary nominal table ({@code absent}, {@code present}) saying, per rating, whether its value is
     * {@code category}: for set-valued data whether the set contains category key {@code category}; otherwise
     * whether the value code equals it (one-vs-rest recoding, docs/methods.md).
     */
    public RatingTable indicator(int category) {
        return TableAssembly.indicator(this, category);
    }

    @Override
    public String toString() {
        return "RatingTable[" + domain + ", " + unitCount() + " units, " + coderCount() + " coders, "
                + ratingCount() + " ratings]";
    }
}
