package org.latitude.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/** The bootstrap's sufficient-statistics route gives the same coefficients as the direct computations. */
class NominalResamplingTest {

    @RepeatedTest(10)
    void sameValuesAsTheDirectComputationsUnderRandomWeights(RepetitionInfo repetition) {
        long seed = repetition.getCurrentRepetition();
        RatingTable t = new Synthetic(seed, 150, new double[] {0.8, 0.6, 0.7, 0.5}, new double[] {0.5, 0.3, 0.2},
                0.3).table;
        SplittableRandom random = new SplittableRandom(seed);
        int[] w = new int[t.unitCount()];
        for (int i = 0; i < w.length; i++) {
            w[random.nextInt(w.length)]++;
        }
        double[] fast = new NominalResampling(t).evaluate(w);
        MultiRaterResult direct = MultiRaterAgreement.compute(t, AgreementWeights.identity(t.valueCount()), w);
        double[] expected = {KrippendorffAlpha.nominal(t, w).value(), direct.fleissKappa().value(),
            direct.gwetAc().value(), direct.bennettS().value(), direct.congerKappa().value(),
            direct.percentAgreement()};
        for (int i = 0; i < expected.length; i++) {
            assertThat(fast[i]).as("component " + i).isCloseTo(expected[i], within(1e-12));
        }
        for (int k = 0; k < t.valueCount(); k++) {
            assertThat(fast[6 + k]).isCloseTo(KrippendorffAlpha.nominal(t.indicator(k), w).value(), within(1e-12));
        }
    }
}
