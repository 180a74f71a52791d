package org.latitude.agreement;

import java.util.List;

/**
 * Humans vs models on one field.
 *
 * @param humanMajority the human consensus the models are compared with
 * @param humans        each human's leave-one-out agreement
 * @param models        one comparison per model, in coder order
 */
public record HumanModelResult(Consensus humanMajority, List<AnnotatorAgreement> humans,
                               List<ModelComparison> models) {

    public HumanModelResult {
        humans = List.copyOf(humans);
        models = List.copyOf(models);
    }
}
