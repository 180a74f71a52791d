package org.latitude.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

/**
 * The one entry point of the agreement engine: analyses one field (a rating table with its declared domain) with
 * the given options, and returns every figure plus the richer results. The headless {@code analyze} command and
 * the web analysis call the same method; models are coders named in {@code models}: the agreement figures use the
 * human coders, and each model is then compared with them (docs/methods.md, "Aggregation and humans versus models").
 *
 * <p>Figures by level (measure names of docs/cli-analyze.md): counts ({@code units}, {@code coders}, {@code ratings},
 * {@code pairable_units}, {@code prevalence} per category); {@code alpha_nominal} and the α of the level
 * ({@code alpha_ordinal}, {@code alpha_interval}, {@code alpha_ratio}); {@code fleiss_kappa}, {@code gwet_ac1},
 * {@code bennett_s}, {@code conger_kappa}, {@code percent_agreement}; {@code alpha_one_vs_rest} per category;
 * {@code cohen_kappa} per coder pair (weighted variants at ordered levels), {@code light_kappa},
 * {@code scott_pi} (two coders); majority ties, Dawid–Skene accuracies and prior; each human's leave-one-out κ;
 * per model {@code model_kappa_vs_majority}, {@code over_flag_rate}, {@code under_flag_rate},
 * {@code model_loo_kappa}, {@code model_loo_percentile} and α with the models added. Set-valued fields:
 * {@code alpha_masi}, {@code alpha_jaccard}, {@code alpha_exact_set}, {@code percent_agreement} (exact set), and
 * the full binary analysis of each category (qualifier {@code category}).
 */
public final class AgreementEngine {

    private AgreementEngine() {
    }

    /**
     * @param field   the field's name in the figures
     * @param table   all ratings of the field, humans and models
     * @param models  coder ids that are models (may be empty)
     * @throws IllegalArgumentException if a model id has no rating in the table
     */
    public static FieldAgreement analyze(String field, RatingTable table, Set<String> models,
                                         AnalysisOptions options) {
        return analyze(field, table, models, options, null);
    }

    private static FieldAgreement analyze(String field, RatingTable table, Set<String> models,
                                          AnalysisOptions options, String category) {
        boolean[] model = new boolean[table.coderCount()];
        for (String id : models) {
            int code = table.coderCode(id);
            if (code < 0) {
                throw new IllegalArgumentException("model " + id + " has no rating on field " + field);
            }
            model[code] = true;
        }
        IntPredicate isModel = c -> model[c];
        RatingTable scope = models.isEmpty() ? table : table.selectUnits(u -> hasHuman(table, u, model));
        RatingTable humans = models.isEmpty() ? scope : scope.selectCoders(c -> !model[c]);
        FigureSheet sheet = new FigureSheet(field, category);
        counts(sheet, humans, models.size());
        if (table.level() == Level.SET) {
            return SetFieldAnalysis.analyze(field, table, scope, humans, models, options, sheet);
        }
        return codedField(field, scope, humans, isModel, !models.isEmpty(), options, sheet);
    }

    /** Analyses the same field as a binary present/absent field of one category (set-valued fields). */
    static FieldAgreement category(String field, RatingTable indicator, Set<String> models, AnalysisOptions options,
                                   String category) {
        return analyze(field, indicator, models, options.withPairwise(false), category);
    }

    private static boolean hasHuman(RatingTable t, int unit, boolean[] model) {
        for (int i = t.unitStart[unit]; i < t.unitStart[unit + 1]; i++) {
            if (!model[t.coder[i]]) {
                return true;
            }
        }
        return false;
    }

    private static void counts(FigureSheet sheet, RatingTable humans, int models) {
        sheet.add("units", humans.unitCount(), humans.unitCount(), "units with at least one human rating", null);
        sheet.add("coders", humans.coderCount(), humans.unitCount(), "human coders", null);
        sheet.add("ratings", humans.ratingCount(), humans.unitCount(), "human ratings", null);
        sheet.add("pairable_units", humans.pairableUnitCount(), humans.unitCount(),
                "units with at least two human ratings (the units α uses)", null);
        if (models > 0) {
            sheet.add("models", models, humans.unitCount(), "models compared with the humans", null);
        }
        double[] share = new double[humans.domain.size()];
        for (int i = 0; i < humans.ratingCount(); i++) {
            int v = humans.value[i];
            if (humans.setMasks == null) {
                share[v]++;
            } else {
                for (int k = 0; k < share.length; k++) {
                    share[k] += humans.setMasks[v] >>> k & 1L;
                }
            }
        }
        for (int k = 0; k < share.length; k++) {
            int f = sheet.add("prevalence", share[k] / humans.ratingCount(), humans.unitCount(),
                    humans.setMasks == null ? "share of human ratings with this value"
                            : "share of human ratings whose set contains this category", "no human rating");
            sheet.qualify(f, "label", humans.domain.labels().get(k));
        }
    }

    private static FieldAgreement codedField(String field, RatingTable scope, RatingTable humans,
                                             IntPredicate isModel, boolean hasModels, AnalysisOptions options,
                                             FigureSheet sheet) {
        Level level = humans.level();
        List<AlphaResult> alphas = new ArrayList<>();
        alphas.add(KrippendorffAlpha.nominal(humans));
        if (level != Level.NOMINAL) {
            alphas.add(KrippendorffAlpha.forLevel(humans, level));
        }
        int[] alphaFigures = alphas.stream().mapToInt(a -> sheet.add("alpha_" + a.metric(), a,
                "Krippendorff's α, " + a.metric() + " metric; units with fewer than 2 ratings dropped")).toArray();
        if (level != Level.NOMINAL) {
            sheet.resample(w -> new double[] {levelAlpha(humans, level, w)}, alphaFigures[1]);
        }
        MultiRaterResult multi = CodedFigures.nominalFamily(sheet, humans, alphaFigures[0]);
        List<Integer> keep = new ArrayList<>();
        if (options.ciMethod() == CiMethod.HAYES_KRIPPENDORFF && options.bootstrapReplicates() > 0) {
            HayesKrippendorffResult hk = HayesKrippendorffBootstrap.run(humans, level,
                    options.bootstrapReplicates(), options.seed(), options.confidenceLevel());
            int target = alphaFigures[alphaFigures.length - 1];
            sheet.interval(target, hk.interval());
            keep.add(target);
        }
        Supplier<DawidSkeneResult> fit = () -> DawidSkene.fit(humans, DawidSkene.DEFAULT_MAX_ITERATIONS,
                DawidSkene.DEFAULT_TOLERANCE, DawidSkene.DEFAULT_SMOOTHING, options.parallel());
        CompletableFuture<DawidSkeneResult> fitting = !options.dawidSkene() ? CompletableFuture.completedFuture(null)
                : options.parallel() ? CompletableFuture.supplyAsync(fit)
                : CompletableFuture.completedFuture(fit.get());
        PairwiseAgreement pairwise = options.pairwise() ? CodedFigures.pairwise(sheet, scope, isModel) : null;
        HumanModelResult comparison = options.tieRule() == TieRule.DAWID_SKENE ? null
                : HumanModelComparison.compare(scope, isModel, options.tieRule(), null);
        DawidSkeneResult ds = fitting.join();
        if (ds != null) {
            CodedFigures.dawidSkene(sheet, humans, ds);
        }
        if (comparison == null) {
            comparison = HumanModelComparison.compare(scope, isModel, options.tieRule(), ds);
        }
        CodedFigures.comparison(sheet, scope, isModel, comparison);
        if (hasModels) {
            AlphaResult withModels = KrippendorffAlpha.forLevel(scope, level);
            int f = sheet.add("alpha_" + withModels.metric(), withModels,
                    "Krippendorff's α with the models as extra coders, on the units humans rated");
            sheet.qualify(f, "raters", "humans+models");
        }
        List<Figure> figures = sheet.finish(humans, options, keep);
        return new FieldAgreement(field, humans.domain, figures, alphas, multi, pairwise,
                comparison.humanMajority(), ds, comparison, Map.of());
    }

    private static double levelAlpha(RatingTable humans, Level level, int[] w) {
        return switch (level) {
            case ORDINAL -> KrippendorffAlpha.ordinal(humans, w).value();
            case INTERVAL -> KrippendorffAlpha.interval(humans, w).value();
            case RATIO -> KrippendorffAlpha.ratio(humans, w).value();
            default -> throw new IllegalStateException("no level-specific α for " + level);
        };
    }

    /** Category analyses of a set-valued field, by key, in declared order. */
    static Map<String, FieldAgreement> categories(String field, RatingTable table, Set<String> models,
                                                  AnalysisOptions options) {
        Map<String, FieldAgreement> out = new LinkedHashMap<>();
        List<String> keys = table.domain.labels();
        for (int k = 0; k < keys.size(); k++) {
            out.put(keys.get(k), category(field, table.indicator(k), models, options, keys.get(k)));
        }
        return out;
    }
}
