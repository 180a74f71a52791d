package org.latitude.agreement;

import java.util.List;
import java.util.Map;

/**
 * Everything the engine computed on one field: the flat list of figures for {@code report.json} /
 * {@code measures.csv}, and the richer results a report charts. Components that do not apply are {@code null}
 * (e.g. pairwise κ for set-valued data, Dawid–Skene when switched off, models when there are none).
 *
 * @param field       the field's name, e.g. {@code response_verdict[caution=unsafe]}
 * @param domain      its declared values
 * @param figures     every figure, human coders only unless a figure's qualifiers say otherwise
 * @param alphas      α with each difference function computed (human coders)
 * @param multiRater  Fleiss' κ, AC1, S, Conger's κ, percent agreement (non-set fields)
 * @param pairwise    Cohen's κ for every pair of coders, models included (non-set fields)
 * @param majority    the human majority vote
 * @param dawidSkene  Dawid–Skene fit on the humans
 * @param comparison  leave-one-out agreement of each human, and each model against the humans
 * @param categories  set-valued fields: the same analysis of each category as present/absent, by category key
 */
public record FieldAgreement(String field, ValueDomain domain, List<Figure> figures, List<AlphaResult> alphas,
                             MultiRaterResult multiRater, PairwiseAgreement pairwise, Consensus majority,
                             DawidSkeneResult dawidSkene, HumanModelResult comparison,
                             Map<String, FieldAgreement> categories) {

    public FieldAgreement {
        figures = List.copyOf(figures);
        alphas = List.copyOf(alphas);
        categories = categories == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(categories));
    }

    /** All figures of this field and of its categories, in report order. */
    public List<Figure> allFigures() {
        List<Figure> all = new java.util.ArrayList<>(figures);
        categories.values().forEach(c -> all.addAll(c.allFigures()));
        return all;
    }
}
