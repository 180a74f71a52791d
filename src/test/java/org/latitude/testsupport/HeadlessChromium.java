package org.latitude.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The one headless Chromium of a test run: Playwright driving Debian's Chromium ({@code /usr/bin/chromium}, or
 * {@code LATITUDE_CHROMIUM}), never a downloaded browser. Without Chromium a test is skipped with a message locally
 * and fails under {@code CI=true}, where {@code .ci/run} installs it.
 */
public final class HeadlessChromium {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("LATITUDE_CHROMIUM",
            "/usr/bin/chromium"));
    private static Playwright playwright;
    private static Browser browser;

    private HeadlessChromium() {
    }

    /** The shared browser, launched on first use and closed at JVM exit; skips the test without Chromium. */
    public static synchronized Browser browser() {
        boolean present = Files.isExecutable(CHROMIUM);
        String message = "Chromium not found at " + CHROMIUM + " (apt-get install chromium chromium-driver)";
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("CI=true but " + message);
        }
        assumeTrue(present, "Skipped: " + message);
        if (browser == null) {
            // a shared 2-core CI machine can be slow to render; assertions retry until this timeout
            PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            "--no-first-run", "--disable-quic")));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> playwright.close()));
        }
        return browser;
    }
}
