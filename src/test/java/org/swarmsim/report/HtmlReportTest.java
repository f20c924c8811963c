package org.swarmsim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarmsim.metrics.ResultsDirectory;
import org.swarmsim.metrics.SweepTable;
import org.swarmsim.run.swarm.PeerRecord;
import org.swarmsim.run.swarm.SwarmKind;
import org.swarmsim.run.swarm.SyntheticRun;
import org.w3c.dom.Document;

class HtmlReportTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private static final List<String> RUN_CHARTS = SwarmKind.INSTANCE.report().charts().stream().map(ChartSpec::name).toList();

    @TempDir
    static Path root;
    static Path runDir;
    static Path sweepDir;

    @BeforeAll
    static void writeARunAndASweepWithTheirReports() throws IOException {
        ResultsDirectory dir = ResultsDirectory.createRun(root, "synthetic");
        SyntheticRun.output(0.5).writeTo(dir);
        runDir = dir.path();
        HtmlReport.writeRun(runDir, SwarmKind.INSTANCE.report());

        sweepDir = Files.createDirectory(root.resolve("sweep"));
        SweepTable sweep = new SweepTable();
        List<String> metrics = List.of("download_time_mean_s", "peers_completed");
        for (int rep = 0; rep < 3; rep++) {
            sweep.add("peers=12", SyntheticRun.summary(SyntheticRun.peers(), rep), metrics);
            sweep.add("peers=24", "download_time_mean_s", 80 + 3 * rep);
            sweep.add("peers=24", "peers_completed", 20 + rep);
        }
        sweep.add("single", "download_time_mean_s", 70);
        sweep.writeTo(sweepDir);
        HtmlReport.writeSweep(sweepDir);
    }

    @Test
    void writesEveryRunChartAsPngAtOneAndTwiceTheSizeAndAsSvg() {
        for (String name : RUN_CHARTS) {
            assertTrue(Files.isRegularFile(runDir.resolve(name + ".png")), name);
            assertTrue(Files.isRegularFile(runDir.resolve(name + "@2x.png")), name);
            assertTrue(Files.isRegularFile(runDir.resolve(name + ".svg")), name);
        }
    }

    @Test
    void pngChartsHaveTheSignatureAndDecodeToTheExpectedSize() throws IOException {
        for (Path png : allCharts(".png")) {
            byte[] bytes = Files.readAllBytes(png);
            assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(bytes, 8), png.toString());
            BufferedImage image = ImageIO.read(png.toFile());
            assertNotNull(image, png.toString());
            int scale = png.getFileName().toString().endsWith("@2x.png") ? Charts.HIGH_DENSITY_SCALE : 1;
            assertEquals(scale * Charts.WIDTH, image.getWidth(), png.toString());
            assertEquals(scale * Charts.HEIGHT, image.getHeight(), png.toString());
        }
    }

    @Test
    void svgChartsParseAsXmlWithAnSvgRoot() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // JFreeSVG declares the SVG 1.1 DOCTYPE; never fetch the DTD (tests must not touch the network).
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        for (Path svg : allCharts(".svg")) {
            Document doc = factory.newDocumentBuilder().parse(svg.toFile());
            assertEquals("svg", doc.getDocumentElement().getLocalName(), svg.toString());
            assertTrue(doc.getElementsByTagNameNS("*", "text").getLength() > 0, "chart without any text: " + svg);
        }
    }

    @Test
    void runPageIsSelfContainedAndEmbedsEveryChartAtTwiceItsSize() throws IOException {
        String html = Files.readString(runDir.resolve(HtmlReport.INDEX_FILE));
        assertNoWebReferences(html);
        for (String name : RUN_CHARTS) {
            String base64 = Base64.getEncoder().encodeToString(Files.readAllBytes(runDir.resolve(name + "@2x.png")));
            assertTrue(html.contains("src=\"data:image/png;base64," + base64 + "\""), "chart not embedded: " + name);
        }
    }

    @Test
    void summaryRowsHaveHumanLabelsReadableValuesAndTheExactKeyAndValueInTheirTitle() throws IOException {
        String html = Files.readString(runDir.resolve(HtmlReport.INDEX_FILE));
        long uploaded = SyntheticRun.peers().stream().mapToLong(PeerRecord::bytesUploaded).sum();
        assertTrue(html.contains("<td title=\"uploaded_bytes_total\">Total uploaded bytes</td><td class=\"num\" "
                + "title=\"uploaded_bytes_total = " + uploaded + "\">" + ReadableNumber.bytes(uploaded) + "</td>"), "summary row");
        assertTrue(html.contains("<td title=\"download_time_p95_s\">95th percentile download time</td>"));
        // fiber: peers 2, 5, 8, 11 (never completes); 2, 5, 8 complete; the initial seed 0 has a row of its own.
        assertTrue(html.contains("<tr><td>fiber</td><td class=\"num\" title=\"peers = 4\">4</td>"
                + "<td class=\"num\" title=\"completed = 3\">3</td>"), "class row");
        assertTrue(html.contains("<tr><td>seed:fiber</td><td class=\"num\" title=\"peers = 1\">1</td>"
                + "<td class=\"num\" title=\"completed = 0\">0</td>"), "seed row");
    }

    @Test
    void runPageSaysHowManyLeechersCompletedWithTheInitialSeedsCountedApart() throws IOException {
        // 11 leechers, all but peer 11 complete; peer 0 is the initial seed.
        String html = Files.readString(runDir.resolve(HtmlReport.INDEX_FILE));
        assertTrue(html.contains(">leechers completed 10 of 11 (plus 1 initial seed)</p>"), "completion line");
    }

    @Test
    void runPageHasATableAndAChartPerBehaviourWhenPeersBehaveInTwoWays() throws IOException {
        String html = Files.readString(runDir.resolve(HtmlReport.INDEX_FILE));
        assertTrue(html.contains("<h2>Behaviours</h2>"));
        // peer 7 is the only free rider and completes; it uploads nothing.
        assertTrue(html.contains("<tr><td>free_rider</td><td class=\"num\" title=\"peers = 1\">1</td>"), "free rider row");
        assertTrue(html.contains("<figure id=\"download-by-behaviour\">"));
    }

    @Test
    void runPageLeavesOutThePerBehaviourTableAndChartWhenEveryPeerBehavesTheSame() throws IOException {
        Path same = Files.createDirectory(root.resolve("all-compliant"));
        try (var files = Files.list(runDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv") || p.toString().endsWith(".json")).toList()) {
                Files.writeString(same.resolve(f.getFileName()), Files.readString(f).replace(",free_rider,", ",compliant,"));
            }
        }
        HtmlReport.writeRun(same, SwarmKind.INSTANCE.report());
        String html = Files.readString(same.resolve(HtmlReport.INDEX_FILE));
        assertFalse(html.contains("<h2>Behaviours</h2>"));
        assertFalse(html.contains("download-by-behaviour"));
        assertFalse(Files.exists(same.resolve("download-by-behaviour.png")));
        assertTrue(html.contains("<h2>Capacity classes</h2>"));
    }

    @Test
    void runPageHeadsWithTheScenarioNameItsKeyParametersAndTheFoldedScenarioFile() throws IOException {
        Path copy = Files.createDirectory(root.resolve("with-header"));
        try (var files = Files.list(runDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv") || p.toString().endsWith(".json")).toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        Files.writeString(copy.resolve("scenario.yaml"), "name: synthetic <test>\nseed: 3\n");
        HtmlReport.writeRun(copy, SwarmKind.INSTANCE.report(), "synthetic <test>",
                List.of(new KeyParameter("Population", "1 seed, 11 leechers")));
        String html = Files.readString(copy.resolve(HtmlReport.INDEX_FILE));
        assertTrue(html.contains("<h1>synthetic &lt;test&gt;</h1>"));
        assertTrue(html.contains("<tr><th>Population</th><td>1 seed, 11 leechers</td></tr>"));
        assertTrue(html.contains("<details><summary>Full <code>scenario.yaml</code></summary>\n<pre>name: synthetic &lt;test&gt;\nseed: 3\n</pre>"));
    }

    @Test
    void sweepHasOneChartPerMetricAndAPageWithTheTable() throws IOException {
        for (String metric : List.of("download_time_mean_s", "peers_completed")) {
            Path png = sweepDir.resolve(Charts.sweepChartName(metric) + "@2x.png");
            assertTrue(Files.isRegularFile(png), png.toString());
            String html = Files.readString(sweepDir.resolve(HtmlReport.INDEX_FILE));
            assertTrue(html.contains("data:image/png;base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(png))));
            assertTrue(html.contains("<th title=\"" + metric + "\">" + ColumnLabel.of(metric) + "</th>"), metric);
            assertNoWebReferences(html);
        }
    }

    @Test
    void sweepPageHasOneRowPerGridPointWithEachMetricsMeanAndIntervalHalfWidth() throws IOException {
        String html = Files.readString(sweepDir.resolve(HtmlReport.INDEX_FILE));
        // peers=24: download_time_mean_s 80, 83, 86 (mean 83, sd 3, t(2) 4.303 * 3 / sqrt 3 = 7.45); completed 20, 21, 22
        assertTrue(html.contains("<tr><td>peers=24</td><td class=\"num\" title=\"download_time_mean_s: n = 3, mean = 83, sd = 3, "
                + "95% CI ["), html);
        assertTrue(html.contains(">83 s \u00b1 7.45 s</td><td class=\"num\" title=\"peers_completed: n = 3, mean = 21, sd = 1"), html);
        // "single" has one replication and no interval, and no peers_completed row
        assertTrue(html.contains(">70 s</td><td class=\"num\">\u2014</td></tr>"), html);
    }

    @Test
    void everyRunChartDrawsItsFirstSeriesInTheOkabeItoPalette() {
        RunFiles run = RunFiles.open(runDir);
        for (ChartSpec spec : SwarmKind.INSTANCE.report().charts()) {
            JFreeChart chart = ChartRenderer.draw(run, spec);
            AbstractRenderer renderer = (AbstractRenderer) (chart.getPlot() instanceof XYPlot xy ? xy.getRenderer()
                    : ((CategoryPlot) chart.getPlot()).getRenderer());
            java.awt.Paint first = renderer.lookupSeriesPaint(0);
            assertTrue(List.of(OkabeIto.BLUE, OkabeIto.SKY_BLUE).contains(first), spec.name() + ": " + first);
        }
    }

    @Test
    void aChartOfSmallCountsHasWholeNumberTicksAndOneOfFractionsDoesNot() {
        ChartSpec.Lines spec = new ChartSpec.Lines("counts", "counts", "t.csv", "time_s", "time", "peers",
                List.of(ChartSpec.Line.of("peers")), false, null, null, null);
        // four peers at most: left alone, JFreeChart would tick every 0.2 peer
        assertEquals(1, tickSize(ChartRenderer.lines(CsvTable.parse("t.csv", "time_s,peers\n0,0\n1,4\n2,3\n"), spec)));
        assertTrue(tickSize(ChartRenderer.lines(CsvTable.parse("t.csv", "time_s,peers\n0,0\n1,3.5\n2,3\n"), spec)) < 1);
    }

    private static double tickSize(JFreeChart chart) {
        chart.createBufferedImage(Charts.WIDTH, Charts.HEIGHT);   // ticks are chosen when drawn
        return ((NumberAxis) chart.getXYPlot().getRangeAxis()).getTickUnit().getSize();
    }

    @Test
    void aSecondReportIntoTheSameDirectoryIsRefusedAndTheFirstIsKept() throws IOException {
        byte[] before = Files.readAllBytes(runDir.resolve(HtmlReport.INDEX_FILE));
        assertThrows(RuntimeException.class, () -> HtmlReport.writeRun(runDir, SwarmKind.INSTANCE.report()));
        assertArrayEquals(before, Files.readAllBytes(runDir.resolve(HtmlReport.INDEX_FILE)));
        try (var files = Files.list(runDir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }

    private static void assertNoWebReferences(String html) {
        assertFalse(html.contains("http://"), "http:// reference in page");
        assertFalse(html.contains("https://"), "https:// reference in page");
        assertFalse(html.contains("<script"), "script in page");
        assertFalse(html.contains("<link"), "link element in page");
    }

    private static List<Path> allCharts(String suffix) throws IOException {
        List<Path> out = new java.util.ArrayList<>();
        for (Path dir : List.of(runDir, sweepDir)) {
            try (var files = Files.list(dir)) {
                files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().forEach(out::add);
            }
        }
        int formats = suffix.equals(".png") ? 2 : 1;
        assertEquals(formats * (RUN_CHARTS.size() + 2), out.size(), "charts with suffix " + suffix);
        return out;
    }
}
