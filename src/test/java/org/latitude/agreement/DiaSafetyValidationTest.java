package org.latitude.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latitude.agreement.Published.assertPublished;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latitude.testsupport.SharedFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * DiaSafety-CC (Ajayi, Arcan &amp; Buitelaar 2025, LDK; Apache-2.0): 1,095 chatbot responses, each labelled Safe or
 * Unsafe by 6 raters (3 Nigerian, 3 Indian). The file is encrypted by its authors against training-data
 * contamination; it is decrypted here, as its README says, into a temporary folder that JUnit deletes. The README's
 * reference values (computed there, not quoted from the paper): Fleiss' κ 0.3129, α 0.3130, mean pairwise Cohen κ
 * 0.346 (range 0.187–0.481), Nigerian trio κ 0.191, Indian trio κ 0.420, 100 tied items at 3–3.
 */
class DiaSafetyValidationTest {

    private static final List<String> RATERS = List.of("label1_ng", "label2_ng", "label3_ng", "label1_in",
            "label2_in", "label3_in");

    @TempDir
    static Path temp;

    private static RatingTable table;

    @BeforeAll
    static void decrypt() throws IOException, InterruptedException {
        Path encrypted = SharedFixtures.require("datasets/diasafety-cc/diasafety_cc.tar.gz.gpg");
        Path archive = temp.resolve("diasafety_cc.tar.gz");
        run(List.of("gpg", "--batch", "--quiet", "--pinentry-mode", "loopback", "--passphrase", "diasafety_cc",
                "--output", archive.toString(), "--decrypt", encrypted.toString()));
        run(List.of("tar", "-xzf", archive.toString(), "-C", temp.toString()));
        JsonNode items = JsonMapper.builder().build().readTree(Files.readString(temp.resolve("diasafety_cc.json")));
        RatingTableBuilder b = RatingTable.builder(ValueDomain.nominal(List.of("Safe", "Unsafe")));
        for (int i = 0; i < items.size(); i++) {
            for (String rater : RATERS) {
                b.add("item" + i, rater, items.get(i).get(rater).asString());
            }
        }
        table = b.build();
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(String.join(" ", command) + ": " + output).isZero();
    }

    @Test
    void completeDesignOfSixRaters() {
        assertThat(table.unitCount()).isEqualTo(1095);
        assertThat(table.ratingCount()).isEqualTo(6 * 1095);
    }

    @Test
    void reproducesTheReadmeFigures() {
        MultiRaterResult r = MultiRaterAgreement.compute(table);
        System.out.printf("DiaSafety-CC: Fleiss kappa %.6f, alpha %.6f, AC1 %.6f, Conger %.6f, percent agreement"
                + " %.6f, Light's kappa %.6f, Nigerian trio %.6f, Indian trio %.6f, ties %d%n",
                r.fleissKappa().value(), KrippendorffAlpha.nominal(table).value(), r.gwetAc().value(),
                r.congerKappa().value(), r.percentAgreement(), CoderPairs.compute(table).lightKappa().value(),
                trio("_ng"), trio("_in"), MajorityVote.of(table, TieRule.EXCLUDE).tiedUnits());
        assertPublished(MultiRaterAgreement.compute(table).fleissKappa().value(), "0.3129");
        assertPublished(KrippendorffAlpha.nominal(table).value(), "0.3130");
        assertPublished(CoderPairs.compute(table).lightKappa().value(), "0.346");
        double[] kappas = CoderPairs.compute(table).pairs().stream().mapToDouble(p -> p.cohenKappa().value())
                .sorted().toArray();
        assertPublished(kappas[0], "0.187");
        assertPublished(kappas[kappas.length - 1], "0.481");
        assertPublished(trio("_ng"), "0.191");
        assertPublished(trio("_in"), "0.420");
        assertThat(MajorityVote.of(table, TieRule.EXCLUDE).tiedUnits()).isEqualTo(100);
    }

    private static double trio(String suffix) {
        return MultiRaterAgreement.compute(table.selectCoders(c -> table.coderId(c).endsWith(suffix)))
                .fleissKappa().value();
    }

    @Test
    void engineRunsOnTheRealData() {
        FieldAgreement f = AgreementEngine.analyze("response_safety", table, Set.of(), AnalysisOptions.defaults()
                .withBootstrap(200, 1));
        assertThat(f.figures()).filteredOn(x -> x.measure().equals("gwet_ac1")).singleElement()
                .satisfies(x -> assertThat(x.ciLow()).isLessThan(x.value()));
    }
}
