package org.latitude.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.latitude.agreement.AgreementEngine;
import org.latitude.agreement.FieldAgreement;
import org.latitude.agreement.Figure;
import org.latitude.agreement.RatingTable;
import org.latitude.agreement.RatingTableBuilder;
import org.latitude.agreement.ValueDomain;
import org.latitude.annotation.Answer;
import org.latitude.annotation.CampaignAnnotations;
import org.latitude.annotation.SafetyAnnotation;
import org.latitude.annotation.SafetyAnswer;
import org.latitude.annotation.Verdict;
import org.latitude.campaign.TaskType;
import org.latitude.judge.JudgmentFormat;
import org.latitude.report.Json;
import org.latitude.report.Measure;
import org.latitude.report.ReportSchema;
import org.latitude.security.UserSummary;
import org.latitude.testsupport.LatitudeSpringTest;
import org.latitude.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web analysis of a campaign with known labels: every figure of every field equals what the agreement engine
 * computes when called directly on the same ratings (read back through the record API, not the analysis's reader),
 * the per-annotator table (items, time, gold) is right, models are compared apart from the humans, re-running on
 * unchanged data stores a byte-identical report, and a cancelled run stores nothing.
 */
@LatitudeSpringTest
class CampaignAnalysisTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    // prompt verdicts of three annotators over eight items (U = unsafe), response verdicts (C = needs caution)
    private static final String[] PROMPTS = {"UUSSUSUS", "UUSSSSUS", "USSSUSUU"};
    private static final String[] RESPONSES = {"SCUSSCSU", "SCUSSSSU", "CSUSCCSU"};

    @Autowired
    AnalysisFixtures fixtures;
    @Autowired
    CampaignAnalysis analysis;
    @Autowired
    CampaignAnnotations records;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.latitude.export.CampaignExports exports;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    static Answer answer(int annotator, int item) {
        Verdict p = PROMPTS[annotator].charAt(item) == 'U' ? Verdict.UNSAFE : Verdict.SAFE;
        Verdict r = switch (RESPONSES[annotator].charAt(item)) {
            case 'U' -> Verdict.UNSAFE;
            case 'C' -> Verdict.NEEDS_CAUTION;
            default -> Verdict.SAFE;
        };
        List<String> categories = p == Verdict.SAFE && r == Verdict.SAFE ? List.of()
                : (item + annotator) % 3 == 0 ? List.of("violence", "sexual") : List.of("violence");
        return SafetyAnswer.of(p, r, categories);
    }

    AnalysisFixtures.Annotated safetyCampaign() {
        return fixtures.annotated(TaskType.SAFETY_LABEL, 8, 3, CampaignAnalysisTest::answer,
                (a, i) -> 1000L * (i + 1) * (a + 1));
    }

    @Test
    void everyFigureOfEveryFieldEqualsADirectEngineCallOnTheSameRatings() {
        AnalysisFixtures.Annotated c = safetyCampaign();
        TestUsers.signIn(users, LatitudeSpringTest.ADMIN);
        StoredAnalysis stored = analysis.run(c.campaign(), AnalysisSteps.NONE, () -> false);
        JsonNode report = JSON.readTree(stored.reportJson());

        List<SafetyAnnotation> rows = records.safetyLabels(c.campaign());
        Map<String, RatingTable> tables = directTables(rows, c.annotators());
        assertThat(tables).hasSize(5);
        int compared = 0;
        for (var e : tables.entrySet()) {
            FieldAgreement direct = AgreementEngine.analyze(e.getKey(), e.getValue(), Set.of(), analysis.options(8));
            for (Figure f : direct.allFigures()) {
                JsonNode expected = JSON.readTree(Json.toJson(labelled(f)));
                assertThat(measures(report)).as(f.field() + " " + f.measure() + " " + f.qualifiers())
                        .contains(expected);
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(100);
        assertThat(count(report, "prompt_verdict", "alpha_nominal")).isEqualTo(1);
        assertThat(count(report, "categories", "alpha_masi")).isEqualTo(1);
        assertThat(count(report, "response_verdict[caution=own]", "alpha_ordinal")).isEqualTo(1);
        assertThat(stored.annotators()).isEqualTo(3);
        assertThat(stored.annotations()).isEqualTo(24);
        assertThat(report.path("provenance").path("command").asString()).isEqualTo("web");
        assertThat(ReportSchema.violations(stored.reportJson())).isEmpty();
        assertThat(report.path("campaign").path("coverage").path("items_with_2_or_more").asLong()).isEqualTo(8);
    }

    @Test
    void theAnnotatorTableHasItemsTimePerItemAndLeaveOneOutAgreement() {
        AnalysisFixtures.Annotated c = safetyCampaign();
        TestUsers.signIn(users, LatitudeSpringTest.ADMIN);
        JsonNode report = JSON.readTree(analysis.run(c.campaign(), AnalysisSteps.NONE, () -> false).reportJson());
        JsonNode rows = report.path("campaign").path("annotators");
        assertThat(rows).hasSize(3);
        for (int a = 0; a < 3; a++) {
            JsonNode row = find(rows, "annotator", c.annotators().get(a).username());
            assertThat(row.path("items").asLong()).isEqualTo(8);
            // times 1000·(i+1)·(a+1) ms for i = 0..7: mean 4.5·(a+1) s, median 4.5·(a+1) s
            assertThat(row.path("mean_time_s").asDouble()).isEqualTo(4.5 * (a + 1));
            assertThat(row.path("median_time_s").asDouble()).isEqualTo(4.5 * (a + 1));
            assertThat(row.path("field").asString()).isEqualTo("prompt_verdict");
            // the leave-one-out majority of the two others is tied on some items: those are left out
            assertThat(row.path("loo_units").asInt()).isBetween(1, 8);
            assertThat(row.path("loo_kappa").asDouble()).isEqualTo(looKappa(report, c.annotators().get(a)
                    .username()));
            assertThat(row.path("gold_items").asInt()).isZero();
            assertThat(row.path("gold_accuracy").isNull()).isTrue();
        }
    }

    @Test
    void aModelIsComparedWithTheHumansAndItsPairsAreLabelledNotMixedIntoTheHumanFigures() {
        AnalysisFixtures.Annotated c = safetyCampaign();
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            boolean unsafe = i % 2 == 0;
            jsonl.append("{\"item_id\": \"x-").append(i).append("\", \"prompt_verdict\": \"")
                    .append(unsafe ? "unsafe" : "safe").append("\", \"response_verdict\": \"")
                    .append(unsafe ? "unsafe" : "safe").append("\", \"categories\": [")
                    .append(unsafe ? "\"violence\"" : "").append("]}\n");
        }
        String model = TestUsers.uniqueName("guard");
        fixtures.judgments(c.campaign(), JudgmentFormat.SAFETY_JSONL, model, jsonl.toString());
        TestUsers.signIn(users, LatitudeSpringTest.ADMIN);
        StoredAnalysis stored = analysis.run(c.campaign(), AnalysisSteps.NONE, () -> false);
        JsonNode report = JSON.readTree(stored.reportJson());
        assertThat(stored.models()).isEqualTo(1);
        assertThat(ReportSchema.violations(stored.reportJson())).isEmpty();

        // the human figures are those of the humans alone
        Map<String, RatingTable> tables = directTables(records.safetyLabels(c.campaign()), c.annotators());
        FieldAgreement humansOnly = AgreementEngine.analyze("prompt_verdict", tables.get("prompt_verdict"), Set.of(),
                analysis.options(8));
        Figure alpha = humansOnly.figures().stream().filter(f -> f.measure().equals("alpha_nominal")).findFirst()
                .orElseThrow();
        assertThat(measures(report)).contains(JSON.readTree(Json.toJson(labelled(alpha))));
        List<String> kinds = new ArrayList<>();
        for (JsonNode m : report.path("measures")) {
            if (m.path("measure").asString().equals("cohen_kappa") && m.path("field").asString()
                    .equals("prompt_verdict")) {
                kinds.add(m.path("pair_kind").asString());
            }
        }
        assertThat(kinds).containsOnly("human-human", "human-model").contains("human-model");
        assertThat(count(report, "prompt_verdict", "model_kappa_vs_majority")).isEqualTo(1);
        JsonNode models = report.path("campaign").path("models");
        assertThat(models.size()).isGreaterThanOrEqualTo(4);
        assertThat(models.get(0).path("compared_items").asInt()).isEqualTo(8);
        assertThat(report.path("coders").toString()).contains("\"kind\":\"model\"");
    }

    @Test
    void reRunningOnUnchangedDataStoresAByteIdenticalReport() {
        AnalysisFixtures.Annotated c = safetyCampaign();
        TestUsers.signIn(users, LatitudeSpringTest.ADMIN);
        StoredAnalysis first = analysis.run(c.campaign(), AnalysisSteps.NONE, () -> false);
        StoredAnalysis second = analysis.run(c.campaign(), AnalysisSteps.NONE, () -> false);
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.reportJson()).isEqualTo(first.reportJson());
        assertThat(second.inputsSha256()).isEqualTo(first.inputsSha256()).hasSize(64);
        assertThat(second.itemSetSha256()).isEqualTo(first.itemSetSha256());
        assertThat(analysis.latest(c.campaign())).map(StoredAnalysis::id).contains(second.id());
        byte[] zip = analysis.downloadReport(c.campaign()).orElseThrow();
        Map<String, byte[]> entries = unzip(zip);
        assertThat(entries.keySet()).contains("README.txt", "report.html", "report.json", "measures.csv",
                "prompt_verdict_ratings_long.csv", "categories_items.csv");
        assertThat(new String(entries.get("report.json"), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(second.reportJson());
        assertThat(new String(entries.get("report.html"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("<svg");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'analysis.download' and "
                + "target = ?", Long.class, c.campaign().toString())).isEqualTo(1);
        assertThat(analysis.figures(c.campaign())).isNotEmpty().allSatisfy(f -> assertThat(f.svg())
                .startsWith("<svg"));
    }

    @Test
    void theDatasetCardStatesTheNewestStoredAnalysisHeadlineFiguresAndNotComputedBeforeOne() throws Exception {
        AnalysisFixtures.Annotated c = safetyCampaign();
        TestUsers.signIn(users, LatitudeSpringTest.ADMIN);
        assertThat(card(c)).contains("Not computed");
        analysis.run(c.campaign(), AnalysisSteps.NONE, () -> false);
        String card = card(c);
        assertThat(card).doesNotContain("Not computed")
                .containsPattern("- prompt verdict: Krippendorff's α \\(nominal\\) = -?\\d\\.\\d{3} \\(.*8 items\\)")
                .contains("category set");
        for (var h : analysis.overview(c.campaign()).orElseThrow().headline()) {
            if (Double.isFinite(h.value())) {
                assertThat(card).contains(String.format(java.util.Locale.ROOT, "= %.3f", h.value()));
            }
        }
    }

    private String card(AnalysisFixtures.Annotated c) throws java.io.IOException {
        var out = new java.io.ByteArrayOutputStream();
        exports.write(c.campaign(), org.latitude.export.ExportFormat.SAFETY_HUGGING_FACE, out);
        return new String(unzip(out.toByteArray()).get("README.md"), java.nio.charset.StandardCharsets.UTF_8);
    }

    static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> out = new java.util.LinkedHashMap<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    @Test
    void aCancelledRunStopsBetweenStepsAndStoresNothing() {
        AnalysisFixtures.Annotated c = safetyCampaign();
        TestUsers.signIn(users, LatitudeSpringTest.ADMIN);
        AtomicInteger steps = new AtomicInteger();
        assertThatThrownBy(() -> analysis.run(c.campaign(), (phase, what, done, total) -> steps.incrementAndGet(),
                () -> steps.get() >= 2)).isInstanceOf(AnalysisCancelledException.class);
        assertThat(analysis.latest(c.campaign())).isEmpty();
    }

    /** The five safety fields built straight from the record API with the engine's own builder. */
    static Map<String, RatingTable> directTables(List<SafetyAnnotation> rows, List<UserSummary> annotators) {
        Map<Long, String> names = new java.util.HashMap<>();
        annotators.forEach(u -> names.put(u.id(), u.username()));
        ValueDomain binary = ValueDomain.nominal(List.of("safe", "unsafe"));
        RatingTableBuilder prompt = RatingTable.builder(binary);
        RatingTableBuilder own = RatingTable.builder(ValueDomain.ordinal(List.of("safe", "needs_caution", "unsafe")));
        RatingTableBuilder asSafe = RatingTable.builder(binary);
        RatingTableBuilder asUnsafe = RatingTable.builder(binary);
        // the analysis keeps the categories someone named, in taxonomy order
        Set<String> named = new java.util.HashSet<>();
        rows.forEach(r -> named.addAll(r.answer().categories()));
        RatingTableBuilder sets = RatingTable.builder(ValueDomain.set(aegisKeys().stream().filter(named::contains)
                .toList()));
        for (SafetyAnnotation r : rows) {
            String unit = Long.toString(r.itemId().value());
            String coder = names.get(r.annotatorId().value());
            prompt.add(unit, coder, r.answer().promptVerdict() == Verdict.UNSAFE ? "unsafe" : "safe");
            Verdict v = r.answer().responseVerdict();
            own.add(unit, coder, switch (v) {
                case SAFE -> "safe";
                case NEEDS_CAUTION -> "needs_caution";
                case UNSAFE -> "unsafe";
            });
            asSafe.add(unit, coder, v == Verdict.UNSAFE ? "unsafe" : "safe");
            asUnsafe.add(unit, coder, v == Verdict.SAFE ? "safe" : "unsafe");
            sets.addSet(unit, coder, r.answer().categories());
        }
        Map<String, RatingTable> out = new java.util.LinkedHashMap<>();
        out.put("prompt_verdict", prompt.build());
        out.put("response_verdict[caution=own]", own.build());
        out.put("response_verdict[caution=safe]", asSafe.build());
        out.put("response_verdict[caution=unsafe]", asUnsafe.build());
        out.put("categories", sets.build());
        return out;
    }

    /** The category keys of the bundled Aegis 2.0 taxonomy, in its order. */
    static List<String> aegisKeys() {
        try (var in = CampaignAnalysisTest.class.getResourceAsStream("/seed-data/taxonomies/aegis-2.0.json")) {
            JsonNode root = JSON.readTree(in);
            List<String> keys = new ArrayList<>();
            root.path("categories").forEach(n -> keys.add(n.path("key").asString()));
            return keys;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Measure labelled(Figure f) {
        return new Measure(f.field(), f.measure(), f.value(), f.ciLow(), f.ciHigh(), f.nUnits(), f.note(),
                f.qualifiers());
    }

    static List<JsonNode> measures(JsonNode report) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode m : report.path("measures")) {
            // the pair label is the analysis's addition; the engine's figure is the rest
            out.add(m.has("pair_kind") ? ((tools.jackson.databind.node.ObjectNode) m.deepCopy()).without(
                    "pair_kind") : m);
        }
        return out;
    }

    static long count(JsonNode report, String field, String measure) {
        long n = 0;
        for (JsonNode m : report.path("measures")) {
            if (m.path("field").asString().equals(field) && m.path("measure").asString().equals(measure)
                    && !m.has("raters")) {
                n++;
            }
        }
        return n;
    }

    static double looKappa(JsonNode report, String annotator) {
        for (JsonNode m : report.path("measures")) {
            if (m.path("field").asString().equals("prompt_verdict") && m.path("measure").asString()
                    .equals("loo_kappa") && m.path("annotator").asString().equals(annotator)) {
                return m.path("value").asDouble();
            }
        }
        throw new AssertionError("no loo_kappa of " + annotator);
    }

    static JsonNode find(JsonNode rows, String key, String value) {
        for (JsonNode r : rows) {
            if (r.path(key).asString().equals(value)) {
                return r;
            }
        }
        throw new AssertionError("no row with " + key + " = " + value + " in " + rows);
    }
}
