package org.swarmsim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.data.statistics.BoxAndWhiskerCategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartsTest {
    private static final ChartSpec.Lines SPEC = new ChartSpec.Lines("peers", "peers", "t.csv", "time_s", "time", "peers",
            List.of(ChartSpec.Line.of("peers")), false, null, null, null);

    @Test
    void theSameChartSavedTwiceGivesTheSameBytesInEveryFormat(@TempDir Path tmp) throws Exception {
        CsvTable t = CsvTable.parse("t.csv", "time_s,peers\n0,0\n1,4\n2,3\n");
        ChartFile a = Charts.save(ChartRenderer.lines(t, SPEC), Files.createDirectory(tmp.resolve("a")), "peers");
        ChartFile b = Charts.save(ChartRenderer.lines(t, SPEC), Files.createDirectory(tmp.resolve("b")), "peers");
        assertArrayEquals(Files.readAllBytes(a.svg()), Files.readAllBytes(b.svg()), "svg");
        assertArrayEquals(Files.readAllBytes(a.png()), Files.readAllBytes(b.png()), "png");
        assertArrayEquals(Files.readAllBytes(a.png2x()), Files.readAllBytes(b.png2x()), "png 2x");
    }

    @Test
    void theHighDensityPngIsTwiceTheSizeOfThePng(@TempDir Path tmp) throws Exception {
        CsvTable t = CsvTable.parse("t.csv", "time_s,peers\n0,0\n1,4\n");
        ChartFile f = Charts.save(ChartRenderer.lines(t, SPEC), tmp, "peers");
        assertEquals(tmp.resolve("peers@2x.png"), f.png2x());
        assertEquals(2 * Charts.WIDTH, ImageIO.read(f.png2x().toFile()).getWidth());
        assertEquals(2 * Charts.HEIGHT, ImageIO.read(f.png2x().toFile()).getHeight());
    }

    @Test
    void aBoxPlotCountsThePointsBeyondItsWhiskersInTheLabelInsteadOfDrawingThem() {
        StringBuilder csv = new StringBuilder("class,t\n");
        for (int v = 1; v <= 10; v++) {
            csv.append("dsl,").append(v).append('\n');
        }
        csv.append("dsl,100\n");
        ChartSpec.Boxes spec = new ChartSpec.Boxes("b", "b", "p.csv", ChartSpec.Category.of("class"), "t", "class", "t", "");
        JFreeChart chart = ChartRenderer.boxes(CsvTable.parse("p.csv", csv.toString()), spec);
        BoxAndWhiskerCategoryDataset data = (BoxAndWhiskerCategoryDataset) chart.getCategoryPlot().getDataset();
        assertEquals("dsl (n=11, 1 beyond the whiskers)", data.getColumnKey(0));
        assertEquals(List.of(), data.getOutliers(0, 0));
        assertEquals(10.0, data.getMaxRegularValue(0, 0).doubleValue(), 0);
    }
}
