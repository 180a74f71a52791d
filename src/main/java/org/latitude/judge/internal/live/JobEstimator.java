package org.latitude.judge.internal.live;

import java.util.ArrayList;
import java.util.List;
import org.latitude.dataset.Item;
import org.latitude.judge.CostEstimate;
import org.latitude.judge.JobSettings;
import org.latitude.judge.JudgmentKind;
import org.latitude.judge.internal.CampaignScope;
import org.springframework.stereotype.Component;

/**
 * A job's units and what they will cost: the prompts are rendered (all of them for up to 2,000 items, else an even
 * sample of 2,000 items scaled up) and counted at about 4 characters a token; completions at most max_tokens each.
 */
@Component
public class JobEstimator {

    static final int SAMPLE_ITEMS = 2000;

    private final CampaignScope scopes;

    JobEstimator(CampaignScope scopes) {
        this.scopes = scopes;
    }

    /** [item id, principle index or -1] per unit, in item order (× principle order). */
    public List<long[]> units(CampaignScope.Scope scope, JudgmentKind kind) {
        List<long[]> units = new ArrayList<>();
        for (long item : scopes.itemIds(scope)) {
            if (kind == JudgmentKind.PRINCIPLE) {
                for (int p = 0; p < scope.principleCount(); p++) {
                    units.add(new long[] {item, p});
                }
            } else {
                units.add(new long[] {item, -1});
            }
        }
        return units;
    }

    public long callsTotal(CampaignScope.Scope scope, JudgmentKind kind, JobSettings s, List<long[]> units) {
        return switch (kind) {
            case PAIRWISE -> 2L * units.size();
            case PRINCIPLE -> (s.bothOrders() ? 2L : 1L) * units.size();
            case SAFETY -> units.stream().mapToLong(u -> scopes.item(u[0]).response().isPresent() ? 2 : 1)
                    .sum();
        };
    }

    public CostEstimate estimate(CampaignScope.Scope scope, JudgmentKind kind, JobSettings s) {
        List<Long> items = scopes.itemIds(scope);
        int step = Math.max(1, items.size() / SAMPLE_ITEMS);
        CategoryCodes codes = scope.taxonomy() == null ? null : new CategoryCodes(scope.taxonomy());
        long calls = 0;
        long prompt = 0;
        int sampled = 0;
        for (int i = 0; i < items.size(); i += step) {
            Item item = scopes.item(items.get(i));
            int principles = kind == JudgmentKind.PRINCIPLE ? scope.principleCount() : 1;
            for (int p = 0; p < principles; p++) {
                for (CallPlan.Call c : CallPlan.of(kind, item, kind == JudgmentKind.PRINCIPLE ? p : -1, s, scope,
                        codes)) {
                    calls++;
                    prompt += c.request().estimatedPromptTokens();
                }
            }
            sampled++;
        }
        double scale = sampled == 0 ? 0 : (double) items.size() / sampled;
        long allCalls = Math.round(calls * scale);
        long promptTokens = Math.round(prompt * scale);
        long completion = allCalls * s.maxTokens();
        double cost = (promptTokens * s.inputPricePerMillion() + completion * s.outputPricePerMillion()) / 1e6;
        return new CostEstimate(kind == JudgmentKind.PRINCIPLE ? (long) items.size() * scope.principleCount()
                : items.size(), allCalls, promptTokens, completion, cost,
                allCalls <= s.budgetCalls() && promptTokens + completion <= s.budgetTokens());
    }
}
