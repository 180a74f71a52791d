package org.latitude.agreement;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Set-valued (multi-label) fields (docs/methods.md): α with MASI (Passonneau 2006), Jaccard and exact-set
 * distances, exact-set percent agreement, and the binary analysis of each category as present/absent (the primary
 * view: per-category α, AC1, Dawid–Skene, model over/under-flagging).
 */
final class SetFieldAnalysis {

    private static final List<SetDistance> DISTANCES = List.of(SetDistance.MASI, SetDistance.JACCARD,
            SetDistance.EXACT);

    private SetFieldAnalysis() {
    }

    static FieldAgreement analyze(String field, RatingTable table, RatingTable scope, RatingTable humans,
                                  Set<String> models, AnalysisOptions options, FigureSheet sheet) {
        List<AlphaResult> alphas = DISTANCES.stream().map(d -> KrippendorffAlpha.sets(humans, d)).toList();
        int[] f = new int[alphas.size()];
        for (int i = 0; i < f.length; i++) {
            f[i] = sheet.add("alpha_" + alphas.get(i).metric(), alphas.get(i), definition(DISTANCES.get(i)));
        }
        sheet.resample(w -> DISTANCES.stream().mapToDouble(d -> KrippendorffAlpha.sets(humans, d, w).value())
                .toArray(), f);
        int pct = sheet.add("percent_agreement", MultiRaterAgreement.percentAgreement(humans),
                humans.pairableUnitCount(), CodedFigures.PERCENT_AGREEMENT + "; sets must match exactly",
                Coefficient.NO_PAIRABLE);
        sheet.resample(w -> new double[] {MultiRaterAgreement.percentAgreement(humans, w)}, pct);
        if (!models.isEmpty()) {
            AlphaResult withModels = KrippendorffAlpha.sets(scope, SetDistance.MASI);
            sheet.qualify(sheet.add("alpha_masi", withModels,
                    "MASI α with the models as extra coders, on the units humans rated"), "raters", "humans+models");
        }
        List<Figure> figures = sheet.finish(humans, options, List.of());
        Map<String, FieldAgreement> categories = AgreementEngine.categories(field, table, models, options);
        return new FieldAgreement(field, humans.domain, figures, alphas, null, null, null, null, null, categories);
    }

    private static String definition(SetDistance d) {
        return switch (d) {
            case MASI -> "Krippendorff's α with MASI distance (Passonneau 2006, exact 2/3 and 1/3; J(∅,∅) = 1)";
            case JACCARD -> "Krippendorff's α with Jaccard distance (δ(∅,∅) = 0)";
            case EXACT -> "nominal α over whole sets (exact match, the strict view)";
            default -> "Krippendorff's α with " + d.key() + " distance";
        };
    }
}
