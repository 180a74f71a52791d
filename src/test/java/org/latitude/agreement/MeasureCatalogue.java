package org.latitude.agreement;

import java.util.List;
import java.util.Map;

/**
 * Maps the measure names of {@code ../shared/reference/agreement/expected_values.csv} to this engine's
 * computations, and says which (measure, implementation) rows use a definition this engine does not share, with
 * the reason (docs/methods.md).
 */
final class MeasureCatalogue {

    /** Reference files without missing ratings and with three or more coders. */
    private static final List<String> COMPLETE_3_PLUS_CODERS = List.of("fleiss1971_30x6.csv",
            "wikipedia_fleiss_10x14.csv", "krippendorff1980_p139_3x9.csv");

    private MeasureCatalogue() {
    }

    /** Why an implementation's row is not comparable, or {@code null} when the definitions coincide. */
    static String exclusion(String file, String measure, String source) {
        if (source.equals("R-irr") && measure.startsWith("alpha_") && COMPLETE_3_PLUS_CODERS.contains(file)) {
            return "irr::kripp.alpha mis-handles complete data with 3 or more coders (a known defect of that R function, see docs/validation.md)";
        }
        if (measure.equals("share_units_all_raters_identical") || measure.equals("units_used_by_kappam.fleiss")) {
            return "irr::agree / kappam.fleiss bookkeeping, not an agreement coefficient of this engine";
        }
        return null;
    }

    /** Computes {@code measure} on the table as the named implementation defines it. */
    static double compute(String measure, String source, RatingTable t) {
        String base = measure.replaceAll("\\[\\d+]$", "");
        int index = measure.endsWith("]") ? Integer.parseInt(measure.replaceAll(".*\\[(\\d+)]$", "$1")) - 1 : -1;
        return switch (base) {
            case "alpha_nominal", "alpha_exact_set" -> KrippendorffAlpha.nominal(t).value();
            case "alpha_ordinal" -> KrippendorffAlpha.ordinal(t).value();
            case "alpha_interval" -> KrippendorffAlpha.interval(t).value();
            case "alpha_ratio" -> KrippendorffAlpha.ratio(t).value();
            case "alpha_custom_weight(Chck=0.5)" -> KrippendorffAlpha.withDistances(t, checkHalfway(t), "chck").value();
            case "alpha_gwet_ordinal_weights" -> KrippendorffAlpha.withDistances(t,
                    distances(AgreementWeights.ordinal(t.valueCount())), "gwet-ordinal").value();
            case "alpha_one_vs_rest" -> KrippendorffAlpha.oneVsRest(t, index).value();
            case "alpha_set_jaccard" -> KrippendorffAlpha.sets(t, SetDistance.JACCARD).value();
            case "alpha_set_masi(2/3,1/3)" -> KrippendorffAlpha.sets(t, SetDistance.MASI).value();
            case "alpha_set_masi_nltk(0.67/0.33)" -> KrippendorffAlpha.sets(t, SetDistance.MASI_NLTK).value();
            case "alpha_set_masi_dkpro" -> KrippendorffAlpha.sets(t, SetDistance.MASI_DKPRO).value();
            case "alpha_set_passonneau2004" -> KrippendorffAlpha.sets(t, SetDistance.PASSONNEAU_2004).value();
            case "bennett_S" -> MultiRaterAgreement.compute(t).bennettS().value();
            case "fleiss_kappa" -> MultiRaterAgreement.compute(t).fleissKappa().value();
            case "conger_kappa" -> MultiRaterAgreement.compute(t).congerKappa().value();
            case "gwet_ac1" -> MultiRaterAgreement.compute(t).gwetAc().value();
            case "gwet_ac2_linear" -> MultiRaterAgreement.compute(t, AgreementWeights.linear(values(t))).gwetAc()
                    .value();
            case "gwet_ac2_quadratic" -> MultiRaterAgreement.compute(t, AgreementWeights.quadratic(values(t)))
                    .gwetAc().value();
            case "fleiss_kappa_quadratic" -> MultiRaterAgreement.compute(t, AgreementWeights.quadratic(values(t)))
                    .fleissKappa().value();
            case "fleiss_kappa_complete_units_only" -> MultiRaterAgreement.compute(completeUnits(t)).fleissKappa()
                    .value();
            case "conger_kappa_complete_units_only" -> MultiRaterAgreement.compute(completeUnits(t)).congerKappa()
                    .value();
            case "fleiss_category_kappa" -> MultiRaterAgreement.categoryKappas(t)[index].value();
            case "expected_agreement_fleiss" -> MultiRaterAgreement.compute(t).fleissKappa().chance();
            case "cohen_kappa" -> onlyPair(t, null).cohenKappa().value();
            case "expected_agreement_cohen" -> onlyPair(t, null).cohenKappa().chance();
            case "cohen_kappa_linear" -> onlyPair(t, CoderPairs.indexDistances(t.valueCount(), 1)).weightedKappa()
                    .value();
            case "cohen_kappa_quadratic" -> onlyPair(t, CoderPairs.indexDistances(t.valueCount(), 2))
                    .weightedKappa().value();
            case "cohen_kappa_custom_weight(Chck=0.5)" -> onlyPair(t, checkHalfway(t)).weightedKappa().value();
            case "cohen_kappa_mean_pairwise" -> CoderPairs.compute(t).lightKappa().value();
            case "pct_agreement" -> percentAgreement(source, t);
            case "pct_agreement_pooled_pairs" -> MultiRaterAgreement.compute(t).pooledPairAgreement();
            case "pct_agreement_value_weighted" -> 1 - KrippendorffAlpha.nominal(t).observedDisagreement();
            default -> throw new IllegalArgumentException("no computation for " + measure);
        };
    }

    /** Percent agreement: every source's definition coincides with Gwet's pa on the reference files but DKPro's. */
    private static double percentAgreement(String source, RatingTable t) {
        return source.equals("DKPro-2.2.0") ? 1 - KrippendorffAlpha.nominal(t).observedDisagreement()
                : MultiRaterAgreement.percentAgreement(t);
    }

    private static CoderPair onlyPair(RatingTable t, double[][] weights) {
        if (t.coderCount() != 2) {
            throw new IllegalArgumentException("Cohen's kappa needs two coders, the file has " + t.coderCount());
        }
        return CoderPairs.compute(t, weights).pairs().get(0);
    }

    private static RatingTable completeUnits(RatingTable t) {
        return t.selectUnits(u -> t.ratingsOf(u) == t.coderCount());
    }

    private static double[] values(RatingTable t) {
        double[] x = new double[t.valueCount()];
        for (int c = 0; c < x.length; c++) {
            x[c] = t.domain().isNumeric() ? t.domain().number(c) : c + 1;
        }
        return x;
    }

    private static double[][] distances(double[][] weights) {
        double[][] d = new double[weights.length][weights.length];
        for (int k = 0; k < d.length; k++) {
            for (int l = 0; l < d.length; l++) {
                d[k][l] = 1 - weights[k][l];
            }
        }
        return d;
    }

    /**
     * Artstein &amp; Poesio (2008) p.568: "check" (Chck) lies half-way between statement (STAT) and info-request
     * (IReq): δ(STAT, IReq) = 1, δ(Chck, either) = 0.5.
     */
    static double[][] checkHalfway(RatingTable t) {
        Map<String, Integer> code = Map.of("Chck", t.domain().indexOf("Chck"), "IReq", t.domain().indexOf("IReq"),
                "STAT", t.domain().indexOf("STAT"));
        double[][] d = new double[3][3];
        d[code.get("STAT")][code.get("IReq")] = d[code.get("IReq")][code.get("STAT")] = 1;
        for (String other : List.of("STAT", "IReq")) {
            d[code.get("Chck")][code.get(other)] = d[code.get(other)][code.get("Chck")] = 0.5;
        }
        return d;
    }
}
