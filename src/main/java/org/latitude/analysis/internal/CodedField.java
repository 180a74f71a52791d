package org.latitude.analysis.internal;

import java.util.Arrays;
import java.util.List;
import org.latitude.agreement.DuplicatePolicy;
import org.latitude.agreement.RatingTable;
import org.latitude.agreement.ValueDomain;

/**
 * The ratings of one field as parallel int columns (unit code, coder code, value code), filled while rows stream
 * from the database and turned into a {@link RatingTable} without a record per rating.
 */
final class CodedField {

    private final String name;
    private final ValueDomain domain;
    private int[] unit = new int[1024];
    private int[] coder = new int[1024];
    private int[] value = new int[1024];
    private int size;

    CodedField(String name, ValueDomain domain) {
        this.name = name;
        this.domain = domain;
    }

    /** The same ratings under another domain (value codes unchanged). */
    CodedField withDomain(ValueDomain other) {
        CodedField out = new CodedField(name, other);
        out.unit = unit;
        out.coder = coder;
        out.value = value;
        out.size = size;
        return out;
    }

    String name() {
        return name;
    }

    ValueDomain domain() {
        return domain;
    }

    int size() {
        return size;
    }

    void add(int unitCode, int coderCode, int valueCode) {
        if (size == unit.length) {
            int grown = size + (size >> 1);
            unit = Arrays.copyOf(unit, grown);
            coder = Arrays.copyOf(coder, grown);
            value = Arrays.copyOf(value, grown);
        }
        unit[size] = unitCode;
        coder[size] = coderCode;
        value[size++] = valueCode;
    }

    /**
     * The table of the field.
     *
     * @param setMasks for a set-valued field the category mask of each value code, else null
     */
    RatingTable table(List<String> unitIds, List<String> coderIds, long[] setMasks) {
        // only the coders who rated this field (e.g. a model that judged prompts only has no response verdicts)
        int[] compact = new int[coderIds.size()];
        Arrays.fill(compact, -1);
        List<String> used = new java.util.ArrayList<>();
        int[] coders = new int[size];
        for (int i = 0; i < size; i++) {
            int c = coder[i];
            if (compact[c] < 0) {
                compact[c] = used.size();
                used.add(coderIds.get(c));
            }
            coders[i] = compact[c];
        }
        return RatingTable.fromCodes(domain, unitIds, used, setMasks, unit, coders, value, size,
                DuplicatePolicy.REJECT);
    }
}
