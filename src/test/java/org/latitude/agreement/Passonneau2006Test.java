package org.latitude.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.latitude.agreement.Published.assertPublished;
import static org.latitude.agreement.Published.table;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Set distances: MASI (Passonneau 2006), Jaccard, Passonneau (2004) and DKPro's MASI on the pairs of
 * {@code set_distance_pairs.csv} (NLTK doctests: MASI({1,2},{1,2,3,4}) = 0.665 with NLTK's 0.67, 2/3 exactly),
 * and set-valued α on DKPro's {@code SetAnnotationsTest} data.
 */
class Passonneau2006Test {

    @Test
    void everyDistanceOnTheReferencePairs() {
        List<String[]> rows = ReferenceTables.rows("set_distance_pairs.csv");
        TreeSet<String> keys = new TreeSet<>();
        rows.subList(1, rows.size()).forEach(r -> {
            keys.addAll(split(r[0]));
            keys.addAll(split(r[1]));
        });
        ValueDomain domain = ValueDomain.set(List.copyOf(keys));
        SetDistance[] columns = {SetDistance.JACCARD, SetDistance.MASI, SetDistance.MASI_NLTK,
            SetDistance.PASSONNEAU_2004, SetDistance.MASI_DKPRO};
        for (String[] r : rows.subList(1, rows.size())) {
            long a = mask(domain, r[0]);
            long b = mask(domain, r[1]);
            for (int c = 0; c < columns.length; c++) {
                assertThat(columns[c].between(a, b)).as(columns[c] + " " + r[0] + " vs " + r[1])
                        .isCloseTo(Double.parseDouble(r[2 + c]), within(5e-7));
                assertThat(columns[c].between(b, a)).isEqualTo(columns[c].between(a, b));
            }
        }
    }

    @Test
    void setValuedAlphaOnDkproSetAnnotations() {
        RatingTable data = table("sets_dkpro_2x9.csv");
        assertPublished(KrippendorffAlpha.sets(data, SetDistance.PASSONNEAU_2004).value(), "0.186");
        assertThat(KrippendorffAlpha.sets(data, SetDistance.MASI).value()).isCloseTo(0.2730806608357629,
                within(1e-9));
        assertPublished(MultiRaterAgreement.percentAgreement(data), "0.333");
    }

    private static List<String> split(String set) {
        return set.isEmpty() ? List.of() : Arrays.asList(set.split("\\|"));
    }

    private static long mask(ValueDomain domain, String set) {
        long m = 0;
        for (String key : split(set)) {
            m |= 1L << domain.indexOf(key);
        }
        return m;
    }
}
