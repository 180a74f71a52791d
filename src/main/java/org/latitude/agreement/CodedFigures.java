package org.latitude.agreement;

import java.util.List;
import java.util.function.IntPredicate;

/** The figures of a nominal, ordinal, interval or ratio field beyond α (see {@link AgreementEngine}). */
final class CodedFigures {

    static final String PERCENT_AGREEMENT = "mean over units with at least 2 ratings of the share of agreeing coder"
            + " pairs (Gwet's pa, definition 1 in docs/methods.md)";

    private CodedFigures() {
    }

    /**
     * Fleiss' κ, AC1, S, Conger's κ, percent agreement and one-vs-rest α (with more than two values), resampled
     * together with nominal α (figure {@code alphaNominal}) from per-unit sufficient statistics.
     */
    static MultiRaterResult nominalFamily(FigureSheet sheet, RatingTable humans, int alphaNominal) {
        MultiRaterResult r = MultiRaterAgreement.compute(humans);
        int q = r.categories();
        int v = humans.valueCount();
        int[] targets = new int[6 + v];
        java.util.Arrays.fill(targets, -1);
        targets[0] = alphaNominal;
        targets[1] = sheet.add("fleiss_kappa", r.fleissKappa(), r.pairableUnits(),
                "Fleiss' kappa generalised to unequal raters per unit (Gwet 2014)");
        targets[2] = sheet.add("gwet_ac1", r.gwetAc(), r.pairableUnits(),
                "Gwet's AC1 with q = " + q + " declared categories");
        targets[3] = sheet.add("bennett_s", r.bennettS(), r.pairableUnits(),
                "Bennett's S with q = " + q + " declared categories");
        targets[4] = sheet.add("conger_kappa", r.congerKappa(), r.pairableUnits(),
                "Conger's kappa; each coder's shares over all units they rated");
        targets[5] = sheet.add("percent_agreement", r.percentAgreement(), r.pairableUnits(), PERCENT_AGREEMENT,
                Coefficient.NO_PAIRABLE);
        if (v > 2) {
            for (int k = 0; k < v; k++) {
                targets[6 + k] = sheet.add("alpha_one_vs_rest", KrippendorffAlpha.oneVsRest(humans, k),
                        "binary nominal α of [value = label] (docs/methods.md)");
                sheet.qualify(targets[6 + k], "label", humans.valueLabel(k));
            }
        }
        sheet.resampleLazily(() -> new NominalResampling(humans)::evaluate, targets);
        if (humans.domain.isNumeric() && q > 1) {
            double[] x = new double[q];
            for (int c = 0; c < q; c++) {
                x[c] = humans.domain.number(c);
            }
            double[][] quadratic = AgreementWeights.quadratic(x);
            MultiRaterResult weighted = MultiRaterAgreement.compute(humans, quadratic);
            int ac2 = sheet.add("gwet_ac2_quadratic", weighted.gwetAc(), weighted.pairableUnits(),
                    "Gwet's AC2 with quadratic weights on the values");
            sheet.resample(w -> new double[] {MultiRaterAgreement.compute(humans, quadratic, w).gwetAc().value()},
                    ac2);
        }
        return r;
    }

    static PairwiseAgreement pairwise(FigureSheet sheet, RatingTable scope, IntPredicate isModel) {
        Level level = scope.level();
        int q = scope.valueCount();
        double[][] weights = switch (level) {
            case ORDINAL -> CoderPairs.indexDistances(q, 1);
            case INTERVAL, RATIO -> squaredDifferences(scope);
            default -> null;
        };
        String weightedName = level == Level.ORDINAL ? "cohen_kappa_linear" : "cohen_kappa_quadratic";
        PairwiseAgreement pairs = CoderPairs.compute(scope, weights);
        double sum = 0;
        int defined = 0;
        CoderPair onlyHumanPair = null;
        int humanPairs = 0;
        for (CoderPair p : pairs.pairs()) {
            boolean human = !isModel.test(scope.coderCode(p.coderA())) && !isModel.test(scope.coderCode(p.coderB()));
            List<String> coders = List.of(p.coderA(), p.coderB());
            sheet.qualify(sheet.add("cohen_kappa", p.cohenKappa(), p.sharedUnits(),
                    "Cohen's kappa on the units both coders rated"), "coders", coders);
            if (p.weightedKappa() != null) {
                sheet.qualify(sheet.add(weightedName, p.weightedKappa(), p.sharedUnits(), level == Level.ORDINAL
                        ? "Cohen's weighted kappa, linear index distances in the declared order"
                        : "Cohen's weighted kappa, squared differences of the values"), "coders", coders);
            }
            if (human) {
                humanPairs++;
                onlyHumanPair = p;
                if (p.cohenKappa().defined()) {
                    sum += p.cohenKappa().value();
                    defined++;
                }
            }
        }
        sheet.add("light_kappa", defined > 0 ? sum / defined : Double.NaN, scope.unitCount(),
                "mean pairwise Cohen's kappa over human pairs with a defined value (Light 1971)",
                "no human pair has a defined Cohen's kappa");
        if (humanPairs == 1) {
            sheet.add("scott_pi", onlyHumanPair.scottPi(), onlyHumanPair.sharedUnits(),
                    "Scott's pi of the two human coders on the units both rated");
        }
        return pairs;
    }

    private static double[][] squaredDifferences(RatingTable t) {
        int q = t.valueCount();
        double[][] d = new double[q][q];
        for (int k = 0; k < q; k++) {
            for (int l = 0; l < q; l++) {
                d[k][l] = Math.pow(t.domain.number(k) - t.domain.number(l), 2);
            }
        }
        return d;
    }

    static void dawidSkene(FigureSheet sheet, RatingTable humans, DawidSkeneResult ds) {
        String how = String.format(java.util.Locale.ROOT, "Dawid-Skene EM, %d iterations, last log-likelihood change "
                + "%.3g %s tolerance %.0e%s", ds.iterations(), ds.finalChange(), ds.converged() ? "<" : ">=",
                ds.tolerance(), ds.converged() ? ", converged" : ", not converged: stopped at the iteration cap");
        for (int j = 0; j < humans.coderCount(); j++) {
            sheet.qualify(sheet.add("ds_accuracy", ds.accuracy(j), humans.unitCount(),
                    "estimated accuracy sum_k prior_k * P(says k | truth k); " + how, null),
                    "annotator", humans.coderId(j));
        }
        double[] prior = ds.prior();
        for (int k = 0; k < prior.length; k++) {
            sheet.qualify(sheet.add("ds_prior", prior[k], humans.unitCount(), "estimated class prior; " + how, null),
                    "label", humans.valueLabel(k));
        }
    }

    static void comparison(FigureSheet sheet, RatingTable scope, IntPredicate isModel, HumanModelResult result) {
        Consensus majority = result.humanMajority();
        sheet.add("majority_tied_units", majority.tiedUnits(), scope.unitCount(),
                "units whose human majority is tied; " + majority.method(), null);
        for (AnnotatorAgreement a : result.humans()) {
            sheet.qualify(sheet.add("loo_kappa", a.kappaVsOthers(), a.units(),
                    "Cohen's kappa with the majority of the other humans (" + majority.method() + ")"),
                    "annotator", a.annotator());
        }
        for (ModelComparison m : result.models()) {
            ModelFigures.add(sheet, scope, majority, m);
        }
    }
}
