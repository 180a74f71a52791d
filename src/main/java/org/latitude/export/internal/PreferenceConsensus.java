package org.latitude.export.internal;

import java.util.List;
import org.latitude.annotation.PairwiseAnswer;
import org.latitude.annotation.Preference;

/**
 * The consensus of one pair's preferences: the answer most annotators gave; when the most frequent answer is shared
 * (A and B equally often, or either as often as "tie"), the consensus is {@code tie}: no majority for a response.
 */
public record PreferenceConsensus(String preference, int a, int b, int tie, int annotations) {

    public static PreferenceConsensus of(List<PairwiseAnswer> answers) {
        int a = 0;
        int b = 0;
        int tie = 0;
        for (PairwiseAnswer answer : answers) {
            if (answer.preference() == Preference.A) {
                a++;
            } else if (answer.preference() == Preference.B) {
                b++;
            } else if (answer.preference() == Preference.TIE) {
                tie++;
            }
        }
        String preference = a > b && a > tie ? "A" : b > a && b > tie ? "B" : "tie";
        return new PreferenceConsensus(preference, a, b, tie, answers.size());
    }

    /** The share of annotators who gave the consensus answer (0 when none answered). */
    public double agreement() {
        int total = a + b + tie;
        if (total == 0) {
            return 0;
        }
        return (double) switch (preference) {
            case "A" -> a;
            case "B" -> b;
            default -> tie;
        } / total;
    }
}
