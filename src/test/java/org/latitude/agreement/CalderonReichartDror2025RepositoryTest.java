package org.latitude.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The alt-test reproduces every value the authors published in their repository's example notebook
 * ({@code alt_test_example.ipynb} of github.com/nitaytech/AltTest, "Example (paper's data)": ω and ρ to two decimals
 * for 9 datasets × 4–6 LLMs, with the dataset's ε and scoring). The data files carry no licence, so they are not part
 * of this project: the test runs when {@code -Dalttest.data=DIR} (or the environment variable {@code ALTTEST_DATA})
 * names the {@code data/} folder of a clone of that repository, and is skipped otherwise. Their code leaves
 * annotators with fewer than 30 items out, so this test uses {@link SmallSampleRule#SKIP}.
 */
class CalderonReichartDror2025RepositoryTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest(name = "{0} {1}: ω = {2}, ρ = {3}")
    @CsvSource({
        "wax,gemini_flash,0.38,0.69", "wax,gemini_pro,0.50,0.74", "wax,gpt-4o,0.50,0.73",
        "wax,llama-31,0.00,0.57", "wax,gpt-4o-mini,0.00,0.59", "wax,mistral-v03,0.00,0.50",
        "lgbteen,gemini_flash,0.25,0.71", "lgbteen,gemini_pro,0.00,0.67", "lgbteen,gpt-4o,0.75,0.77",
        "lgbteen,llama-31,0.00,0.72", "lgbteen,gpt-4o-mini,0.75,0.76", "lgbteen,mistral-v03,0.25,0.75",
        "mtbench,gemini_flash,0.00,0.72", "mtbench,gemini_pro,0.00,0.76", "mtbench,gpt-4o,0.00,0.77",
        "mtbench,llama-31,0.00,0.69", "mtbench,gpt-4o-mini,0.00,0.74", "mtbench,mistral-v03,0.00,0.68",
        "framing,gemini_flash,1.00,0.83", "framing,gemini_pro,1.00,0.91", "framing,gpt-4o,1.00,0.92",
        "framing,llama-31,0.50,0.80", "framing,gpt-4o-mini,1.00,0.87", "framing,mistral-v03,0.25,0.80",
        "cebab_aspects,gemini_flash,0.70,0.91", "cebab_aspects,gemini_pro,0.90,0.94",
        "cebab_aspects,gpt-4o,0.90,0.93", "cebab_aspects,llama-31,0.60,0.89",
        "cebab_aspects,gpt-4o-mini,0.50,0.90", "cebab_aspects,mistral-v03,0.10,0.81",
        "summeval,gemini_flash,0.00,0.46", "summeval,gemini_pro,0.00,0.44", "summeval,gpt-4o,0.00,0.48",
        "summeval,llama-31,0.00,0.58", "summeval,gpt-4o-mini,0.00,0.54", "summeval,mistral-v03,0.00,0.62",
        "10k_prompts,gemini_flash,0.31,0.67", "10k_prompts,gemini_pro,0.08,0.63", "10k_prompts,gpt-4o,0.69,0.76",
        "10k_prompts,llama-31,0.15,0.67", "10k_prompts,gpt-4o-mini,0.92,0.80", "10k_prompts,mistral-v03,0.15,0.67",
        "cebab_stars,gemini_flash,0.60,0.82", "cebab_stars,gemini_pro,0.80,0.87", "cebab_stars,gpt-4o,0.90,0.90",
        "cebab_stars,llama-31,0.60,0.85", "cebab_stars,gpt-4o-mini,0.90,0.89", "cebab_stars,mistral-v03,0.50,0.83",
        "lesion,gemini_flash,0.17,0.71", "lesion,gemini_pro,1.00,0.81", "lesion,gpt-4o,0.00,0.62",
        "lesion,gpt-4o-mini,0.67,0.73"})
    void reproducesTheNotebookOutputs(String dataset, String llm, String omega, String rho) throws IOException {
        Path data = dataFolder();
        assumeThat(data).as("set -Dalttest.data (or ALTTEST_DATA) to the data/ folder of a clone of"
                + " github.com/nitaytech/AltTest to reproduce its published example values").isNotNull();
        boolean numeric = Set.of("summeval", "10k_prompts", "cebab_stars", "lesion").contains(dataset);
        double epsilon = switch (dataset) {
            case "wax", "cebab_aspects", "cebab_stars" -> 0.1;
            case "framing", "10k_prompts", "lesion" -> 0.15;
            default -> 0.2;
        };
        RatingTable table = table(data.resolve(dataset), llm, numeric);
        AltTestResult r = AltTest.run(table, Set.of("llm:" + llm),
                AltTestOptions.of(epsilon).withSmallSamples(SmallSampleRule.SKIP)).getFirst();
        assertThat(r.scoring()).isEqualTo(numeric ? AltTestScoring.NEG_RMSE : AltTestScoring.ACCURACY);
        Published.assertPublished(r.winningRate(), omega);
        Published.assertPublished(r.advantageProbability(), rho);
        assertThat(r.passed()).isEqualTo(Double.parseDouble(omega) >= 0.5);
    }

    private static Path dataFolder() {
        String where = System.getProperty("alttest.data", System.getenv("ALTTEST_DATA"));
        return where == null || where.isBlank() || !Files.isDirectory(Path.of(where)) ? null : Path.of(where);
    }

    /** Humans as coders by their ids, the one LLM as coder {@code llm:NAME}. */
    private static RatingTable table(Path folder, String llm, boolean numeric) throws IOException {
        JsonNode humans = JSON.readTree(folder.resolve("human_annotations.json").toFile());
        JsonNode model = JSON.readTree(folder.resolve("llm_annotations.json").toFile()).get(llm);
        Map<String, JsonNode> coders = new LinkedHashMap<>();
        humans.properties().forEach(e -> coders.put(e.getKey(), e.getValue()));
        coders.put("llm:" + llm, model);
        TreeSet<String> labels = new TreeSet<>();
        List<Double> numbers = new ArrayList<>();
        coders.values().forEach(c -> c.properties().forEach(e -> {
            labels.add(e.getValue().asString());
            if (numeric) {
                numbers.add(e.getValue().asDouble());
            }
        }));
        ValueDomain domain = numeric ? ValueDomain.interval(numbers.stream().mapToDouble(Double::doubleValue).toArray())
                : ValueDomain.nominal(List.copyOf(labels));
        RatingTableBuilder b = RatingTable.builder(domain);
        coders.forEach((coder, items) -> items.properties().forEach(e -> b.add(e.getKey(), coder,
                numeric ? ValueDomain.numberLabel(e.getValue().asDouble()) : e.getValue().asString())));
        return b.build();
    }
}
