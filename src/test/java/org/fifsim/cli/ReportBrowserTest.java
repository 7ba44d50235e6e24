package org.fifsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every kind of report.html (run, compare, sweep, sensitivity), copied alone into an empty folder as if mailed, opened
 * in headless Chromium at 1280 and 390 px wide: every image loads from the page itself, nothing overflows sideways,
 * no console errors, every in-page link has its anchor, and the decision summary is the first section. The first
 * screens of compare, sweep and sensitivity are saved as target/report-KIND-1280x800.png. Debian's chromium and
 * chromedriver are driven directly (no driver download); without them the test is skipped and says so. CI installs
 * them.
 */
class ReportBrowserTest extends CapturedCli {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static ChromeDriver driver;
    private static ChromeDriverService service;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void browser() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "skipped: no browser here (apt-get install chromium chromium-driver); CI installs them");
        service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort()
                .build();
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,800", "--allow-file-access-from-files");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(service, o);
    }

    @AfterAll
    static void close() {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
    }

    private Path scenario(String name, String text) throws Exception {
        Path f = tmp.resolve(name + ".yaml");
        Files.writeString(f, text.replace("name: small", "name: " + name), StandardCharsets.UTF_8);
        return f;
    }

    /** The shipped scenarios at a short horizon: the default comparison, quickly. */
    private Path shipped(String name) throws Exception {
        String text = Files.readString(Path.of("scenarios", name + ".yaml"), StandardCharsets.UTF_8)
                .replaceFirst("(?m)^(\\s*horizon:).*$", "$1 13d").replaceFirst("(?m)^(\\s*replications:).*$", "$1 2");
        Path f = tmp.resolve(name + ".yaml");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void everyReportLoadsCleanlyAtDesktopAndPhoneWidth() throws Exception {
        Path small = scenario("small", SweepCliTest.SMALL);
        Path far = scenario("far", SweepCliTest.SMALL.replace("transfer: {triangular: [15min, 20min, 25min]}",
                "transfer: {triangular: [1h, 2h, 3h]}"));
        Path remote = shipped("seres-remote");
        Path fif = shipped("seres-fif");
        Map<String, String[]> commands = Map.of(
                // with the committed sweep and explanation of the same pair: break-even and carbon source on screen
                "compare", new String[] {"compare", remote.toString(), fif.toString(), "--claims",
                        "scenarios/claims/seres.yaml", "--context", "results/sweep-volume", "--context",
                        "results/explain-seres-remote-vs-seres-fif"},
                "run", new String[] {"run", small.toString()},
                "sweep", new String[] {"sweep", small.toString(), "--against", far.toString(), "--vary",
                        "vehicle_line.takt=90s..45s:3", "--kpi", "pipeline_packs", "--x-kpi", "vehicles_built"},
                "sensitivity", new String[] {"sensitivity", small.toString(), "--keys",
                        "vehicle_line.takt,pack_line.buffer", "--kpi", "vehicles_built"});
        for (String kind : List.of("compare", "run", "sweep", "sensitivity")) {
            Path dir = tmp.resolve(kind);
            List<String> args = new ArrayList<>(List.of(commands.get(kind)));
            args.addAll(List.of("--quiet", "--out", dir.toString()));
            assertEquals(0, execute(args.toArray(String[]::new)), kind + ": " + err.toString(StandardCharsets.UTF_8));
            // report.html alone, as mailed: in a folder of its own, without charts/ beside it
            Path alone = Files.createDirectories(tmp.resolve("mailed-" + kind)).resolve("report.html");
            Files.copy(dir.resolve("report.html"), alone);
            for (int width : new int[] {1280, 390}) {
                check(alone, kind + " at " + width + " px", width);
            }
            if (!kind.equals("run")) {
                // the first screen as a reader sees it, kept for a look in target/
                open(alone, 1280);
                answerInView(kind);
                Path shot = Path.of("target", "report-" + kind + "-1280x800.png");
                Files.createDirectories(shot.getParent());
                Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            }
        }
        // the default comparison's first screen: the decision table is in view at 1280 x 800
        open(tmp.resolve("compare").resolve("report.html"), 1280);
        Number top = (Number) js().executeScript(
                "return document.querySelector('main section table').getBoundingClientRect().top;");
        assertTrue(top.doubleValue() < 800 - 100, "summary table starts in the first screen, at " + top);
        // its title is the designs' descriptions in words, not the file names
        String title = (String) js().executeScript("return document.querySelector('h1').textContent;");
        assertEquals("Co-located pack line against separate pack plant ~30 km away", title);
        String screen = (String) js().executeScript("return document.querySelector('main section').innerText;");
        for (String part : List.of("Break-even: total cost is equal at", "What the decision rests on",
                "results/sweep-volume", "explain: results/explain-seres-remote-vs-seres-fif")) {
            assertTrue(screen.contains(part), "first screen lacks '" + part + "': " + screen);
        }
        // the method's terms stay in the method section
        for (String jargon : List.of("common random numbers", "paired replication")) {
            assertTrue(!screen.contains(jargon), "jargon on the first screen: " + jargon);
        }
    }

    /** The first paragraph of the summary is its answer in one sentence, and it is in the first screen. */
    private void answerInView(String kind) {
        String text = (String) js().executeScript("return document.querySelector('main section p').textContent;");
        String opening = kind.equals("sensitivity") ? "What matters most: " : "Recommendation";
        assertTrue(text.startsWith(opening), kind + ": the summary opens with " + text);
        Number bottom = (Number) js().executeScript(
                "return document.querySelector('main section p').getBoundingClientRect().bottom;");
        assertTrue(bottom.doubleValue() < 800, kind + ": the answer ends below the first screen, at " + bottom);
    }

    private JavascriptExecutor js() {
        return driver;
    }

    private void open(Path html, int width) {
        driver.manage().window().setSize(new Dimension(width, 800));
        driver.get(html.toUri().toString());
        // the window includes the browser's frame: grow it so the page itself is 800 px high
        Number inner = (Number) js().executeScript("return window.innerHeight;");
        if (inner.intValue() < 800) {
            driver.manage().window().setSize(new Dimension(width, 800 + (800 - inner.intValue())));
        }
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(js().executeScript(
                "return document.readyState === 'complete' && Array.from(document.images).every(i => i.complete);")));
    }

    private void check(Path html, String what, int width) {
        assertTrue(Files.isRegularFile(html), what + ": no report.html");
        driver.manage().logs().get(LogType.BROWSER); // drop what earlier pages logged
        open(html, width);
        Number inner = (Number) js().executeScript("return window.innerWidth;");
        assertTrue(Math.abs(inner.intValue() - width) <= 20, what + ": window is " + inner + " px wide");
        @SuppressWarnings("unchecked")
        List<String> broken = (List<String>) js().executeScript(
                "return Array.from(document.images).filter(i => !(i.complete && i.naturalWidth > 0))"
                        + ".map(i => i.getAttribute('src'));");
        assertEquals(List.of(), broken, what + ": images that did not load");
        Number images = (Number) js().executeScript("return document.images.length;");
        assertTrue(images.intValue() > 0, what + ": a report without charts");
        @SuppressWarnings("unchecked")
        List<String> linked = (List<String>) js().executeScript(
                "return Array.from(document.images).map(i => i.getAttribute('src'))"
                        + ".filter(s => !s.startsWith('data:image/png;base64,')).map(s => s.substring(0, 80));");
        assertEquals(List.of(), linked, what + ": charts not inside the page");
        Number overflow = (Number) js().executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
        assertTrue(overflow.intValue() <= 0, what + ": overflows sideways by " + overflow + " px");
        @SuppressWarnings("unchecked")
        List<String> dangling = (List<String>) js().executeScript(
                "return Array.from(document.querySelectorAll('a[href^=\"#\"]')).map(a => a.getAttribute('href'))"
                        + ".filter(h => !document.getElementById(decodeURIComponent(h.substring(1))));");
        assertEquals(List.of(), dangling, what + ": in-page links without their anchor");
        String first = (String) js().executeScript(
                "const s = document.querySelector('main section'); return s.id + ':' + (s.querySelector('table') "
                        + "!== null);");
        assertEquals("summary:true", first, what + ": the first section must be the summary with its table");
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
        assertEquals(List.of(), errors, what + ": console errors");
        assertTrue(new File(html.toString()).length() > 0);
    }
}
