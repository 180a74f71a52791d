package org.latitude.ui.annotate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.latitude.campaign.TaskType;
import org.latitude.security.Role;
import org.latitude.security.UserAccountService;
import org.latitude.security.UserSummary;
import org.latitude.shared.CampaignId;
import org.latitude.testsupport.AnnotationFixtures;
import org.latitude.testsupport.BrowserTest;
import org.latitude.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * On-demand benchmark (not a test: Surefire's default includes skip this name): submit → next item rendered in the real
 * browser, over 50 safety items after 5 warm-up items. The verdicts are typed (and their round trips finished) before
 * the clock starts. Measured in the page, from the Ctrl+Enter keydown to the first animation frame after the transcript
 * shows the next item; the wall time seen by the Playwright driver is reported
 * too. Run: {@code mvn -B -ntp test -Dtest=WorkspaceLatencyBench -Dsurefire.failIfNoSpecifiedTests=false}; results go
 * to the log and to {@code target/workspace-latency.txt}.
 */
@Tag("bench")
class WorkspaceLatencyBench extends BrowserTest {

    @Autowired
    AnnotationFixtures fixtures;

    private static final int WARM_UP = 5;
    private static final int MEASURED = 50;

    @Autowired
    UserAccountService accounts;

    @Test
    void submitToNextItemRendered() throws IOException {
        UserSummary ann = TestUsers.create(accounts, "bench", Role.ANNOTATOR);
        CampaignId campaign = fixtures.campaign(TaskType.SAFETY_LABEL, WARM_UP + MEASURED + 1, List.of(ann.id()));
        signIn(ann.username(), TestUsers.PASSWORD);
        page.navigate(url("/annotate/" + campaign));
        WorkspacePage ws = new WorkspacePage(page);
        long item = ws.awaitItem();
        page.evaluate("() => { window.__sent = 0; window.__rendered = 0;"
                + "document.addEventListener('keydown', e => { if (e.key === 'Enter' && e.ctrlKey) "
                + "window.__sent = performance.now(); }, true);"
                + "new MutationObserver(() => requestAnimationFrame(() => { window.__rendered = performance.now(); }))"
                + ".observe(document.querySelector('#transcript'), {attributes: true, "
                + "attributeFilter: ['data-item-id']}); }");
        List<Double> inPage = new ArrayList<>();
        List<Double> driver = new ArrayList<>();
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            ws.keys("1", "1");
            ws.awaitFocus("#verdict-area");
            settle(); // the digits' round trips are done: only the submit is timed
            page.evaluate("() => { window.__rendered = 0; }");
            long t0 = System.nanoTime();
            item = ws.submitAndAwaitNext(item);
            double wall = (System.nanoTime() - t0) / 1e6;
            page.waitForFunction("() => window.__rendered > 0");
            double measured = ((Number) page.evaluate("() => window.__rendered - window.__sent")).doubleValue();
            if (i >= WARM_UP) {
                inPage.add(measured);
                driver.add(wall);
            }
        }
        String report = "submit -> next item rendered, " + MEASURED + " items after " + WARM_UP + " warm-up\n"
                + "in page (keydown -> frame after render): " + LatencySummary.of(inPage) + "\n"
                + "driver wall time (press -> render seen):  " + LatencySummary.of(driver) + "\n"
                + "load average at end: " + Files.readString(Path.of("/proc/loadavg")).strip() + "\n";
        System.out.println(report);
        Files.writeString(Path.of("target/workspace-latency.txt"), report);
    }
}
