package org.latitude.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latitude.testsupport.HeadlessChromium;

/**
 * report.html of both commands opened from disk in headless Chromium, offline: it shows its charts (screenshots in
 * target/report-screenshots/), and hostile input never runs a script or becomes markup. Skipped with a message
 * without Chromium (a failure under CI=true).
 */
class ReportInBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "report-screenshots");

    @TempDir
    Path dir;

    private BrowserContext context;
    private Page page;
    private final List<String> requests = new ArrayList<>();

    @BeforeEach
    void open() {
        Browser browser = HeadlessChromium.browser();
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1100, 900).setOffline(true));
        page = context.newPage();
        page.onRequest(r -> requests.add(r.url()));
    }

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void analyzeReportShowsItsChartsOffline() throws IOException {
        Path out = dir.resolve("a");
        assertThat(CliRun.run(ReportFiles.analyzeExample(out, dir.resolve("a.zip"))).exit()).isZero();
        showsEveryFigure(out, "analyze.png");
    }

    @Test
    void discretionReportShowsItsChartsOffline() throws IOException {
        Path out = dir.resolve("d");
        assertThat(CliRun.run(ReportFiles.discretionExample(ReportFiles.DISCRETION, out, dir.resolve("d.zip")))
                .exit()).isZero();
        showsEveryFigure(out, "discretion.png");
    }

    @Test
    void hostileAnalyzeInputRunsNoScriptAndShowsAsText() throws IOException {
        Path out = dir.resolve("ha");
        CliRun.Outcome r = CliRun.run(ReportFiles.hostileAnalyze(dir.resolve("in"), out, dir.resolve("ha.zip")));
        assertThat(r.exit()).as(r.stderr()).isZero();
        String text = inert(out, "hostile-analyze.png");
        assertThat(text).contains("<script>window.pwned=1</script>", "<img src=x onerror=window.pwned=2>",
                "javascript:window.pwned=3", "<svg onload=window.pwned=4>");
    }

    @Test
    void hostileDiscretionInputRunsNoScriptAndShowsAsText() throws IOException {
        Path out = dir.resolve("hd");
        CliRun.Outcome r = CliRun.run(ReportFiles.discretionExample(ReportFiles.hostileDiscretion(dir.resolve("in")),
                out, dir.resolve("hd.zip")));
        assertThat(r.exit()).as(r.stderr()).isZero();
        String text = inert(out, "hostile-discretion.png");
        assertThat(text).contains("<script>window.pwned=5</script>", "<img src=x onerror=window.pwned=6>",
                "javascript:window.pwned=7", "<b onmouseover=window.pwned=8>Avoid harm</b>");
    }

    private void showsEveryFigure(Path out, String screenshot) throws IOException {
        int figures = count(Files.readString(out.resolve("report.json")), "\"kind\": \"(HeatMap|ConfusionMatrix|"
                + "IntervalChart|ShareChart)\"");
        assertThat(figures).isPositive();
        page.navigate(out.resolve("report.html").toUri().toString());
        assertThat(page.locator("figure > svg").count()).isEqualTo(figures);
        for (int i = 0; i < figures; i++) {
            var box = page.locator("figure > svg").nth(i).boundingBox();
            assertThat(box.width).as("figure %d is drawn", i).isGreaterThan(200);
            assertThat(box.height).isGreaterThan(100);
        }
        assertThat(page.locator("figure svg text").count()).isGreaterThan(figures * 3);
        assertThat(page.locator("#summary").innerText()).contains("Summary");
        assertThat(page.locator("#definitions").innerText()).contains("Krippendorff", "bootstrap");
        Files.createDirectories(SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(screenshot)).setFullPage(true));
        assertThat(requests).allMatch(u -> u.startsWith("file:"));
    }

    /** Opens the report, proves nothing ran and no payload became an element, and returns the page's text. */
    private String inert(Path out, String screenshot) throws IOException {
        page.navigate(out.resolve("report.html").toUri().toString());
        page.locator("figure svg").first().hover();
        page.locator("table td").first().hover();
        assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);
        assertThat(page.evaluate("() => document.querySelectorAll('script, img, iframe, object, embed, "
                + "foreignObject').length")).isEqualTo(0);
        assertThat(page.evaluate("() => [...document.querySelectorAll('b, svg svg')].filter(e => e.textContent"
                + ".includes('pwned')).length")).isEqualTo(0);
        assertThat(page.evaluate("() => [...document.querySelectorAll('*')].filter(e => [...e.attributes]"
                + ".some(a => a.name.startsWith('on'))).length")).isEqualTo(0);
        assertThat(page.evaluate("() => [...document.querySelectorAll('[href]')].filter(e => !e.getAttribute('href')"
                + ".startsWith('#')).length")).as("only links within the page").isEqualTo(0);
        Files.createDirectories(SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(screenshot)).setFullPage(true));
        assertThat(requests).allMatch(u -> u.startsWith("file:"));
        return (String) page.evaluate("() => document.body.innerText + ' ' + [...document.querySelectorAll('svg "
                + "text, svg title')].map(t => t.textContent).join(' ') + ' ' + [...document.querySelectorAll("
                + "'[data-row]')].map(g => g.getAttribute('data-row')).join(' ')");
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
