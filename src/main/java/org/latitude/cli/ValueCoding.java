package org.latitude.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.latitude.agreement.Level;
import org.latitude.agreement.ValueDomain;

/**
 * Turns the distinct value strings met in a file into a declared {@link ValueDomain} and a code for each: sorted
 * labels (numerically when all are numbers) or a declared list for nominal data, a declared order (or the numeric
 * order) for ordinal data, numbers for interval and ratio data, category keys joined by {@code |} for sets.
 */
final class ValueCoding {

    /** A problem with the value of id {@code valueId}, to be reported at its first line. */
    static final class BadValue extends RuntimeException {
        final int valueId;

        BadValue(int valueId, String message) {
            super(message);
            this.valueId = valueId;
        }
    }

    /** @param codes value code per value id; @param setMasks category mask per value id (sets only) */
    record Coded(ValueDomain domain, int[] codes, long[] setMasks) {
    }

    private ValueCoding() {
    }

    static Coded resolve(List<String> distinct, Level level, List<String> declared) {
        return switch (level) {
            case SET -> sets(distinct, declared);
            case INTERVAL, RATIO -> numbers(distinct, level);
            case NOMINAL -> labels(distinct, declared == null ? natural(distinct) : declared, level);
            case ORDINAL -> labels(distinct, declared != null ? declared : numericOrder(distinct), level);
        };
    }

    private static Coded labels(List<String> distinct, List<String> labels, Level level) {
        ValueDomain domain = level == Level.ORDINAL ? ValueDomain.ordinal(labels) : ValueDomain.nominal(labels);
        int[] codes = new int[distinct.size()];
        for (int id = 0; id < codes.length; id++) {
            codes[id] = domain.indexOf(distinct.get(id));
            if (codes[id] < 0) {
                throw new BadValue(id, "value " + distinct.get(id) + " is not among the declared values "
                        + String.join(",", labels));
            }
        }
        return new Coded(domain, codes, null);
    }

    private static List<String> natural(List<String> distinct) {
        boolean numeric = distinct.stream().allMatch(ValueCoding::isNumber);
        Comparator<String> order = numeric ? Comparator.comparingDouble(Double::parseDouble)
                : Comparator.naturalOrder();
        return distinct.stream().sorted(order).toList();
    }

    private static List<String> numericOrder(List<String> distinct) {
        for (int id = 0; id < distinct.size(); id++) {
            if (!isNumber(distinct.get(id))) {
                throw new BadValue(id, "ordinal level needs --values (e.g. --values safe,needs_caution,unsafe) "
                        + "for the non-numeric value " + distinct.get(id));
            }
        }
        return natural(distinct);
    }

    private static Coded numbers(List<String> distinct, Level level) {
        double[] x = new double[distinct.size()];
        for (int id = 0; id < x.length; id++) {
            if (!isNumber(distinct.get(id))) {
                throw new BadValue(id, "non-numeric value " + distinct.get(id) + " at " + level.name()
                        .toLowerCase() + " level");
            }
            x[id] = Double.parseDouble(distinct.get(id).strip());
            if (level == Level.RATIO && x[id] < 0) {
                throw new BadValue(id, "negative value " + distinct.get(id) + " at ratio level");
            }
        }
        ValueDomain domain = level == Level.RATIO ? ValueDomain.ratio(x) : ValueDomain.interval(x);
        int[] codes = new int[x.length];
        for (int id = 0; id < x.length; id++) {
            codes[id] = domain.indexOf(ValueDomain.numberLabel(x[id]));
        }
        return new Coded(domain, codes, null);
    }

    private static Coded sets(List<String> distinct, List<String> declared) {
        List<List<String>> keys = new ArrayList<>();
        TreeSet<String> seen = new TreeSet<>();
        for (int id = 0; id < distinct.size(); id++) {
            String s = distinct.get(id);
            List<String> k = s.isEmpty() ? List.of() : Arrays.asList(s.split("\\|", -1));
            if (k.contains("")) {
                throw new BadValue(id, "empty category key in " + s);
            }
            keys.add(k);
            seen.addAll(k);
        }
        List<String> categories = declared != null ? declared : List.copyOf(seen);
        if (categories.size() > ValueDomain.MAX_SET_CATEGORIES) {
            throw new BadValue(0, "at most " + ValueDomain.MAX_SET_CATEGORIES + " categories, found "
                    + categories.size());
        }
        ValueDomain domain = ValueDomain.set(categories);
        long[] masks = new long[distinct.size()];
        int[] codes = new int[distinct.size()];
        for (int id = 0; id < masks.length; id++) {
            codes[id] = id;
            for (String key : keys.get(id)) {
                int k = domain.indexOf(key);
                if (k < 0) {
                    throw new BadValue(id, "category " + key + " is not among the declared categories");
                }
                masks[id] |= 1L << k;
            }
        }
        return new Coded(domain, codes, masks);
    }

    static boolean isNumber(String s) {
        String t = s.strip();
        if (t.isEmpty()) {
            return false;
        }
        try {
            return Double.isFinite(Double.parseDouble(t));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
