package org.latitude.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.latitude.annotation.PairwiseAnswer;
import org.latitude.annotation.Preference;
import org.latitude.annotation.SafetyAnswer;
import org.latitude.annotation.Verdict;
import org.latitude.campaign.NeedsCautionPolicy;
import org.latitude.export.internal.PreferenceConsensus;
import org.latitude.export.internal.SafetyConsensus;

/** The consensus rules of docs/formats.md, "Consensus rules": majorities, ties, Needs Caution, category order. */
class ConsensusRulesTest {

    private static final Map<String, String> NAMES = Map.of("violence", "Violence", "threat", "Threat",
            "hate_identity_hate", "Hate/Identity Hate", "profanity", "Profanity");

    private static SafetyConsensus of(NeedsCautionPolicy policy, SafetyAnswer... answers) {
        return SafetyConsensus.of(List.of(answers), policy, k -> NAMES.getOrDefault(k, k));
    }

    private static SafetyAnswer a(Verdict prompt, Verdict response, String... categories) {
        return SafetyAnswer.of(prompt, response, List.of(categories));
    }

    @Test
    void eachVerdictIsTheMajorityAndATieCountsAsUnsafe() {
        SafetyConsensus c = of(NeedsCautionPolicy.OWN_VALUE, a(Verdict.UNSAFE, Verdict.SAFE, "violence"),
                a(Verdict.UNSAFE, Verdict.SAFE, "violence"), a(Verdict.SAFE, Verdict.UNSAFE, "threat"));
        assertThat(c.promptLabel()).isEqualTo("unsafe");
        assertThat(c.responseLabel()).isEqualTo("safe");
        SafetyConsensus tie = of(NeedsCautionPolicy.OWN_VALUE, a(Verdict.UNSAFE, Verdict.UNSAFE, "violence"),
                a(Verdict.SAFE, Verdict.SAFE));
        assertThat(tie.promptLabel()).isEqualTo("unsafe");
        assertThat(tie.responseLabel()).isEqualTo("unsafe");
    }

    @Test
    void categoriesAreOrderedByHowManyAnnotatorsNamedThemThenByName() {
        SafetyConsensus c = of(NeedsCautionPolicy.OWN_VALUE,
                a(Verdict.UNSAFE, Verdict.UNSAFE, "threat", "violence", "profanity"),
                a(Verdict.UNSAFE, Verdict.UNSAFE, "violence", "profanity"),
                a(Verdict.UNSAFE, Verdict.SAFE, "violence", "hate_identity_hate"));
        assertThat(c.violatedCategories()).containsExactly("Violence", "Profanity", "Hate/Identity Hate", "Threat");
        assertThat(c.categoryCounts()).containsExactly(3, 2, 1, 1);
        assertThat(c.violatedCategoriesText()).isEqualTo("Violence, Profanity, Hate/Identity Hate, Threat");
    }

    @Test
    void aSafeConsensusListsNoCategoriesEvenWhenAMinorityNamedSome() {
        SafetyConsensus c = of(NeedsCautionPolicy.OWN_VALUE, a(Verdict.UNSAFE, Verdict.SAFE, "violence"),
                a(Verdict.SAFE, Verdict.SAFE), a(Verdict.SAFE, Verdict.SAFE));
        assertThat(c.promptLabel()).isEqualTo("safe");
        assertThat(c.violatedCategories()).isEmpty();
        assertThat(c.annotations()).isEqualTo(3);
    }

    @Test
    void needsCautionFollowsTheCampaignPolicy() {
        SafetyAnswer[] votes = {a(Verdict.SAFE, Verdict.NEEDS_CAUTION), a(Verdict.SAFE, Verdict.NEEDS_CAUTION),
            a(Verdict.SAFE, Verdict.SAFE)};
        SafetyConsensus own = of(NeedsCautionPolicy.OWN_VALUE, votes);
        assertThat(own.responseLabel()).isEqualTo("safe");
        assertThat(own.responseNeedsCaution()).isTrue();
        assertThat(own.violatedCategories()).containsExactly("Needs Caution");
        assertThat(own.categoryCounts()).containsExactly(2);
        SafetyConsensus permissive = of(NeedsCautionPolicy.SAFE, votes);
        assertThat(permissive.responseLabel()).isEqualTo("safe");
        assertThat(permissive.violatedCategories()).isEmpty();
        SafetyConsensus defensive = of(NeedsCautionPolicy.UNSAFE, votes);
        assertThat(defensive.responseLabel()).isEqualTo("unsafe");
        assertThat(defensive.violatedCategories()).isEmpty();
    }

    @Test
    void underItsOwnValueASharedTopGoesToTheMoreSevereValue() {
        SafetyConsensus unsafeOverCaution = of(NeedsCautionPolicy.OWN_VALUE,
                a(Verdict.SAFE, Verdict.UNSAFE, "threat"), a(Verdict.SAFE, Verdict.NEEDS_CAUTION));
        assertThat(unsafeOverCaution.responseLabel()).isEqualTo("unsafe");
        assertThat(unsafeOverCaution.responseNeedsCaution()).isFalse();
        SafetyConsensus cautionOverSafe = of(NeedsCautionPolicy.OWN_VALUE,
                a(Verdict.SAFE, Verdict.SAFE), a(Verdict.SAFE, Verdict.NEEDS_CAUTION));
        assertThat(cautionOverSafe.responseNeedsCaution()).isTrue();
        assertThat(cautionOverSafe.violatedCategories()).containsExactly("Needs Caution");
    }

    @Test
    void aPromptOnlyItemHasNoResponseLabel() {
        SafetyConsensus c = of(NeedsCautionPolicy.OWN_VALUE, a(Verdict.SAFE, null), a(Verdict.SAFE, null));
        assertThat(c.promptLabel()).isEqualTo("safe");
        assertThat(c.responseLabel()).isNull();
    }

    @Test
    void aPreferenceIsThePluralityAndASharedTopIsATie() {
        assertThat(pref(Preference.A, Preference.A, Preference.B).preference()).isEqualTo("A");
        assertThat(pref(Preference.B, Preference.TIE, Preference.B).preference()).isEqualTo("B");
        assertThat(pref(Preference.A, Preference.B).preference()).isEqualTo("tie");
        assertThat(pref(Preference.A, Preference.TIE).preference()).isEqualTo("tie");
        assertThat(pref(Preference.TIE, Preference.TIE, Preference.A).preference()).isEqualTo("tie");
        PreferenceConsensus c = pref(Preference.A, Preference.A, Preference.B, Preference.TIE);
        assertThat(c.agreement()).isEqualTo(0.5);
        assertThat(List.of(c.a(), c.b(), c.tie(), c.annotations())).containsExactly(2, 1, 1, 4);
    }

    private static PreferenceConsensus pref(Preference... votes) {
        return PreferenceConsensus.of(java.util.Arrays.stream(votes).map(p -> new PairwiseAnswer(p, null)).toList());
    }
}
