package org.latitude.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.latitude.agreement.AgreementEngine;
import org.latitude.agreement.FieldAgreement;
import org.latitude.agreement.Figure;
import org.latitude.agreement.RatingTable;
import org.latitude.agreement.RatingTableBuilder;
import org.latitude.agreement.ValueDomain;
import org.latitude.annotation.PairwiseAnswer;
import org.latitude.annotation.Preference;
import org.latitude.campaign.CampaignService;
import org.latitude.campaign.PairwisePreferenceTask;
import org.latitude.campaign.TaskType;
import org.latitude.cli.discretion.DiscretionMeasures;
import org.latitude.discretion.Annotator;
import org.latitude.discretion.DiscretionAnalysis;
import org.latitude.discretion.DiscretionInput;
import org.latitude.discretion.DiscretionResult;
import org.latitude.discretion.Outcome;
import org.latitude.discretion.Principle;
import org.latitude.discretion.PrincipleJudgments;
import org.latitude.judge.JudgmentFormat;
import org.latitude.report.Json;
import org.latitude.report.Measure;
import org.latitude.report.ReportSchema;
import org.latitude.taxonomy.PrincipleSetService;
import org.latitude.testsupport.LatitudeSpringTest;
import org.latitude.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A pairwise campaign with principle-specific judgments: the preference figures equal a direct agreement-engine call,
 * and the discretion figures (DA per annotator, humans pooled and the model; PS, w*, DD, case shares) equal a direct
 * discretion-engine call on the same preferences and principle judgments.
 */
@LatitudeSpringTest
class PairwiseAnalysisTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int ITEMS = 8;
    // three annotators' preferences per item, and the oracle's choices on principles 0..2 (A, B or NA)
    private static final String[] PREFS = {"AABBATBA", "ABBBAABA", "AABTABBB"};
    private static final String[] PRINCIPLES = {"AABBANBA", "BABNBBAA", "AANNABBB"};
    private static final double[] REWARD_A = {2, 1, -1, 0, 3, 1, -2, 1};

    @Autowired
    AnalysisFixtures fixtures;
    @Autowired
    CampaignAnalysis analysis;
    @Autowired
    CampaignService campaigns;
    @Autowired
    PrincipleSetService principleSets;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void preferenceAndDiscretionFiguresEqualDirectEngineCalls() {
        AnalysisFixtures.Annotated c = fixtures.annotated(TaskType.PAIRWISE_PREFERENCE, ITEMS, 3,
                (a, i) -> new PairwiseAnswer(preference(PREFS[a].charAt(i)), null), (a, i) -> 3000L);
        StringBuilder principles = new StringBuilder();
        StringBuilder rewards = new StringBuilder();
        for (int i = 0; i < ITEMS; i++) {
            for (int p = 0; p < PRINCIPLES.length; p++) {
                principles.append("{\"item_id\": \"x-").append(i).append("\", \"principle\": ").append(p)
                        .append(", \"choice\": \"").append(PRINCIPLES[p].charAt(i) == 'N' ? "NA"
                                : String.valueOf(PRINCIPLES[p].charAt(i))).append("\"}\n");
            }
            rewards.append("{\"item_id\": \"x-").append(i).append("\", \"reward_a\": ").append(REWARD_A[i])
                    .append(", \"reward_b\": 0.5}\n");
        }
        String oracle = TestUsers.uniqueName("oracle");
        String reward = TestUsers.uniqueName("reward");
        fixtures.judgments(c.campaign(), JudgmentFormat.PRINCIPLE_JSONL, oracle, principles.toString());
        fixtures.judgments(c.campaign(), JudgmentFormat.PAIRWISE_JSONL, reward, rewards.toString());

        TestUsers.signIn(users, LatitudeSpringTest.ADMIN);
        StoredAnalysis stored = analysis.run(c.campaign(), AnalysisSteps.NONE, () -> false);
        JsonNode report = JSON.readTree(stored.reportJson());
        assertThat(ReportSchema.violations(stored.reportJson())).isEmpty();
        List<JsonNode> measures = CampaignAnalysisTest.measures(report);
        String model = report.path("provenance").path("inputs").get(1).path("name").asString();
        assertThat(model).startsWith(reward);

        // the preference field, humans and the reward model as an extra coder
        RatingTableBuilder b = RatingTable.builder(ValueDomain.nominal(List.of("A", "B", "tie")));
        for (int i = 0; i < ITEMS; i++) {
            String unit = Long.toString(c.itemIds().get(i));
            for (int a = 0; a < 3; a++) {
                b.add(unit, c.annotators().get(a).username(), label(PREFS[a].charAt(i)));
            }
            b.add(unit, model, REWARD_A[i] > 0.5 ? "A" : "B");
        }
        FieldAgreement direct = AgreementEngine.analyze("preference", b.build(), Set.of(model), analysis.options(8));
        for (Figure f : direct.allFigures()) {
            assertThat(measures).as(f.measure() + " " + f.qualifiers())
                    .contains(JSON.readTree(Json.toJson(CampaignAnalysisTest.labelled(f))));
        }

        // discretion: the same preferences and principle judgments, straight into the engine
        var set = principleSets.details(((PairwisePreferenceTask) campaigns.details(c.campaign()).settings().task())
                .principleSetId());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            ids.add(Long.toString(c.itemIds().get(i)));
        }
        PrincipleJudgments.Builder pj = PrincipleJudgments.builder(ids, set.principles().size());
        for (int i = 0; i < ITEMS; i++) {
            for (int p = 0; p < PRINCIPLES.length; p++) {
                pj.set(i, p, switch (PRINCIPLES[p].charAt(i)) {
                    case 'A' -> Outcome.FIRST;
                    case 'B' -> Outcome.SECOND;
                    default -> Outcome.NOT_APPLICABLE;
                });
            }
        }
        List<Annotator> annotators = new ArrayList<>();
        for (int a = 0; a < 3; a++) {
            Outcome[] o = new Outcome[ITEMS];
            for (int i = 0; i < ITEMS; i++) {
                o[i] = switch (PREFS[a].charAt(i)) {
                    case 'A' -> Outcome.FIRST;
                    case 'B' -> Outcome.SECOND;
                    default -> Outcome.TIE;
                };
            }
            annotators.add(Annotator.of(c.annotators().get(a).username(), Annotator.Kind.HUMAN, Arrays.asList(o)));
        }
        Outcome[] m = new Outcome[ITEMS];
        for (int i = 0; i < ITEMS; i++) {
            m[i] = REWARD_A[i] > 0.5 ? Outcome.FIRST : Outcome.SECOND;
        }
        annotators.add(Annotator.of(model, Annotator.Kind.MODEL, Arrays.asList(m)));
        List<Principle> ps = set.principles().stream().map(p -> new Principle(p.index(), p.text(), p.label()))
                .toList();
        DiscretionResult dr = DiscretionAnalysis.run(new DiscretionInput(ps, pj.build(), annotators),
                analysis.discretionOptions().withPooledHumans("humans (pooled)"));
        List<Measure> expected = DiscretionMeasures.all(dr);
        assertThat(expected).hasSizeGreaterThan(50);
        for (Measure e : expected) {
            assertThat(measures).as(e.measure() + " " + e.qualifiers()).contains(JSON.readTree(Json.toJson(e)));
        }
        assertThat(measures.stream().filter(x -> x.path("measure").asString().equals("da")).count())
                .isEqualTo(5);
        JsonNode rows = report.path("campaign").path("annotators");
        for (int a = 0; a < 3; a++) {
            String name = c.annotators().get(a).username();
            double da = dr.annotator(name).orElseThrow().arbitrariness().value();
            JsonNode row = CampaignAnalysisTest.find(rows, "annotator", name);
            if (Double.isNaN(da)) {
                assertThat(row.path("da").isNull()).isTrue();
            } else {
                assertThat(row.path("da").asDouble()).isEqualTo(da);
            }
        }
        assertThat(report.path("discretion").path("items").asInt()).isEqualTo(ITEMS);
        assertThat(report.path("provenance").path("options").path("principle_judge").asString()).startsWith(oracle);
    }

    private static Preference preference(char c) {
        return switch (c) {
            case 'A' -> Preference.A;
            case 'B' -> Preference.B;
            default -> Preference.TIE;
        };
    }

    private static String label(char c) {
        return switch (c) {
            case 'A' -> "A";
            case 'B' -> "B";
            default -> "tie";
        };
    }
}
