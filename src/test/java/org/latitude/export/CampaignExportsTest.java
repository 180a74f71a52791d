package org.latitude.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.latitude.annotation.AnnotationKey;
import org.latitude.annotation.Answer;
import org.latitude.annotation.CampaignAnnotations;
import org.latitude.annotation.PairwiseAnswer;
import org.latitude.annotation.Preference;
import org.latitude.annotation.SafetyAnnotation;
import org.latitude.annotation.SafetyAnswer;
import org.latitude.annotation.Verdict;
import org.latitude.audit.AuditLog;
import org.latitude.campaign.TaskType;
import org.latitude.dataset.ImportSource;
import org.latitude.export.internal.Split;
import org.latitude.judge.JudgmentFormat;
import org.latitude.judge.JudgmentImportRequest;
import org.latitude.judge.JudgmentImports;
import org.latitude.judge.RaterSpec;
import org.latitude.security.Role;
import org.latitude.security.UserAccountService;
import org.latitude.security.UserSummary;
import org.latitude.shared.CampaignId;
import org.latitude.testsupport.AnnotatedCampaigns;
import org.latitude.testsupport.LatitudeSpringTest;
import org.latitude.testsupport.TestUsers;
import org.latitude.textio.CsvReader;
import org.latitude.textio.CsvWriter;
import org.latitude.textio.ReadLimits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exports of campaigns annotated through the real services by three annotators, over hostile item text: what each
 * file holds, that text comes out verbatim as data, who may download, and that each download is audited.
 */
@LatitudeSpringTest
class CampaignExportsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HOSTILE_RATIONALE = "=cmd|' /C calc'!A0";
    private static final String EXCHANGES = """
            {"id":"h-0","prompt":"=HYPERLINK(\\"http://evil.example\\",\\"x\\")","response":"<script>alert(1)</script>"}
            {"id":"h-1","prompt":"Tell me \\"quoted\\",\\nwith a comma","response":"+1 fine"}
            {"id":"h-2","prompt":"@benign","response":"-3"}
            {"id":"h-3","prompt":"Prompt only"}
            """;
    private static final String PAIRS = """
            {"id":"p-0","prompt":"<img src=x onerror=alert(1)>","response_a":"=1+1","response_b":"B, \\"zero\\""}
            {"id":"p-1","prompt":"Second?","response_a":"A1","response_b":"B1"}
            {"id":"p-2","prompt":"Third?","response_a":"A2","response_b":"B2"}
            """;

    @Autowired
    AnnotatedCampaigns annotatedCampaigns;
    @Autowired
    CampaignAnnotations campaignAnnotations;
    @Autowired
    CampaignExports exports;
    @Autowired
    JudgmentImports judgmentImports;
    @Autowired
    AuditLog audit;
    @Autowired
    UserAccountService accounts;
    @Autowired
    UserDetailsService users;

    List<UserSummary> annotators;

    @BeforeEach
    void setUp() {
        annotators = List.of(TestUsers.create(accounts, "exp-ann", Role.ANNOTATOR),
                TestUsers.create(accounts, "exp-ben", Role.ANNOTATOR),
                TestUsers.create(accounts, "exp-cat", Role.ANNOTATOR));
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private static SafetyAnswer s(Verdict prompt, Verdict response, String... categories) {
        return new SafetyAnswer(prompt, response, List.of(categories), null, null);
    }

    private static final Map<String, List<SafetyAnswer>> SAFETY = Map.of(
            "h-0", List.of(s(Verdict.UNSAFE, Verdict.UNSAFE, "violence"),
                    s(Verdict.UNSAFE, Verdict.UNSAFE, "violence", "threat"), s(Verdict.SAFE, Verdict.SAFE)),
            "h-1", List.of(s(Verdict.SAFE, Verdict.NEEDS_CAUTION), s(Verdict.SAFE, Verdict.NEEDS_CAUTION),
                    s(Verdict.SAFE, Verdict.SAFE)),
            "h-2", List.of(s(Verdict.SAFE, Verdict.SAFE), s(Verdict.SAFE, Verdict.SAFE), s(Verdict.SAFE, Verdict.SAFE)),
            "h-3", List.of(s(Verdict.UNSAFE, null, "hate_identity_hate"), s(Verdict.SAFE, null),
                    s(Verdict.SAFE, null)));

    private static final Map<String, List<Preference>> PAIRWISE = Map.of(
            "p-0", List.of(Preference.A, Preference.A, Preference.B),
            "p-1", List.of(Preference.A, Preference.B, Preference.TIE),
            "p-2", List.of(Preference.B, Preference.B, Preference.B));

    private CampaignId annotated(TaskType task, String items, BiFunction<Integer, String, Answer> answer) {
        return annotatedCampaigns.annotated(task, items, annotators, answer);
    }

    private CampaignId safetyCampaign() {
        return annotated(TaskType.SAFETY_LABEL, EXCHANGES, (a, id) -> {
            SafetyAnswer base = SAFETY.get(id).get(a);
            return new SafetyAnswer(base.promptVerdict(), base.responseVerdict(), base.categories(),
                    a == 0 ? HOSTILE_RATIONALE : null, a == 1 ? 4 : null);
        });
    }

    private CampaignId pairwiseCampaign() {
        return annotated(TaskType.PAIRWISE_PREFERENCE, PAIRS,
                (a, id) -> new PairwiseAnswer(PAIRWISE.get(id).get(a), a == 0 ? HOSTILE_RATIONALE : null));
    }

    private byte[] download(CampaignId campaign, ExportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.write(campaign, format, out);
        return out.toByteArray();
    }

    private static Map<String, JsonNode> lines(byte[] jsonl) {
        Map<String, JsonNode> byId = new HashMap<>();
        String text = new String(jsonl, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\n");
        for (String line : text.split("\n")) {
            JsonNode node = JSON.readTree(line);
            byId.put(node.get("id").asString(), node);
        }
        return byId;
    }

    private static List<List<String>> csv(byte[] bytes) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader reader = CsvReader.of(new ByteArrayInputStream(bytes), "export.csv",
                new ReadLimits(1 << 20, 1 << 26), false)) {
            while (reader.next()) {
                assertThat(reader.fault()).isNull();
                List<String> row = new ArrayList<>();
                for (int f = 0; f < reader.fieldCount(); f++) {
                    row.add(reader.text(f));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void theAegisConsensusHasMajorityLabelsCategoriesByFrequencyNeedsCautionAndHostileTextVerbatim()
            throws IOException {
        CampaignId campaign = safetyCampaign();
        Map<String, JsonNode> lines = lines(download(campaign, ExportFormat.AEGIS_CONSENSUS_JSONL));

        assertThat(lines).hasSize(4);
        JsonNode h0 = lines.get("h-0");
        assertThat(h0.get("prompt").asString()).isEqualTo("=HYPERLINK(\"http://evil.example\",\"x\")");
        assertThat(h0.get("response").asString()).isEqualTo("<script>alert(1)</script>");
        assertThat(h0.get("prompt_label").asString()).isEqualTo("unsafe");
        assertThat(h0.get("response_label").asString()).isEqualTo("unsafe");
        assertThat(h0.get("violated_categories").asString()).isEqualTo("Violence, Threat");
        assertThat(h0.get("violated_category_counts").toString()).isEqualTo("[2,1]");
        assertThat(h0.get("num_annotations").asInt()).isEqualTo(3);
        assertThat(h0.get("prompt_label_source").asString()).isEqualTo("human");
        JsonNode h1 = lines.get("h-1");
        assertThat(h1.get("prompt").asString()).isEqualTo("Tell me \"quoted\",\nwith a comma");
        assertThat(h1.get("response_label").asString()).isEqualTo("safe");
        assertThat(h1.get("violated_categories").asString()).isEqualTo("Needs Caution");
        assertThat(lines.get("h-2").get("violated_categories").asString()).isEmpty();
        JsonNode h3 = lines.get("h-3");
        assertThat(h3.get("prompt_label").asString()).isEqualTo("safe");
        assertThat(h3.get("response").isNull()).isTrue();
        assertThat(h3.get("response_label").isNull()).isTrue();
        assertThat(h3.get("violated_categories").asString()).isEmpty();
    }

    @Test
    void theLongFormHasARowPerItemAndRaterWithFormulasNeutralisedAndModelRowsAfter() throws IOException {
        CampaignId campaign = safetyCampaign();
        judgmentImports.importFile(ImportSource.of("""
                {"item_id": "h-0", "prompt_verdict": "unsafe", "response_verdict": "unsafe", "categories": ["Threat", "Violence"]}
                {"item_id": "h-1", "prompt_verdict": "safe", "response_verdict": "needs caution"}
                """.getBytes(StandardCharsets.UTF_8)), new JudgmentImportRequest(campaign, JudgmentFormat.SAFETY_JSONL,
                new RaterSpec("guard", "1.0", "test", "file", "1", LocalDate.of(2026, 12, 1), "temperature=0", null),
                "judgments.jsonl", false));

        List<List<String>> rows = csv(download(campaign, ExportFormat.SAFETY_LONG_CSV));

        assertThat(rows.getFirst()).containsExactly("item_id", "rater", "rater_kind", "prompt_verdict",
                "response_verdict", "categories", "confidence", "rationale", "time_spent_ms", "version",
                "updated_at");
        List<List<String>> human = rows.stream().filter(r -> "human".equals(r.get(2))).toList();
        List<List<String>> model = rows.stream().filter(r -> "model".equals(r.get(2))).toList();
        assertThat(human).hasSize(12);
        assertThat(model).hasSize(2);
        assertThat(rows.indexOf(model.getFirst())).isGreaterThan(rows.indexOf(human.getLast()));
        List<String> benOnH0 = human.stream().filter(r -> r.get(0).equals("h-0")
                && r.get(1).equals(annotators.get(1).username())).findFirst().orElseThrow();
        assertThat(benOnH0.subList(3, 9)).containsExactly("unsafe", "unsafe", "threat|violence", "4", "", "1001");
        List<String> annOnH0 = human.stream().filter(r -> r.get(0).equals("h-0")
                && r.get(1).equals(annotators.get(0).username())).findFirst().orElseThrow();
        assertThat(annOnH0.get(7)).isEqualTo("'" + HOSTILE_RATIONALE);
        assertThat(CsvWriter.unneutralise(annOnH0.get(7))).isEqualTo(HOSTILE_RATIONALE);
        assertThat(model.getFirst().subList(0, 6)).containsExactly("h-0", "guard 1.0 (file v1)", "model", "unsafe",
                "unsafe", "threat|violence");
        assertThat(model.get(1).get(4)).isEqualTo("needs_caution");

        String jsonl = new String(download(campaign, ExportFormat.SAFETY_LONG_JSONL), StandardCharsets.UTF_8);
        List<JsonNode> records = jsonl.lines().map(JSON::readTree).toList();
        assertThat(records).hasSize(14);
        JsonNode first = records.stream().filter(r -> r.get("rationale").isString()).findFirst().orElseThrow();
        assertThat(first.get("rationale").asString()).as("JSONL keeps text verbatim").isEqualTo(HOSTILE_RATIONALE);
        assertThat(records.getFirst().get("categories").isArray()).isTrue();
    }

    @Test
    void theHuggingFaceFolderHoldsBothSplitsByTheSeededRuleAndACardTheHubReads() throws IOException {
        CampaignId campaign = safetyCampaign();
        Map<String, String> entries = unzip(download(campaign, ExportFormat.SAFETY_HUGGING_FACE));

        assertThat(entries).containsKey("README.md");
        Split split = Split.defaults();
        List<String> ids = List.of("h-0", "h-1", "h-2", "h-3");
        long test = ids.stream().filter(split::isTest).count();
        String trainText = entries.getOrDefault("data/train.jsonl", "");
        String testText = entries.getOrDefault("data/test.jsonl", "");
        assertThat(trainText.lines().count()).isEqualTo(4 - test);
        assertThat(testText.lines().count()).isEqualTo(test);
        for (String id : ids) {
            assertThat((split.isTest(id) ? testText : trainText)).contains("\"id\":\"" + id + "\"");
        }
        String card = entries.get("README.md");
        assertThat(card).startsWith("---\n").contains("\nlicense: other\n", "size_categories:\n- n<1K\n",
                "task_categories:\n- text-classification\n", "configs:\n- config_name: default\n  data_files:\n",
                "  - name: violated_categories\n    dtype: string\n", "## Agreement\n\nNot computed",
                "Annotations: 12 by 3 annotators");
        if (test < 4) {
            assertThat(card).contains("  - split: train\n    path: data/train.jsonl\n",
                    "  - name: train\n    num_examples: " + (4 - test) + "\n");
        }
        if (test > 0) {
            assertThat(card).contains("  - split: test\n    path: data/test.jsonl\n");
        }
    }

    @Test
    void pairwiseCampaignsExportConsensusPreferencesAndTheirLongForm() throws IOException {
        CampaignId campaign = pairwiseCampaign();
        assertThat(exports.files(campaign)).extracting(ExportFile::format).containsExactly(
                ExportFormat.PREFERENCE_CONSENSUS_JSONL, ExportFormat.PREFERENCE_LONG_CSV,
                ExportFormat.PREFERENCE_LONG_JSONL, ExportFormat.PREFERENCE_HUGGING_FACE);

        Map<String, JsonNode> lines = lines(download(campaign, ExportFormat.PREFERENCE_CONSENSUS_JSONL));
        JsonNode p0 = lines.get("p-0");
        assertThat(p0.get("preference").asString()).isEqualTo("A");
        assertThat(p0.get("chosen").asString()).isEqualTo("=1+1");
        assertThat(p0.get("rejected").asString()).isEqualTo("B, \"zero\"");
        assertThat(p0.get("prompt").asString()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(p0.get("context").get(0).get("role").asString()).isEqualTo("user");
        assertThat(List.of(p0.get("votes_a").asInt(), p0.get("votes_b").asInt(), p0.get("votes_tie").asInt()))
                .containsExactly(2, 1, 0);
        assertThat(lines.get("p-1").get("preference").asString()).isEqualTo("tie");
        assertThat(lines.get("p-1").get("chosen").isNull()).isTrue();
        assertThat(lines.get("p-2").get("agreement").asDouble()).isEqualTo(1.0);

        List<List<String>> rows = csv(download(campaign, ExportFormat.PREFERENCE_LONG_CSV));
        assertThat(rows).hasSize(1 + 9);
        assertThat(rows.getFirst().subList(0, 6)).containsExactly("item_id", "rater", "rater_kind", "form",
                "preference", "shown_order");
        assertThat(rows.subList(1, 10)).allSatisfy(r -> assertThat(r.get(5)).isIn("AB", "BA"));
        assertThat(rows.stream().filter(r -> r.get(11).equals("'" + HOSTILE_RATIONALE)).count()).isEqualTo(3);

        Map<String, String> folder = unzip(download(campaign, ExportFormat.PREFERENCE_HUGGING_FACE));
        assertThat(folder.get("README.md")).contains("task_categories:\n- text-generation\n",
                "  - name: context\n    list:\n");
    }

    @Test
    void keysetPagesOfEveryLengthConcatenateToTheWholeCampaignInOrder() {
        CampaignId campaign = safetyCampaign();
        List<SafetyAnnotation> whole = campaignAnnotations.safetyLabels(campaign);
        assertThat(whole).hasSize(12);
        for (int limit = 1; limit <= 13; limit++) {
            List<SafetyAnnotation> paged = new ArrayList<>();
            AnnotationKey after = null;
            while (true) {
                List<SafetyAnnotation> page = campaignAnnotations.safetyLabels(campaign, after, limit);
                paged.addAll(page);
                if (page.size() < limit) {
                    break;
                }
                after = AnnotationKey.of(page.getLast());
            }
            assertThat(paged).as("pages of %d", limit).isEqualTo(whole);
        }
    }

    @Test
    void aFormatOfTheOtherTaskIsRefusedInPlainWords() {
        CampaignId campaign = pairwiseCampaign();
        assertThatThrownBy(() -> download(campaign, ExportFormat.AEGIS_CONSENSUS_JSONL))
                .hasMessageContaining("has no Consensus labels (Aegis 2.0 JSONL) export");
    }

    @Test
    void anAnnotatorCannotListOrDownloadExportsAndEachAdminDownloadIsAudited() throws IOException {
        CampaignId campaign = safetyCampaign();
        TestUsers.signIn(users, annotators.getFirst().username());
        assertThatThrownBy(() -> exports.files(campaign)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exports.write(campaign, ExportFormat.SAFETY_LONG_CSV, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);

        TestUsers.signIn(users, LatitudeSpringTest.ADMIN);
        String fileName = exports.file(campaign, ExportFormat.SAFETY_LONG_CSV).fileName();
        assertThat(audit.search(fileName, 0, 10)).isEmpty();
        download(campaign, ExportFormat.SAFETY_LONG_CSV);
        assertThat(audit.search(fileName, 0, 10)).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo("export.download");
            assertThat(r.actor()).isEqualTo(LatitudeSpringTest.ADMIN);
        });
        assertThat(fileName).matches("campaign-\\d+-[a-z0-9-]+\\.labels\\.long\\.csv");
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
