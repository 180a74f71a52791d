package org.latitude.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects long-format ratings (unit, coder, value) by id and label, interning ids, and builds a
 * {@link RatingTable}. Not thread-safe; the table it builds is immutable.
 */
public final class RatingTableBuilder {

    private final ValueDomain domain;
    private final Map<String, Integer> units = new HashMap<>();
    private final Map<String, Integer> coders = new HashMap<>();
    private final List<String> unitIds = new ArrayList<>();
    private final List<String> coderIds = new ArrayList<>();
    private final Map<Long, Integer> sets = new HashMap<>();
    private long[] masks = new long[16];
    private int[] unit = new int[64];
    private int[] coder = new int[64];
    private int[] value = new int[64];
    private int size;

    RatingTableBuilder(ValueDomain domain) {
        this.domain = domain;
    }

    /** Adds a rating whose value is a declared label (for interval/ratio data also a number equal to one). */
    public RatingTableBuilder add(String unitId, String coderId, String label) {
        if (domain.level() == Level.SET) {
            List<String> keys = label.isEmpty() ? List.of() : Arrays.asList(label.split("\\|", -1));
            return addSet(unitId, coderId, keys);
        }
        int code = domain.indexOf(label);
        if (code < 0 && domain.isNumeric()) {
            code = domain.indexOf(ValueDomain.numberLabel(Double.parseDouble(label)));
        }
        if (code < 0) {
            throw new IllegalArgumentException("value " + label + " is not declared in " + domain);
        }
        return addCode(unitId, coderId, code);
    }

    /** Adds a set-valued rating; an empty collection is the empty set (a real answer, not a missing one). */
    public RatingTableBuilder addSet(String unitId, String coderId, Collection<String> categoryKeys) {
        if (domain.level() != Level.SET) {
            throw new IllegalStateException("sets need a set-valued domain, not " + domain);
        }
        long mask = 0;
        for (String key : categoryKeys) {
            int k = domain.indexOf(key);
            if (k < 0) {
                throw new IllegalArgumentException("category " + key + " is not declared in " + domain);
            }
            mask |= 1L << k;
        }
        long m = mask;
        int code = sets.computeIfAbsent(m, x -> {
            if (sets.size() == masks.length) {
                masks = Arrays.copyOf(masks, masks.length * 2);
            }
            masks[sets.size()] = m;
            return sets.size();
        });
        return addCode(unitId, coderId, code);
    }

    /** Adds a rating by value code (the index of a declared label; for sets use {@link #addSet}). */
    public RatingTableBuilder addCode(String unitId, String coderId, int code) {
        if (size == unit.length) {
            unit = Arrays.copyOf(unit, size * 2);
            coder = Arrays.copyOf(coder, size * 2);
            value = Arrays.copyOf(value, size * 2);
        }
        unit[size] = intern(units, unitIds, unitId);
        coder[size] = intern(coders, coderIds, coderId);
        value[size++] = code;
        return this;
    }

    private static int intern(Map<String, Integer> codes, List<String> ids, String id) {
        Integer code = codes.get(id);
        if (code == null) {
            code = ids.size();
            codes.put(id, code);
            ids.add(id);
        }
        return code;
    }

    /** Builds the table, rejecting a second rating of a unit by the same coder. */
    public RatingTable build() {
        return build(DuplicatePolicy.REJECT);
    }

    public RatingTable build(DuplicatePolicy duplicates) {
        long[] setMasks = domain.level() == Level.SET ? Arrays.copyOf(masks, sets.size()) : null;
        return RatingTable.fromCodes(domain, unitIds, coderIds, setMasks, unit, coder, value, size, duplicates);
    }
}
