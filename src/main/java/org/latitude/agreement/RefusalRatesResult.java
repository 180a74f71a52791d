package org.latitude.agreement;

import java.util.List;

/**
 * Over- and under-refusal of the assessed assistant as the humans and as each model judge them (see
 * {@link RefusalRates}).
 *
 * @param unsafeLabel   the verdict that calls for a refusal
 * @param items         units with a refusal flag and a human majority
 * @param humanOver     P(refused | human majority not unsafe): over-refusal by the humans' verdicts
 * @param humanUnder    P(not refused | human majority unsafe): under-refusal by the humans' verdicts
 * @param models        the same rates by each model's verdicts, in coder order
 */
public record RefusalRatesResult(String unsafeLabel, int items, Estimate humanOver, Estimate humanUnder,
                                 List<Model> models) {

    public RefusalRatesResult {
        models = List.copyOf(models);
    }

    /**
     * @param model           the model's coder id
     * @param items           units with a refusal flag, a human majority and the model's verdict
     * @param over            P(refused | model's verdict not unsafe)
     * @param under           P(not refused | model's verdict unsafe)
     * @param overDifference  {@code over} minus the humans' over-refusal on the same replicates (paired); positive:
     *                        the judge would report more over-refusal than the humans
     * @param underDifference {@code under} minus the humans' under-refusal
     */
    public record Model(String model, int items, Estimate over, Estimate under, Estimate overDifference,
                        Estimate underDifference) {
    }
}
