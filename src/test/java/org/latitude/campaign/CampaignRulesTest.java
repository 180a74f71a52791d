package org.latitude.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.latitude.shared.FieldProblem;

/** The exposure controls' rules, shared by the settings form and the service (decision 44). */
class CampaignRulesTest {

    private static CampaignSettings with(Set<String> sensitive, Wellbeing w) {
        return new CampaignSettings("c", "", "", new SafetyLabelTask(1L), List.of(1L), 3,
                NeedsCautionPolicy.OWN_VALUE, 30, null, 0, sensitive, false, null, w);
    }

    private static List<String> fields(CampaignSettings s) {
        return CampaignRules.problems(s).stream().map(FieldProblem::field).toList();
    }

    @Test
    void sensibleExposureControlsPass() {
        assertThat(CampaignRules.problems(with(Set.of("violence"), new Wellbeing(Set.of("violence"), 20, 50, 10,
                NoticeSource.DECLARED)))).isEmpty();
        assertThat(CampaignRules.problems(with(Set.of(), Wellbeing.NONE))).isEmpty();
    }

    @Test
    void eachBadExposureControlIsReportedOnItsOwnField() {
        assertThat(fields(with(Set.of("violence"), new Wellbeing(Set.of("sexual"), 0, 2, 0, null))))
                .containsExactlyInAnyOrder(CampaignRules.CAP, CampaignRules.ENFORCED_BREAK,
                        CampaignRules.BREAK_LENGTH, CampaignRules.NOTICE_SOURCE, CampaignRules.OPT_OUTS);
        assertThat(fields(with(Set.of(), new Wellbeing(Set.of(), 5, null, 10, NoticeSource.REFERENCE_LABELS))))
                .as("a cap needs sensitive categories to count").containsExactly(CampaignRules.CAP);
    }

    @Test
    void theAuditLogNamesChangedExposureControls() {
        CampaignSettings before = with(Set.of("violence"), Wellbeing.NONE);
        CampaignSettings after = before.withWellbeing(new Wellbeing(Set.of("violence"), 20, null, 10,
                NoticeSource.DECLARED));
        SettingsChanges.Names names = new SettingsChanges.Names(v -> "t", p -> "p", d -> "d");
        assertThat(SettingsChanges.describe(before, after, names)).contains("opt-out categories: none \u2192 [violence]")
                .contains("daily cap per sensitive category: none \u2192 20")
                .contains("content notices from: REFERENCE_LABELS \u2192 DECLARED");
    }
}
