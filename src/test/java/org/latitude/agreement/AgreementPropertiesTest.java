package org.latitude.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * Properties every coefficient must have: permuting units, coders or the input order changes nothing; perfect
 * agreement gives 1; constant data (no variation) gives NaN with a reason, never 0 or 1.
 */
class AgreementPropertiesTest {

    private static final List<Function<RatingTable, Double>> COEFFICIENTS = List.of(
            t -> KrippendorffAlpha.nominal(t).value(), t -> KrippendorffAlpha.ordinal(t).value(),
            t -> KrippendorffAlpha.interval(t).value(), t -> KrippendorffAlpha.ratio(t).value(),
            t -> MultiRaterAgreement.compute(t).fleissKappa().value(),
            t -> MultiRaterAgreement.compute(t).gwetAc().value(),
            t -> MultiRaterAgreement.compute(t).congerKappa().value(),
            t -> MultiRaterAgreement.compute(t).bennettS().value(),
            t -> CoderPairs.compute(t).lightKappa().value());

    @RepeatedTest(10)
    void permutingUnitsCodersAndRowsChangesNothing(RepetitionInfo repetition) {
        List<String[]> rows = rows(repetition.getCurrentRepetition());
        RatingTable original = table(rows, c -> c);
        List<String[]> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, new Random(repetition.getCurrentRepetition()));
        RatingTable permuted = table(shuffled, c -> "z" + (char) ('a' + 25 - c.charAt(1) + '0'));
        for (Function<RatingTable, Double> coefficient : COEFFICIENTS) {
            assertThat(coefficient.apply(permuted)).isCloseTo(coefficient.apply(original), within(1e-12));
        }
        for (SetDistance d : SetDistance.values()) {
            assertThat(KrippendorffAlpha.sets(sets(shuffled), d).value())
                    .isCloseTo(KrippendorffAlpha.sets(sets(rows), d).value(), within(1e-12));
        }
    }

    @Test
    void perfectAgreementGivesOne() {
        RatingTableBuilder b = RatingTable.builder(ValueDomain.interval(1, 2, 3));
        for (int u = 0; u < 30; u++) {
            for (int c = 0; c < 4; c++) {
                if ((u + c) % 5 != 0) {
                    b.addCode("u" + u, "c" + c, u % 3);
                }
            }
        }
        RatingTable t = b.build();
        for (Function<RatingTable, Double> coefficient : COEFFICIENTS) {
            assertThat(coefficient.apply(t)).isCloseTo(1.0, within(1e-12));
        }
    }

    @Test
    void constantDataIsUndefinedWithAReason() {
        RatingTableBuilder b = RatingTable.builder(ValueDomain.nominal(List.of("safe", "unsafe")));
        for (int u = 0; u < 10; u++) {
            b.add("u" + u, "a", "safe").add("u" + u, "b", "safe");
        }
        RatingTable t = b.build();
        AlphaResult alpha = KrippendorffAlpha.nominal(t);
        assertThat(alpha.value()).isNaN();
        assertThat(alpha.reason()).contains("no variation");
        Coefficient kappa = MultiRaterAgreement.compute(t).fleissKappa();
        assertThat(kappa.value()).isNaN();
        assertThat(kappa.reason()).contains("chance agreement is 1");
        assertThat(CoderPairs.compute(t).pairs().get(0).cohenKappa().reason()).isNotBlank();
        assertThat(MultiRaterAgreement.percentAgreement(t)).isEqualTo(1.0);
    }

    @Test
    void noPairableUnitIsUndefinedWithAReason() {
        RatingTable t = RatingTable.builder(ValueDomain.nominal(List.of("x", "y"))).add("u1", "a", "x")
                .add("u2", "b", "y").build();
        assertThat(KrippendorffAlpha.nominal(t).reason()).isEqualTo("no unit has two or more ratings");
        assertThat(MultiRaterAgreement.compute(t).gwetAc().reason()).isEqualTo("no unit has two or more ratings");
        assertThat(CoderPairs.compute(t).pairs().get(0).cohenKappa().reason()).contains("share no unit");
    }

    private static List<String[]> rows(long seed) {
        Random random = new Random(seed);
        List<String[]> rows = new ArrayList<>();
        for (int u = 0; u < 40; u++) {
            int truth = random.nextInt(4);
            for (int c = 0; c < 5; c++) {
                if (random.nextDouble() < 0.75) {
                    int v = random.nextDouble() < 0.6 ? truth : random.nextInt(4);
                    rows.add(new String[] {"u" + u, "c" + c, String.valueOf(v + 1)});
                }
            }
        }
        return rows;
    }

    private static RatingTable table(List<String[]> rows, Function<String, String> rename) {
        RatingTableBuilder b = RatingTable.builder(ValueDomain.interval(1, 2, 3, 4));
        rows.forEach(r -> b.add(r[0], rename.apply(r[1]), r[2]));
        return b.build();
    }

    private static RatingTable sets(List<String[]> rows) {
        RatingTableBuilder b = RatingTable.builder(ValueDomain.set(List.of("1", "2", "3", "4")));
        rows.forEach(r -> b.add(r[0], r[1], Integer.parseInt(r[2]) == 4 ? "" : r[2] + "|" + (r[2].equals("1")
                ? "2" : "3")));
        return b.build();
    }
}
