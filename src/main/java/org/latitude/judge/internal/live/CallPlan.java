package org.latitude.judge.internal.live;

import java.util.ArrayList;
import java.util.List;
import org.latitude.dataset.Item;
import org.latitude.judge.JobSettings;
import org.latitude.judge.JudgmentKind;
import org.latitude.judge.internal.CampaignScope;

/** The calls of one unit, in order: what each asks and how its answer is read. */
final class CallPlan {

    record Call(int index, ChatRequest request) {
    }

    private CallPlan() {
    }

    static List<Call> of(JudgmentKind kind, Item item, int principle, JobSettings s, CampaignScope.Scope scope,
                         CategoryCodes codes) {
        List<Call> calls = new ArrayList<>();
        switch (kind) {
            case SAFETY -> {
                calls.add(call(0, JudgeTemplates.safety(item, codes, false), s));
                if (item.response().isPresent()) {
                    calls.add(call(1, JudgeTemplates.safety(item, codes, true), s));
                }
            }
            case PAIRWISE -> {
                calls.add(call(0, JudgeTemplates.pairwise(item, false), s));
                calls.add(call(1, JudgeTemplates.pairwise(item, true), s));
            }
            case PRINCIPLE -> {
                String text = scope.principles().principles().get(principle).text();
                calls.add(call(0, JudgeTemplates.principle(item, text, false), s));
                if (s.bothOrders()) {
                    calls.add(call(1, JudgeTemplates.principle(item, text, true), s));
                }
            }
        }
        return calls;
    }

    private static Call call(int index, List<ChatRequest.Message> messages, JobSettings s) {
        return new Call(index, new ChatRequest(messages, s.temperature(), s.maxTokens(), s.topLogprobs()));
    }

    static CallAnswer read(JudgmentKind kind, ChatResult result, CategoryCodes codes) {
        return kind == JudgmentKind.SAFETY ? AnswerReader.safety(result, codes) : AnswerReader.choice(result);
    }
}
