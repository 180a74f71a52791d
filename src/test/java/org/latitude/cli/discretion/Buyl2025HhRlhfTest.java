package org.latitude.cli.discretion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.latitude.discretion.Annotator;
import org.latitude.discretion.AnnotatorResult;
import org.latitude.discretion.CaseShare;
import org.latitude.discretion.DiscrepancyEstimate;
import org.latitude.discretion.DiscretionAnalysis;
import org.latitude.discretion.DiscretionInput;
import org.latitude.discretion.DiscretionOptions;
import org.latitude.discretion.DiscretionResult;
import org.latitude.discretion.FitStatus;
import org.latitude.discretion.Outcome;
import org.latitude.discretion.Principle;
import org.latitude.discretion.PriorityRanks;
import org.latitude.discretion.RankTies;
import org.latitude.discretion.AuthorsAdamFit;
import org.latitude.discretion.PrincipleJudgments;
import org.latitude.testsupport.SharedFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latitude.report.Measure;
import org.latitude.report.Provenance;
import org.latitude.report.ReportSchema;

/**
 * Reproduces the HH-RLHF figures of Buyl et al. (2025) on the authors' released preference files
 * ({@code ../shared/datasets/alignment-discretion-hh}, README "Reference values"; the paper's §4 and appendix, as
 * summarised in docs/methods.md). Skipped with a message where the shared folder is absent.
 */
class Buyl2025HhRlhfTest {

    private static final String HH = "datasets/alignment-discretion-hh/";
    private static List<Principle> principles;
    private static PrincipleJudgments judgments;

    @BeforeAll
    static void readPrinciples() {
        Path dir = SharedFixtures.require(HH);
        principles = PrincipleFiles.principles(dir.resolve("principles/ccai_seed.txt"),
                dir.resolve("principles/ccai_seed_short.txt"));
        judgments = PrincipleFiles.judgments(dir.resolve("principle_specific_preferences/hh_test_seed_4ob.csv"),
                principles.size());
    }

    private static Annotator human() {
        return Annotator.constant("human", Annotator.Kind.DATASET_LABEL, judgments.itemCount(), Outcome.FIRST);
    }

    private static Annotator read(String name, String file, AnnotatorSource.Format format) {
        AnnotatorSource source = new AnnotatorSource(name, SharedFixtures.require(HH + file), format);
        return AnnotatorFiles.read(source, judgments.itemIds()).annotators().getFirst();
    }

    private static DiscretionResult run(DiscretionOptions options, Annotator... annotators) {
        return DiscretionAnalysis.run(new DiscretionInput(principles, judgments, List.of(annotators)), options);
    }

    @Test
    void caseSharesAre1172ConsensusThe376ConflictAnd764IndifferenceWithTheirStandardErrors() {
        DiscretionResult result = run(DiscretionOptions.DEFAULTS.withReplicates(0, 0), human());
        List<CaseShare> shares = result.caseShares();
        assertThat(shares).extracting(CaseShare::count).containsExactly(376, 1172, 764);
        assertThat(shares).extracting(s -> Math.round(s.share() * 1e5) / 1e3).containsExactly(16.263, 50.692, 33.045);
        assertThat(shares).extracting(s -> Math.round(s.standardError() * 1e5) / 1e3).containsExactly(0.768, 1.040,
                0.978);
    }

    @Test
    void humanArbitrarinessIs339Of1172() {
        AnnotatorResult h = run(DiscretionOptions.DEFAULTS.withReplicates(1000, 0), human()).annotators().getFirst();
        assertThat(h.arbitrariness().against()).isEqualTo(339);
        assertThat(h.arbitrariness().valid()).isEqualTo(1172);
        assertThat(h.arbitrariness().bootstrap().mean()).isCloseTo(339.0 / 1172, within(0.005));
        assertThat(h.arbitrariness().bootstrap().sd()).isBetween(0.010, 0.016);
        assertThat(h.fit().status()).isEqualTo(FitStatus.CONVERGED);
    }

    @Test
    void deepSeekV3DiscrepancyAgainstTheHumanRankingIsWithinTwoPointsOf52Point8() {
        Annotator deepSeek = read("DeepSeek-V3", "llm_preferences/hh_test_generic_deepseekv3.csv",
                AnnotatorSource.Format.GENERIC_JUDGE);
        DiscretionResult result = run(DiscretionOptions.DEFAULTS.withReplicates(0, 100), human(), deepSeek);
        DiscrepancyEstimate dd = result.discrepancy("DeepSeek-V3", "human").orElseThrow();
        assertThat(dd.bootstrap().replicates()).isEqualTo(100);
        assertThat(dd.bootstrap().undefined()).isZero();
        assertThat(dd.bootstrap().mean()).isCloseTo(0.528, within(0.02));
    }

    @Test
    void fineTunedLlamaReadThreeWaysGivesTheSpecsArbitrariness() {
        String file = "llm_preferences/LLM_rewards_model_with_NA-Llama3-8B_data_trained-hh-harmlesness_dataset_eval"
                + "-hh-harmlesness.csv";
        Annotator loglik = read("loglik", file, AnnotatorSource.Format.LOGLIK);
        Annotator prompted = read("prompted", file, AnnotatorSource.Format.GENERIC_JUDGE);
        DiscretionResult result = run(DiscretionOptions.DEFAULTS.withReplicates(0, 0), loglik, prompted);
        assertThat(result.annotators().get(0).arbitrariness().value() * 100).isCloseTo(40.85, within(0.005));
        assertThat(result.annotators().get(1).arbitrariness().valid()).isEqualTo(58);
        assertThat(result.annotators().get(1).arbitrariness().value() * 100).isCloseTo(67.2, within(0.05));
        assertThat(result.annotators().get(1).fit().status())
                .as("58 position-consistent items leave a win graph that is not strongly connected")
                .isEqualTo(FitStatus.DOES_NOT_EXIST);
    }

    @Test
    void readsRewardModelsWithTiesAndExtraRowsAsTheAuthorsDo() {
        Annotator mistral = read("Mistral", "reward_model_preferences/Mistral7B_reward_model_trained_in-hh-harmlesness"
                + "_evaluated_in-hh-harmlesness_partition-test.csv", AnnotatorSource.Format.REWARD);
        assertThat(mistral.tally().get(Outcome.TIE)).as("bf16 ties, spec 2.2").isEqualTo(438);
        AnnotatorSource mostDownloaded = new AnnotatorSource("md", SharedFixtures.require(HH
                + "reward_model_preferences/reward_preference_data_reward_model-most_downloaded_hh_in_dataset_hh"
                + "_partition-None.csv"), AnnotatorSource.Format.REWARD);
        AnnotatorFiles.Reading reading = AnnotatorFiles.read(mostDownloaded, judgments.itemIds());
        assertThat(reading.rows()).isEqualTo(8552);
        assertThat(reading.ignoredRows()).as("full HH test split; only row_id < 2312 are items").isEqualTo(8552 - 2312);
    }

    /** The paper's eight HH annotators (docs/methods.md; the fine-tuned Llama3-8B read by log-likelihood). */
    private static List<Annotator> paperAnnotators() {
        String rm = "reward_model_preferences/";
        String llm = "llm_preferences/";
        return List.of(human(),
                read("RM Llama3-8B", rm + "Llama3-8B_reward_model_trained_in-hh-harmlesness_evaluated_in-hh"
                        + "-harmlesness_partition-test.csv", AnnotatorSource.Format.REWARD),
                read("RM Mistral-7B", rm + "Mistral7B_reward_model_trained_in-hh-harmlesness_evaluated_in-hh"
                        + "-harmlesness_partition-test.csv", AnnotatorSource.Format.REWARD),
                read("RM most-downloaded", rm + "reward_preference_data_reward_model-most_downloaded_hh_in_dataset_hh"
                        + "_partition-None.csv", AnnotatorSource.Format.REWARD),
                read("GPT-4o", llm + "hh_test_generic_4ob.csv", AnnotatorSource.Format.GENERIC_JUDGE),
                read("DeepSeek-V3", llm + "hh_test_generic_deepseekv3.csv", AnnotatorSource.Format.GENERIC_JUDGE),
                read("Sonnet 3.5", llm + "hh_test_generic_sonnet3.5.csv", AnnotatorSource.Format.GENERIC_JUDGE),
                read("Llama3-8B", llm + "LLM_rewards_model_with_NA-Llama3-8B_data_trained-hh-harmlesness_dataset"
                        + "_eval-hh-harmlesness.csv", AnnotatorSource.Format.LOGLIK));
    }

    @Test
    void exactMaximumLikelihoodRanksEqualTheAuthorsAdamRanksForEveryAnnotator() {
        DiscretionResult result = run(DiscretionOptions.DEFAULTS.withReplicates(0, 0),
                paperAnnotators().toArray(Annotator[]::new));
        assertThat(result.annotators()).hasSize(8);
        for (AnnotatorResult a : result.annotators()) {
            assertThat(a.fit().status()).as(a.name()).isEqualTo(FitStatus.CONVERGED);
            double[] adam = AuthorsAdamFit.fit(a.supremacy(), a.fit());
            assertThat(PriorityRanks.of(adam, RankTies.AVERAGE)).as(a.name()).containsExactly(a.ranks());
        }
    }

    @Test
    void gpt4oGenericJudgmentsHaveArbitrarinessOfZeroPointSevenPercent() {
        Annotator gpt = read("GPT-4o", "llm_preferences/hh_test_generic_4ob.csv", AnnotatorSource.Format.GENERIC_JUDGE);
        double da = run(DiscretionOptions.DEFAULTS.withReplicates(0, 0), gpt).annotators().getFirst()
                .arbitrariness().value();
        assertThat(Math.round(da * 1000) / 10.0).as("Buyl et al. 2025: DA = 0.7 %% on HH").isEqualTo(0.7);
    }

    @Test
    void everyUndefinedWStarFieldCarriesItsReasonTheSameInJsonAndCsv(@TempDir Path out) throws java.io.IOException {
        DiscretionResult result = run(DiscretionOptions.DEFAULTS.withReplicates(0, 30),
                paperAnnotators().toArray(Annotator[]::new));
        List<Measure> weights = result.annotators().stream()
                .flatMap(a -> DiscretionMeasures.weights(a, principles).stream()).toList();
        assertThat(weights).filteredOn(m -> !Double.isFinite(m.ciLow()) || !Double.isFinite(m.ciHigh()))
                .as("HH has principles that win or lose every conflict").isNotEmpty()
                .allMatch(m -> !String.valueOf(m.qualifiers().get("ci_note")).isBlank()
                        && m.qualifiers().containsKey("ci_note"));
        assertThat(weights).filteredOn(m -> !Double.isFinite(m.value())).allMatch(m -> m.note() != null);
        Path folder = out.resolve("hh");
        DiscretionReportFiles.write(folder, null, result, new Provenance("discretion", "test", "Buyl et al. 2025", 42,
                java.util.Map.of(), List.of()));
        ReportSchema.assertValid(folder.resolve("report.json"));
        List<String> rows = java.nio.file.Files.readAllLines(folder.resolve("discretion_priorities.csv"));
        assertThat(rows).noneMatch(r -> r.contains("inf,") && !r.contains("replicates are"));
        assertThat(rows.stream().skip(1).map(r -> r.split(",", -1)))
                .filteredOn(cells -> cells[4].isEmpty() || cells[5].isEmpty())
                .isNotEmpty().allMatch(cells -> !cells[cells.length - 1].isEmpty());
    }
}
