package org.latitude.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.latitude.annotation.CampaignAnnotations;
import org.latitude.annotation.PairwiseAnnotation;
import org.latitude.annotation.SafetyAnnotation;
import org.latitude.annotation.SafetyAnswer;
import org.latitude.annotation.Verdict;
import org.latitude.campaign.CampaignService;
import org.latitude.campaign.CampaignStatus;
import org.latitude.campaign.CampaignSummary;
import org.latitude.export.CampaignExports;
import org.latitude.export.ExportFormat;
import org.latitude.judge.JudgmentKind;
import org.latitude.judge.ModelJudgments;
import org.latitude.judge.RaterCoverage;
import org.latitude.security.SystemIdentity;
import org.latitude.shared.ItemId;
import org.latitude.shared.UserId;
import org.latitude.testsupport.LatitudeSpringTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Demo mode seeds one finished campaign of each task type: every item annotated k = 3 times by the six demo
 * annotators (three simulated) with realistic, seeded disagreement, the demo model raters imported, the campaign
 * closed; a restart adds nothing.
 */
@LatitudeSpringTest
class DemoFinishedCampaignSeederTest {

    @Autowired
    DemoSeeder users;
    @Autowired
    DemoDatasetSeeder datasets;
    @Autowired
    DemoCampaignSeeder running;
    @Autowired
    DemoJudgmentSeeder judgmentSeeder;
    @Autowired
    DemoFinishedCampaignSeeder seeder;
    @Autowired
    CampaignService campaigns;
    @Autowired
    CampaignAnnotations annotations;
    @Autowired
    ModelJudgments judgments;
    @Autowired
    CampaignExports exports;

    @Test
    void bothFinishedCampaignsHoldThreeAnnotationsPerItemByTheSixAnnotatorsTheirModelRatersAndARestartAddsNothing()
            throws IOException {
        SystemIdentity.runAsSystem(() -> {
            users.seed();
            datasets.seed();
            running.seed();
            judgmentSeeder.seed();
            seeder.seed();
        });
        CampaignSummary safety = campaign(DemoFinishedCampaignSeeder.SAFETY);
        CampaignSummary pairwise = campaign(DemoFinishedCampaignSeeder.PAIRWISE);
        assertThat(safety.status()).isEqualTo(CampaignStatus.CLOSED);
        assertThat(pairwise.status()).isEqualTo(CampaignStatus.CLOSED);

        List<SafetyAnnotation> labels = SystemIdentity.callAsSystem(() -> annotations.safetyLabels(safety.id()));
        List<PairwiseAnnotation> prefs = SystemIdentity.callAsSystem(() -> annotations.preferences(pairwise.id()));
        assertThat(labels).hasSize(82 * 3);
        assertThat(prefs).hasSize(32 * 3);
        assertThat(perItem(labels.stream().map(SafetyAnnotation::itemId).toList()).values()).containsOnly(3L);
        assertThat(perItem(prefs.stream().map(PairwiseAnnotation::itemId).toList()).values()).containsOnly(3L);
        assertThat(labels.stream().map(SafetyAnnotation::annotatorId).distinct()).hasSize(6);
        assertThat(prefs.stream().map(PairwiseAnnotation::annotatorId).distinct()).hasSize(6);
        // every annotator takes part, none does everything
        Map<UserId, Long> share = labels.stream().collect(Collectors.groupingBy(SafetyAnnotation::annotatorId,
                Collectors.counting()));
        assertThat(share.values()).allSatisfy(n -> assertThat(n).isBetween(20L, 60L));

        // realistic disagreement: most items unanimous on the prompt, but not all, and needs caution is used
        Map<ItemId, Set<Verdict>> promptVerdicts = new HashMap<>();
        labels.forEach(l -> promptVerdicts.computeIfAbsent(l.itemId(), k -> new HashSet<>())
                .add(l.answer().promptVerdict()));
        long split = promptVerdicts.values().stream().filter(v -> v.size() > 1).count();
        assertThat(split).isBetween(5L, 41L);
        assertThat(labels.stream().map(SafetyAnnotation::answer).map(SafetyAnswer::responseVerdict))
                .contains(Verdict.NEEDS_CAUTION);
        assertThat(prefs.stream().map(p -> p.answer().preference()).distinct()).hasSize(3);

        List<RaterCoverage> safetyRaters = SystemIdentity.callAsSystem(() -> judgments.coverage(safety.id()));
        assertThat(safetyRaters).hasSize(2).allSatisfy(c -> assertThat(c.kind()).isEqualTo(JudgmentKind.SAFETY));
        List<RaterCoverage> pairRaters = SystemIdentity.callAsSystem(() -> judgments.coverage(pairwise.id()));
        assertThat(pairRaters).extracting(RaterCoverage::kind, RaterCoverage::judgments)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(JudgmentKind.PAIRWISE, 64L),
                        org.assertj.core.groups.Tuple.tuple(JudgmentKind.PRINCIPLE, 672L));

        SystemIdentity.runAsSystem(seeder::seed);
        assertThat(SystemIdentity.callAsSystem(() -> annotations.safetyLabels(safety.id()))).isEqualTo(labels);
        assertThat(SystemIdentity.callAsSystem(() -> annotations.preferences(pairwise.id()))).isEqualTo(prefs);
        assertThat(SystemIdentity.callAsSystem(() -> campaigns.list()).stream()
                .filter(c -> c.name().startsWith("Demo: finished"))).hasSize(2);

        ByteArrayOutputStream consensus = new ByteArrayOutputStream();
        SystemIdentity.callAsSystem(() -> {
            try {
                return exports.write(safety.id(), ExportFormat.AEGIS_CONSENSUS_JSONL, consensus);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(consensus.toString(java.nio.charset.StandardCharsets.UTF_8).lines()).hasSize(82);
    }

    @Test
    void aProfileGivesTheSameAnswerToTheSameItemWhateverTheOrder() {
        AnnotatorProfile eli = AnnotatorProfile.ALL.get(4);
        AnnotatorProfile.Reference truth = new AnnotatorProfile.Reference(true, true, List.of("violence"));
        assertThat(eli.label("demo-ex-009", truth)).isEqualTo(eli.label("demo-ex-009", truth));
        assertThat(eli.timeSpentMs("demo-ex-009")).isEqualTo(eli.timeSpentMs("demo-ex-009")).isPositive();
        long differing = java.util.stream.IntStream.range(0, 200).filter(i -> !eli.label("x-" + i, truth)
                .equals(AnnotatorProfile.ALL.getFirst().label("x-" + i, truth))).count();
        assertThat(differing).as("two annotators disagree on some items").isBetween(10L, 190L);
    }

    private CampaignSummary campaign(String name) {
        return SystemIdentity.callAsSystem(() -> campaigns.list()).stream().filter(c -> c.name().equals(name))
                .findFirst().orElseThrow();
    }

    private static Map<ItemId, Long> perItem(List<ItemId> ids) {
        return ids.stream().collect(Collectors.groupingBy(i -> i, Collectors.counting()));
    }
}
