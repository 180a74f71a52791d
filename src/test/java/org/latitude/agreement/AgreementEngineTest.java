package org.latitude.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The entry point: which figures each level yields, intervals, determinism, undefined values with reasons. */
class AgreementEngineTest {

    private final Synthetic nominal = new Synthetic(3, 300, new double[] {0.8, 0.7, 0.75, 0.6}, new double[] {0.5,
        0.3, 0.2}, 0.2);

    @Test
    void nominalFieldYieldsTheDocumentedMeasures() {
        FieldAgreement f = AgreementEngine.analyze("f", nominal.table, Set.of(), AnalysisOptions.defaults());
        assertThat(f.figures()).extracting(Figure::measure).contains("units", "coders", "ratings", "pairable_units",
                "prevalence", "alpha_nominal", "fleiss_kappa", "gwet_ac1", "bennett_s", "conger_kappa",
                "percent_agreement", "alpha_one_vs_rest", "cohen_kappa", "light_kappa", "ds_accuracy", "ds_prior",
                "majority_tied_units", "loo_kappa");
        assertThat(f.figures()).filteredOn(x -> x.measure().equals("cohen_kappa")).hasSize(6)
                .allSatisfy(x -> assertThat(x.qualifiers()).containsKey("coders"));
        assertThat(f.pairwise().kappaMatrix()).hasDimensions(4, 4);
        assertThat(f.dawidSkene()).isNotNull();
    }

    @Test
    void ordinalFieldAddsOrdinalAlphaAndWeightedKappa() {
        RatingTable t = RatingTable.builder(ValueDomain.ordinal(List.of("safe", "needs_caution", "unsafe")))
                .add("u1", "a", "safe").add("u1", "b", "needs_caution").add("u2", "a", "unsafe")
                .add("u2", "b", "unsafe").add("u3", "a", "safe").add("u3", "b", "safe").build();
        FieldAgreement f = AgreementEngine.analyze("response", t, Set.of(), AnalysisOptions.defaults());
        assertThat(f.figures()).extracting(Figure::measure).contains("alpha_nominal", "alpha_ordinal",
                "cohen_kappa_linear", "scott_pi");
    }

    @Test
    void bootstrapIntervalsAreReproducibleAndIndependentOfThreads() {
        AnalysisOptions options = AnalysisOptions.defaults().withBootstrap(200, 42);
        List<Figure> a = AgreementEngine.analyze("f", nominal.table, Set.of(), options).figures();
        List<Figure> b = AgreementEngine.analyze("f", nominal.table, Set.of(), new AnalysisOptions(200, 42, 0.95,
                CiMethod.UNIT_BOOTSTRAP, TieRule.EXCLUDE, true, true, false)).figures();
        assertThat(a).isEqualTo(b);
        Figure alpha = a.stream().filter(x -> x.measure().equals("alpha_nominal")).findFirst().orElseThrow();
        assertThat(alpha.ciLow()).isLessThan(alpha.value());
        assertThat(alpha.ciHigh()).isGreaterThan(alpha.value());
        assertThat(alpha.note()).contains("200 replicates, seed 42");
    }

    @Test
    void hayesKrippendorffIntervalsReplaceTheUnitBootstrapForAlphaOnly() {
        FieldAgreement f = AgreementEngine.analyze("f", nominal.table, Set.of(), AnalysisOptions.defaults()
                .withBootstrap(500, 1).withCiMethod(CiMethod.HAYES_KRIPPENDORFF));
        assertThat(f.figures()).filteredOn(x -> x.measure().equals("alpha_nominal")).singleElement()
                .satisfies(x -> assertThat(x.note()).contains(HayesKrippendorffBootstrap.METHOD));
        assertThat(f.figures()).filteredOn(x -> x.measure().equals("gwet_ac1")).singleElement()
                .satisfies(x -> assertThat(x.note()).contains(UnitBootstrap.METHOD));
    }

    @Test
    void setFieldYieldsSetAlphasAndOneAnalysisPerCategory() {
        RatingTable t = RatingTable.builder(ValueDomain.set(List.of("hate", "violence", "self_harm")))
                .add("u1", "a", "hate").add("u1", "b", "hate|violence").add("u2", "a", "")
                .add("u2", "b", "").add("u3", "a", "self_harm").add("u3", "b", "violence").build();
        FieldAgreement f = AgreementEngine.analyze("categories", t, Set.of(), AnalysisOptions.defaults());
        assertThat(f.figures()).extracting(Figure::measure).contains("alpha_masi", "alpha_jaccard",
                "alpha_exact_set", "percent_agreement");
        assertThat(f.categories()).containsOnlyKeys("hate", "violence", "self_harm");
        assertThat(f.allFigures()).filteredOn(x -> "violence".equals(x.qualifiers().get("category")))
                .extracting(Figure::measure).contains("alpha_nominal", "gwet_ac1", "prevalence");
    }

    @Test
    void undefinedFiguresCarryTheirReason() {
        RatingTable constant = RatingTable.builder(ValueDomain.nominal(List.of("safe", "unsafe")))
                .add("u1", "a", "safe").add("u1", "b", "safe").add("u2", "a", "safe").add("u2", "b", "safe").build();
        FieldAgreement f = AgreementEngine.analyze("f", constant, Set.of(), AnalysisOptions.defaults());
        assertThat(f.figures()).filteredOn(x -> Double.isNaN(x.value())).isNotEmpty()
                .allSatisfy(x -> assertThat(x.note()).contains("undefined"));
    }

    @Test
    void rejectsAModelWithoutRatings() {
        assertThatThrownBy(() -> AgreementEngine.analyze("f", nominal.table, Set.of("gpt"),
                AnalysisOptions.defaults())).hasMessageContaining("model gpt has no rating");
    }
}
