package org.latitude.judge.internal.live;

import java.util.ArrayList;
import java.util.List;
import org.latitude.judge.PairPreference;
import org.latitude.judge.PresentedOrder;
import org.latitude.judge.PrincipleAnswer;
import org.latitude.judge.SafetyVerdict;
import org.latitude.judge.internal.imports.Rows;
import org.latitude.judge.internal.imports.Rows.PairForm;

/**
 * Turns a unit's answered calls into judgments in item terms. Safety: call 0 judged the prompt, call 1 the response.
 * Pairs and principles: call 0 showed A first (order AB), call 1 B first (BA). With log-probabilities the judgment is
 * the probabilities; without, the discrete answer. Unparseable calls give no judgment (the call keeps the raw text).
 */
final class UnitJudgments {

    private UnitJudgments() {
    }

    static Rows of(CallStore.UnitContext c, List<CallStore.StoredCall> calls) {
        Rows rows = new Rows();
        List<CallStore.StoredCall> answered = calls.stream().filter(k -> k.outcome().equals("ANSWERED")).toList();
        switch (c.kind()) {
            case SAFETY -> safety(c, answered, rows);
            case PAIRWISE -> answered.forEach(k -> pair(c, k, rows));
            case PRINCIPLE -> answered.forEach(k -> principle(c, k, rows));
        }
        return rows;
    }

    private static void safety(CallStore.UnitContext c, List<CallStore.StoredCall> answered, Rows rows) {
        SafetyVerdict prompt = null;
        SafetyVerdict response = null;
        Double pPrompt = null;
        Double pResponse = null;
        List<Rows.Entry> entries = new ArrayList<>();
        for (CallStore.StoredCall k : answered) {
            String[] parts = k.parsed().split("\\|");
            SafetyVerdict v = SafetyVerdict.valueOf(parts[0]);
            if (k.call() == 0) {
                prompt = v;
                pPrompt = k.pUnsafe();
            } else {
                response = v;
                pResponse = k.pUnsafe();
            }
            for (int i = 1; i < parts.length; i++) {
                String key = parts[i].substring(2);
                if (entries.stream().noneMatch(e -> e.key().equals(key))) {
                    entries.add(new Rows.Entry(parts[i].startsWith("l:"), key, true, null));
                }
            }
        }
        if (prompt != null || response != null) {
            rows.safety.add(new Rows.Safety(0, c.itemId(), prompt, response, pPrompt, pResponse, entries));
        }
    }

    private static void pair(CallStore.UnitContext c, CallStore.StoredCall k, Rows rows) {
        PresentedOrder order = k.call() == 0 ? PresentedOrder.AB : PresentedOrder.BA;
        boolean swapped = order == PresentedOrder.BA;
        if (k.pA() != null) {
            rows.pairs.add(new Rows.Pair(0, c.itemId(), PairForm.PROBABILITIES, order, null,
                    swapped ? k.pB() : k.pA(), swapped ? k.pA() : k.pB(), k.pNeither()));
        } else {
            PairPreference p = switch (k.parsed()) {
                case "A" -> swapped ? PairPreference.B : PairPreference.A;
                case "B" -> swapped ? PairPreference.A : PairPreference.B;
                default -> PairPreference.TIE;
            };
            rows.pairs.add(new Rows.Pair(0, c.itemId(), PairForm.CHOICE, order, p, null, null, null));
        }
    }

    private static void principle(CallStore.UnitContext c, CallStore.StoredCall k, Rows rows) {
        PresentedOrder order = k.call() == 0 ? PresentedOrder.AB : PresentedOrder.BA;
        boolean swapped = order == PresentedOrder.BA;
        if (k.pA() != null) {
            rows.principles.addProbabilities(c.itemId(), c.principle(), order, swapped ? k.pB() : k.pA(),
                    swapped ? k.pA() : k.pB(), k.pNeither());
        } else {
            PrincipleAnswer a = switch (k.parsed()) {
                case "A" -> swapped ? PrincipleAnswer.B : PrincipleAnswer.A;
                case "B" -> swapped ? PrincipleAnswer.A : PrincipleAnswer.B;
                default -> PrincipleAnswer.NA;
            };
            rows.principles.addChoice(c.itemId(), c.principle(), order, a);
        }
    }
}
