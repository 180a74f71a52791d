package org.latitude.testsupport;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real-browser journeys: {@link HeadlessChromium} (Debian's Chromium, installed by {@code .ci/run}) against the shared
 * test server. Without Chromium the tests are skipped with a message locally and fail under {@code CI=true}.
 */
@LatitudeSpringTest
public abstract class BrowserTest {

    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        browser = HeadlessChromium.browser();
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
    }

    @AfterAll
    static void keepBrowserForOtherClasses() {
        // one browser for the whole run; closed by the shutdown hook
    }

    protected String url(String path) {
        return "http://localhost:" + port + (path.startsWith("/") ? path : "/" + path);
    }

    /** Signs in through the login form and waits until the app shell is shown. */
    protected void signIn(String username, String password) {
        page.navigate(url("/login"));
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
        page.waitForSelector("vaadin-app-layout");
    }

    /** Waits until Vaadin has no pending server round-trip. */
    protected void settle() {
        page.waitForFunction("() => !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients "
                + "|| Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
    }
}
