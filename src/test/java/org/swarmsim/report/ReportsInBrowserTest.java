package org.swarmsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarmsim.cli.Main;

/**
 * Opens a run's {@code index.html} in headless Chromium, as a reader would: the page must render
 * its title, key parameters, completion line and tables, every chart must decode as an image, and
 * the browser must log no console error. The screenshot is kept in
 * {@code target/reports-in-browser/} for a person to look at. Skipped, with the reason, when
 * Chromium is not installed ({@code .ci/run} installs it).
 */
class ReportsInBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target", "reports-in-browser");

    @TempDir
    static Path tmp;
    static Path runDir;
    static String chromium;

    @BeforeAll
    static void runASmallSwarmWithTwoBehaviours() {
        chromium = findChromium();
        Assumptions.assumeTrue(chromium != null, "headless browser test skipped: no chromium or chromium-browser on the PATH "
                + "(apt-get install chromium)");
        runDir = tmp.resolve("run");
        assertEquals(0, Main.execute("run", "scenarios/quickstart.yaml", "--out", runDir.toString(),
                "--set", "population.leechers.count=4",
                "--set", "population.leechers.behaviours={compliant: 50%, free_rider: 50%}"));
    }

    @Test
    void theRunPageRendersItsKeyElementsAndEveryChartDecodes() throws Exception {
        // A copy of the page with a probe that writes, once everything has loaded, how each image decoded.
        String page = Files.readString(runDir.resolve(HtmlReport.INDEX_FILE), StandardCharsets.UTF_8);
        int images = count(page, "<img ");
        String probe = "<script>window.addEventListener('load',function(){var r=[];"
                + "document.querySelectorAll('img').forEach(function(i){r.push(i.complete+':'+i.naturalWidth+'x'+i.naturalHeight)});"
                + "var p=document.createElement('pre');p.id='probe';p.textContent=r.join(' ');document.body.appendChild(p);});</script>";
        Path probed = runDir.resolve("probed.html");
        Files.writeString(probed, page.replace("</body>", probe + "</body>"), StandardCharsets.UTF_8);

        Browser dump = chrome("--dump-dom", probed.toUri().toString());
        String dom = dump.stdout();
        assertTrue(dom.contains("<title>quickstart \u2014 swarmsim run</title>"), "title");
        assertTrue(dom.contains("<h1>quickstart</h1>"), "heading");
        assertTrue(dom.contains("<th>Population</th><td>1 seed, 4 leechers arriving at once at 0 s</td>"), "key parameter");
        assertTrue(dom.contains("leechers completed 4 of 4 (plus 1 initial seed)"), "completion line");
        assertTrue(dom.contains("<h2>Behaviours</h2>") && dom.contains("<td>free_rider</td>"), "behaviour table");
        assertTrue(dom.contains("<details><summary>Full <code>scenario.yaml</code></summary>"), "folded scenario");

        Matcher m = Pattern.compile("<pre id=\"probe\">([^<]*)</pre>").matcher(dom);
        assertTrue(m.find(), "the probe did not run:\n" + dump.stderr());
        String[] decoded = m.group(1).trim().split(" ");
        assertEquals(images, decoded.length, m.group(1));
        assertTrue(images >= 7, "charts in the page: " + images);
        for (String d : decoded) {
            assertEquals("true:" + Charts.HIGH_DENSITY_SCALE * Charts.WIDTH + "x" + Charts.HIGH_DENSITY_SCALE * Charts.HEIGHT, d,
                    "an image that did not decode at twice the chart size");
        }
        assertEquals(List.of(), consoleErrors(dump.stderr()), "console errors");

        Files.createDirectories(SCREENSHOTS);
        Path shot = SCREENSHOTS.resolve("run-index.png").toAbsolutePath();
        Files.deleteIfExists(shot);
        Browser screenshot = chrome("--screenshot=" + shot, "--window-size=1280,2400",
                runDir.resolve(HtmlReport.INDEX_FILE).toUri().toString());
        BufferedImage image = ImageIO.read(shot.toFile());
        assertTrue(image != null, "no screenshot:\n" + screenshot.stderr());
        assertEquals(1280, image.getWidth());
        assertTrue(notWhite(image) > 0.05, "the screenshot is almost blank");
        assertEquals(List.of(), consoleErrors(screenshot.stderr()), "console errors");
    }

    private record Browser(String stdout, String stderr) {
    }

    /** Runs headless Chromium with its own profile and console messages logged to stderr. */
    private static Browser chrome(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--user-data-dir=" + tmp.resolve("profile"), "--enable-logging=stderr", "--v=0"));
        command.addAll(List.of(args));
        File out = tmp.resolve("chromium.out").toFile();
        File err = tmp.resolve("chromium.err").toFile();
        Process p = new ProcessBuilder(command).redirectOutput(out).redirectError(err).start();
        int exit = p.waitFor();
        Browser b = new Browser(Files.readString(out.toPath(), StandardCharsets.UTF_8), Files.readString(err.toPath(), StandardCharsets.UTF_8));
        assertEquals(0, exit, "chromium failed:\n" + b.stderr());
        return b;
    }

    /**
     * Lines where the page's console reported something: Chromium logs each message as
     * {@code INFO:CONSOLE:<line>] "message", source: ...} (an uncaught exception as "Uncaught ...").
     */
    private static List<String> consoleErrors(String stderr) {
        return stderr.lines().filter(l -> l.contains(":CONSOLE") || l.contains("Uncaught")).toList();
    }

    private static double notWhite(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
                    dark++;
                }
            }
        }
        return dark / ((image.getHeight() / 4.0) * (image.getWidth() / 4.0));
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private static String findChromium() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String name : List.of("chromium", "chromium-browser")) {
            for (String dir : path.split(File.pathSeparator)) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        return null;
    }
}
