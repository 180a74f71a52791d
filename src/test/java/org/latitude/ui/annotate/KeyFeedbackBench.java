package org.latitude.ui.annotate;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.latitude.shared.CampaignId;
import org.latitude.campaign.TaskType;
import org.latitude.security.Role;
import org.latitude.security.UserAccountService;
import org.latitude.security.UserSummary;
import org.latitude.testsupport.AnnotationFixtures;
import org.latitude.testsupport.BrowserTest;
import org.latitude.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * On-demand benchmark (Surefire's default includes skip this name): key → visual feedback in the workspace with
 * {@value #ADDED_LATENCY_MS} ms added to every request by Chromium's network emulation (CDP
 * {@code Network.emulateNetworkConditions}), as for an annotator far from the server. For each of {@value #ITEMS}
 * items after {@value #WARM_UP} warm-up items it presses the prompt and response verdicts, a two-digit category, F and
 * a confidence, one key at a time, and measures in the page from the keydown to the first animation frame after the
 * form changed on screen (a DOM mutation in the workspace), and counts the server requests the keys caused. Run:
 * {@code mvn -B -ntp test -Dtest=KeyFeedbackBench -Dsurefire.failIfNoSpecifiedTests=false}; results go to the log and
 * {@code target/key-feedback.txt}.
 */
@Tag("bench")
class KeyFeedbackBench extends BrowserTest {

    static final int ADDED_LATENCY_MS = 50;
    static final int WARM_UP = 3;
    static final int ITEMS = 20;

    @Autowired
    AnnotationFixtures fixtures;
    @Autowired
    UserAccountService accounts;

    @Test
    void keyToVisualFeedbackWithAddedLatency() throws IOException {
        UserSummary ann = TestUsers.create(accounts, "keybench", Role.ANNOTATOR);
        CampaignId campaign = fixtures.campaign(TaskType.SAFETY_LABEL, WARM_UP + ITEMS + 1, List.of(ann.id()));
        signIn(ann.username(), TestUsers.PASSWORD);
        CDPSession cdp = context.newCDPSession(page);
        cdp.send("Network.enable");
        JsonObject conditions = new JsonObject();
        conditions.addProperty("offline", false);
        conditions.addProperty("latency", ADDED_LATENCY_MS);
        conditions.addProperty("downloadThroughput", -1);
        conditions.addProperty("uploadThroughput", -1);
        cdp.send("Network.emulateNetworkConditions", conditions);
        page.navigate(url("/annotate/" + campaign));
        WorkspacePage ws = new WorkspacePage(page);
        long item = ws.awaitItem();
        page.evaluate("() => { window.__key = 0; window.__shown = 0;"
                + "document.addEventListener('keydown', () => { window.__key = performance.now(); window.__shown = 0; },"
                + " true);"
                + "new MutationObserver(() => { if (window.__key && !window.__shown) { requestAnimationFrame(() => {"
                + " if (!window.__shown) { window.__shown = performance.now(); } }); } })"
                + ".observe(document.querySelector('#annotate-view'), {subtree: true, attributes: true,"
                + " childList: true, characterData: true}); }");
        int[] requests = {0};
        page.onRequest(r -> { if (r.url().contains("v-r=uidl")) { requests[0]++; } });
        List<Double> requestsPerItem = new ArrayList<>();
        Map<String, List<Double>> byKey = new LinkedHashMap<>();
        List<Double> all = new ArrayList<>();
        String[][] keys = {{"prompt 2", "2"}, {"response 2", "2"}, {"category 0_", "0"}, {"category _9", "9"},
            {"section F", "f"}, {"confidence 3", "3"}};
        for (int i = 0; i < WARM_UP + ITEMS; i++) {
            requests[0] = 0;
            for (String[] key : keys) {
                page.keyboard().press(key[1]);
                page.waitForFunction("() => window.__shown > 0");
                double ms = ((Number) page.evaluate("() => window.__shown - window.__key")).doubleValue();
                settle();
                if (i >= WARM_UP) {
                    byKey.computeIfAbsent(key[0], k -> new ArrayList<>()).add(ms);
                    all.add(ms);
                }
            }
            if (i >= WARM_UP) {
                requestsPerItem.add((double) requests[0]);
            }
            item = ws.submitAndAwaitNext(item);
        }
        StringBuilder report = new StringBuilder("key -> visual feedback, +" + ADDED_LATENCY_MS + " ms network latency, "
                + ITEMS + " items after " + WARM_UP + " warm-up\n");
        byKey.forEach((k, v) -> report.append(String.format(Locale.ROOT, "  %-13s %s%n", k,
                LatencySummary.of(v))));
        report.append("  all keys      ").append(LatencySummary.of(all)).append('\n')
                .append(String.format(Locale.ROOT, "server requests while the %d keys of an item were typed: mean %.1f%n",
                        keys.length, requestsPerItem.stream().mapToDouble(Double::doubleValue).average().orElse(0)))
                .append("load average at end: ").append(Files.readString(Path.of("/proc/loadavg")).strip()).append('\n');
        System.out.println(report);
        Files.writeString(Path.of("target/key-feedback.txt"), report);
    }
}
