package org.latitude.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latitude.security.ApiScope;
import org.latitude.testsupport.ApiClient;
import org.latitude.testsupport.ApiClients;
import org.latitude.testsupport.LatitudeSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * docs/api/e2e.sh, the documented curl walk-through, run as a user would run it against the started application:
 * it imports the example dataset (twice with one Idempotency-Key: one dataset), creates and starts a campaign, and
 * exports its annotations to files (ExportsApiTest checks exports of annotated campaigns).
 */
@LatitudeSpringTest
class EndToEndScriptTest {

    @Autowired
    ApiClients clients;
    static final Path SCRIPT = Path.of("docs", "api", "e2e.sh");

    @LocalServerPort
    int port;

    @Test
    void theCurlScriptImportsStartsAndExports(@TempDir Path out) throws Exception {
        assumeTrue(onPath("bash") && onPath("curl"), "bash and curl are needed to run docs/api/e2e.sh: skipped");
        ApiClient admin = clients.admin(ApiScope.ADMIN);
        ProcessBuilder run = new ProcessBuilder("bash", SCRIPT.toString(), "docs/api/example-dataset.jsonl",
                out.toString()).redirectErrorStream(true);
        run.environment().put("LATITUDE_URL", "http://localhost:" + port);
        run.environment().put("LATITUDE_TOKEN", admin.token());
        Process process = run.start();
        String output;
        try (var in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the script finishes").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("== done: dataset");

        long campaign = Long.parseLong(output.replaceAll("(?s).*campaign (\\d+)\\s*$", "$1").strip());
        JsonNode started = ApiClient.json(admin.get("/api/v1/campaigns/" + campaign));
        assertThat(started.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(started.get("datasetIds").size()).isOne();
        // nobody has annotated yet: the consensus has no item, the long form only its header
        assertThat(Files.readAllLines(out.resolve("consensus.aegis.jsonl"))).isEmpty();
        List<String> longForm = Files.readAllLines(out.resolve("labels.long.csv"));
        assertThat(longForm).hasSize(1);
        assertThat(longForm.getFirst()).contains("item");
    }

    private static boolean onPath(String command) throws IOException, InterruptedException {
        return new ProcessBuilder("sh", "-c", "command -v " + command).start().waitFor() == 0;
    }
}
