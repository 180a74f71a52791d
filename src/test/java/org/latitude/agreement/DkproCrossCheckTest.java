package org.latitude.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.dkpro.statistics.agreement.coding.BennettSAgreement;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.coding.HubertKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.coding.PercentageAgreement;
import org.dkpro.statistics.agreement.coding.RandolphKappaAgreement;
import org.dkpro.statistics.agreement.coding.ScottPiAgreement;
import org.dkpro.statistics.agreement.coding.WeightedKappaAgreement;
import org.dkpro.statistics.agreement.distance.IDistanceFunction;
import org.dkpro.statistics.agreement.distance.IntervalDistanceFunction;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.distance.OrdinalDistanceFunction;
import org.dkpro.statistics.agreement.distance.RatioDistanceFunction;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Cross-check against DKPro Agreement 2.2.0 (Meyer et al. 2014) on randomised data, for the measures both define:
 * α at four levels (with missing ratings), one-vs-rest α, and on complete data Fleiss' κ, Conger's κ (DKPro
 * "Hubert"), Bennett's S (DKPro "Randolph" for more than two coders), percent agreement, one-vs-rest α, and for
 * two coders Cohen's κ, Scott's π, Bennett's S, weighted κ. (With missing ratings DKPro's category agreement is
 * not one-vs-rest α, so it is compared on complete data only.)
 */
class DkproCrossCheckTest {

    private static final double TOLERANCE = 1e-9;

    @RepeatedTest(40)
    void alphaWithMissingRatingsMatchesDkpro(RepetitionInfo repetition) {
        Random r = new Random(repetition.getCurrentRepetition(), 0.3);
        CodingAnnotationStudy study = r.study();
        RatingTable table = r.table();
        assertThat(KrippendorffAlpha.nominal(table).value()).isCloseTo(
                new KrippendorffAlphaAgreement(study, new NominalDistanceFunction()).calculateAgreement(),
                within(TOLERANCE));
        assertThat(KrippendorffAlpha.ordinal(table).value()).isCloseTo(
                new KrippendorffAlphaAgreement(study, new OrdinalDistanceFunction()).calculateAgreement(),
                within(TOLERANCE));
        assertThat(KrippendorffAlpha.interval(table).value()).isCloseTo(
                new KrippendorffAlphaAgreement(study, new IntervalDistanceFunction()).calculateAgreement(),
                within(TOLERANCE));
        assertThat(KrippendorffAlpha.ratio(table).value()).isCloseTo(
                new KrippendorffAlphaAgreement(study, new RatioDistanceFunction()).calculateAgreement(),
                within(TOLERANCE));
    }

    @RepeatedTest(40)
    void multiRaterCoefficientsOnCompleteDataMatchDkpro(RepetitionInfo repetition) {
        Random r = new Random(repetition.getCurrentRepetition() + 1000, 0);
        CodingAnnotationStudy study = r.study();
        RatingTable table = r.table();
        MultiRaterResult ours = MultiRaterAgreement.compute(table);
        assertThat(ours.fleissKappa().value()).isCloseTo(new FleissKappaAgreement(study).calculateAgreement(),
                within(TOLERANCE));
        assertThat(ours.congerKappa().value()).isCloseTo(new HubertKappaAgreement(study).calculateAgreement(),
                within(TOLERANCE));
        assertThat(ours.bennettS().value()).isCloseTo(new RandolphKappaAgreement(study).calculateAgreement(),
                within(TOLERANCE));
        KrippendorffAlphaAgreement dkpro = new KrippendorffAlphaAgreement(study, new NominalDistanceFunction());
        for (int k = 0; k < r.categories; k++) {
            assertThat(KrippendorffAlpha.oneVsRest(table, k).value()).isCloseTo(
                    dkpro.calculateCategoryAgreement(k + 1), within(TOLERANCE));
        }
        assertThat(ours.percentAgreement()).isCloseTo(new PercentageAgreement(study).calculateAgreement(),
                within(TOLERANCE));
    }

    @RepeatedTest(40)
    void twoCoderCoefficientsMatchDkpro(RepetitionInfo repetition) {
        Random r = new Random(repetition.getCurrentRepetition() + 2000, 0, 2);
        CodingAnnotationStudy study = r.study();
        RatingTable table = r.table();
        CoderPair pair = CoderPairs.compute(table).pairs().get(0);
        assertThat(pair.cohenKappa().value()).isCloseTo(new CohenKappaAgreement(study).calculateAgreement(),
                within(TOLERANCE));
        assertThat(pair.scottPi().value()).isCloseTo(new ScottPiAgreement(study).calculateAgreement(),
                within(TOLERANCE));
        assertThat(MultiRaterAgreement.compute(table).bennettS().value()).isCloseTo(
                new BennettSAgreement(study).calculateAgreement(), within(TOLERANCE));
        IDistanceFunction linear = (s, a, b) -> Math.abs((Integer) a - (Integer) b);
        assertThat(CoderPairs.compute(table, CoderPairs.indexDistances(r.categories, 1)).pairs().get(0)
                .weightedKappa().value()).isCloseTo(new WeightedKappaAgreement(study, linear).calculateAgreement(),
                within(TOLERANCE));
        assertThat(CoderPairs.compute(table, CoderPairs.indexDistances(r.categories, 2)).pairs().get(0)
                .weightedKappa().value()).isCloseTo(new WeightedKappaAgreement(study,
                new IntervalDistanceFunction()).calculateAgreement(), within(TOLERANCE));
    }

    /** Random study: coders agree with a latent value with probability 0.6, values 1..V, cells missing at a rate. */
    private static final class Random {
        final int categories;
        final Integer[][] rows;
        final int coders;

        Random(long seed, double missing) {
            this(seed, missing, 2 + (int) (seed % 5));
        }

        Random(long seed, double missing, int coders) {
            SplittableRandom random = new SplittableRandom(seed);
            this.coders = coders;
            categories = 2 + random.nextInt(4);
            int units = 20 + random.nextInt(150);
            List<Integer[]> kept = new ArrayList<>();
            for (int u = 0; u < units; u++) {
                int truth = 1 + random.nextInt(categories);
                Integer[] row = new Integer[coders];
                for (int c = 0; c < coders; c++) {
                    if (random.nextDouble() >= missing) {
                        row[c] = random.nextDouble() < 0.6 ? truth : 1 + random.nextInt(categories);
                    }
                }
                if (IntStream.range(0, coders).anyMatch(c -> row[c] != null)) {
                    kept.add(row);
                }
            }
            rows = kept.toArray(Integer[][]::new);
        }

        CodingAnnotationStudy study() {
            CodingAnnotationStudy study = new CodingAnnotationStudy(coders);
            for (int k = 1; k <= categories; k++) {
                study.addCategory(k);
            }
            for (Integer[] row : rows) {
                study.addItemAsArray(row);
            }
            return study;
        }

        RatingTable table() {
            RatingTableBuilder b = RatingTable.builder(ValueDomain.interval(
                    IntStream.rangeClosed(1, categories).asDoubleStream().toArray()));
            for (int u = 0; u < rows.length; u++) {
                for (int c = 0; c < coders; c++) {
                    if (rows[u][c] != null) {
                        b.addCode("u" + u, "c" + c, rows[u][c] - 1);
                    }
                }
            }
            return b.build();
        }
    }
}
