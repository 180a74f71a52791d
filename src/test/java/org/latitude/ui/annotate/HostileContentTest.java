package org.latitude.ui.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.latitude.annotation.CampaignAnnotations;
import org.latitude.campaign.TaskType;
import org.latitude.dataset.ImportFormat;
import org.latitude.security.Role;
import org.latitude.security.UserAccountService;
import org.latitude.security.UserSummary;
import org.latitude.shared.CampaignId;
import org.latitude.testsupport.AnnotationFixtures;
import org.latitude.testsupport.BrowserTest;
import org.latitude.testsupport.LatitudeSpringTest;
import org.latitude.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 29 hostile payloads of {@code fixtures/hostile-items.jsonl} (script tags, event handlers, javascript: links,
 * SVG/MathML, CSS injection, 20,000-character lines, bidi overrides, zero-width and control characters…) are shown as
 * visible text in the workspace: each marker is in the transcript's text, no element is created from the content, no
 * script runs, no dialog opens, nothing overflows the page sideways and the submit button stays reachable.
 */
class HostileContentTest extends BrowserTest {

    @Autowired
    AnnotationFixtures fixtures;

    private static final Set<String> TRANSCRIPT_TAGS = Set.of("DIV", "SPAN", "H3");

    @Autowired
    CampaignAnnotations records;
    @Autowired
    UserAccountService accounts;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void everyHostilePayloadRendersAsVisibleTextWithoutScriptDialogOrBrokenLayout() throws IOException {
        String jsonl = fixture();
        Map<String, String> markers = markers(jsonl);
        assertThat(markers).hasSizeGreaterThanOrEqualTo(20);
        UserSummary ann = TestUsers.create(accounts, "hostile", Role.ANNOTATOR);
        CampaignId campaign = fixtures.campaign(TaskType.SAFETY_LABEL,
                fixtures.dataset(jsonl, ImportFormat.GENERIC_JSONL), List.of(ann.id()), Set.of(), false, null);
        List<String> dialogs = new ArrayList<>();
        page.onDialog(d -> {
            dialogs.add(d.message());
            d.dismiss();
        });
        page.addInitScript("window.__ran = 0; window.alert = window.confirm = window.prompt = () => { window.__ran++; };");
        signIn(ann.username(), TestUsers.PASSWORD);
        page.navigate(url("/annotate/" + campaign));
        WorkspacePage ws = new WorkspacePage(page);

        List<String> seen = new ArrayList<>();
        long item = ws.awaitItem();
        while (item != -1) {
            String id = page.getAttribute("#transcript", "data-external-id");
            seen.add(id);
            String text = (String) page.evaluate("() => document.querySelector('#transcript').textContent");
            assertThat(text).as("text of %s", id).contains(markers.get(id));
            assertThat(page.locator("#transcript .turn-user .turn-content").isVisible()).as(id).isTrue();
            @SuppressWarnings("unchecked")
            List<String> tags = (List<String>) page.evaluate("() => [...new Set([...document.querySelectorAll("
                    + "'#transcript *')].map(e => e.tagName))]");
            assertThat(tags).as("elements inside the transcript of %s", id).isSubsetOf(TRANSCRIPT_TAGS);
            assertLayoutUsable(id);
            ws.keys("1");
            if (page.locator("#response-verdict").isVisible()) {
                ws.keys("1");
            }
            item = ws.submitAndAwaitNext(item);
        }

        assertThat(seen).containsExactlyInAnyOrderElementsOf(markers.keySet());
        assertThat(dialogs).isEmpty();
        assertThat(page.evaluate("() => window.__ran")).isEqualTo(0);
        TestUsers.signIn(users, LatitudeSpringTest.ADMIN);
        assertThat(records.safetyLabels(campaign)).hasSize(markers.size());
    }

    private void assertLayoutUsable(String id) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as("sideways overflow with %s", id).isLessThanOrEqualTo(1);
        page.locator("#submit").scrollIntoViewIfNeeded();
        Object reachable = page.evaluate("() => { const b = document.querySelector('#submit'); "
                + "const r = b.getBoundingClientRect(); "
                + "const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2); "
                + "return r.width > 0 && r.right <= window.innerWidth && hit !== null && b.contains(hit); }");
        assertThat(reachable).as("submit button reachable with %s", id).isEqualTo(true);
        page.locator("#verdict-area").focus();
    }

    private static String fixture() throws IOException {
        try (InputStream in = HostileContentTest.class.getResourceAsStream("/fixtures/hostile-items.jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, String> markers(String jsonl) {
        JsonMapper json = JsonMapper.builder().build();
        Map<String, String> markers = new HashMap<>();
        jsonl.lines().filter(l -> !l.isBlank()).forEach(line -> {
            JsonNode row = json.readTree(line);
            markers.put(row.get("id").asString(), row.get("marker").asString());
        });
        return markers;
    }

    @SuppressWarnings("unused")
    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/" + name + ".png")));
    }
}
