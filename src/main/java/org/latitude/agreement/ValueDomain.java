package org.latitude.agreement;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The declared values of a field: its {@link Level} and its labels in declared order. For interval and ratio data
 * each label carries a number; for set-valued data the labels are the category keys a set may contain (at most 63,
 * a set is a bit mask). The declared labels also give {@code q}, the number of categories <em>of the scheme</em>,
 * which Bennett's S and Gwet's AC1 need (docs/methods.md: not the number observed).
 */
public final class ValueDomain {

    /** Largest number of categories a set-valued domain may declare (sets are stored as {@code long} masks). */
    public static final int MAX_SET_CATEGORIES = 63;

    private final Level level;
    private final List<String> labels;
    private final double[] numbers;
    private final Map<String, Integer> index;

    private ValueDomain(Level level, List<String> labels, double[] numbers) {
        this.level = Objects.requireNonNull(level);
        this.labels = List.copyOf(labels);
        this.numbers = numbers == null ? null : numbers.clone();
        this.index = new HashMap<>();
        for (int i = 0; i < this.labels.size(); i++) {
            if (index.put(this.labels.get(i), i) != null) {
                throw new IllegalArgumentException("duplicate value " + this.labels.get(i) + " in the domain");
            }
        }
        if (level == Level.SET && labels.size() > MAX_SET_CATEGORIES) {
            throw new IllegalArgumentException("a set-valued domain holds at most " + MAX_SET_CATEGORIES
                    + " categories, not " + labels.size());
        }
    }

    /** Unordered labels; their order here is only the order of output. */
    public static ValueDomain nominal(List<String> labels) {
        return new ValueDomain(Level.NOMINAL, labels, null);
    }

    /** Labels in their declared order, lowest first (e.g. {@code safe, needs_caution, unsafe}). */
    public static ValueDomain ordinal(List<String> order) {
        return new ValueDomain(Level.ORDINAL, order, null);
    }

    /** Numeric values, sorted ascending; labels are their shortest decimal forms. */
    public static ValueDomain interval(double... values) {
        return numeric(Level.INTERVAL, values);
    }

    /** Non-negative numeric values with a true zero. */
    public static ValueDomain ratio(double... values) {
        for (double v : values) {
            if (v < 0) {
                throw new IllegalArgumentException("ratio values must not be negative: " + v);
            }
        }
        return numeric(Level.RATIO, values);
    }

    /** Category keys a set may contain; the empty set is always a valid value. */
    public static ValueDomain set(List<String> categories) {
        return new ValueDomain(Level.SET, categories, null);
    }

    private static ValueDomain numeric(Level level, double[] values) {
        double[] sorted = Arrays.stream(values).distinct().sorted().toArray();
        List<String> names = Arrays.stream(sorted).mapToObj(ValueDomain::numberLabel).toList();
        return new ValueDomain(level, names, sorted);
    }

    /** The label of a number: integers without a decimal point, others in shortest round-trip form. */
    public static String numberLabel(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    public Level level() {
        return level;
    }

    public List<String> labels() {
        return labels;
    }

    /** Number of declared values (categories of the scheme); for sets the number of category keys. */
    public int size() {
        return labels.size();
    }

    /** Index of a label, or -1. */
    public int indexOf(String label) {
        Integer i = index.get(label);
        return i == null ? -1 : i;
    }

    public boolean isNumeric() {
        return numbers != null;
    }

    /** The number of value {@code code} (interval and ratio domains only). */
    public double number(int code) {
        if (numbers == null) {
            throw new IllegalStateException(level + " values have no numbers");
        }
        return numbers[code];
    }

    /** The label of a set given as a bit mask over the category keys: keys in declared order joined by '|'. */
    public String setLabel(long mask) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < labels.size(); k++) {
            if ((mask >>> k & 1L) != 0) {
                out.append(out.isEmpty() ? "" : "|").append(labels.get(k));
            }
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValueDomain d && d.level == level && d.labels.equals(labels)
                && Arrays.equals(d.numbers, numbers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(level, labels) * 31 + Arrays.hashCode(numbers);
    }

    @Override
    public String toString() {
        return level.name().toLowerCase() + labels;
    }
}
