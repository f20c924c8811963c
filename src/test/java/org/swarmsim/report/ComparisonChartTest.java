package org.swarmsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonChartTest {
    private static final String HEADER = "point,N,metric,predicted,sim_mean,ci95_low,ci95_high,n,ratio,tolerance,pass\n";

    @Test
    void drawsOneSeriesPerMetricAndCountsPassesAndUndrawableRows(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("comparison.csv"), HEADER
                + "a,10,t,100,110,105,115,3,1.1,\"ratio in [1, 1.5]\",true\n"
                + "b,100,t,2000,2600,2500,2700,3,1.3,\"ratio in [1, 1.5]\",true\n"
                + "c,100,x,0,0.1,NaN,NaN,1,NaN,|sim-pred| <= 0.05,false\n");
        ChartFile f = ComparisonChart.write(dir, "test");
        assertEquals(900, ImageIO.read(f.png().toFile()).getWidth());
        assertTrue(Files.readString(f.svg()).contains("2 of 3 comparisons pass"));
        JFreeChart chart = ComparisonChart.chart(CsvTable.read(dir.resolve("comparison.csv")), "test");
        assertEquals(2, chart.getXYPlot().getDataset().getSeriesCount());
        assertTrue(chart.getXYPlot().getDomainAxis() instanceof NumberAxis, "a zero prediction forces linear axes");
    }

    @Test
    void usesLogAxesWhenPositiveValuesSpanMoreThanAFactorOfTwenty(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("comparison.csv"), HEADER
                + "a,10,t,10,11,10.5,11.5,3,1.1,r,true\n"
                + "b,100,t,2000,2600,2500,2700,3,1.3,r,true\n");
        JFreeChart chart = ComparisonChart.chart(CsvTable.read(dir.resolve("comparison.csv")), "test");
        assertTrue(chart.getXYPlot().getDomainAxis() instanceof LogAxis);
    }

    @Test
    void quantitiesOfDifferentUnitsAreDrawnOnSeparatePanelsInOnePicture(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("comparison.csv"), HEADER
                + "a,10,download_time_s,100,110,105,115,3,1.1,r,true\n"
                + "a,10,leechers_mean,40,42,41,43,3,1.05,r,true\n"
                + "b,10,seeds_mean,15,14,13,15,3,0.93,r,false\n");
        List<JFreeChart> panels = ComparisonChart.panels(CsvTable.read(dir.resolve("comparison.csv")));
        assertEquals(List.of("Times (s)", "Counts"), panels.stream().map(p -> p.getTitle().getText()).toList());
        assertEquals(1, panels.get(0).getXYPlot().getDataset().getSeriesCount());
        assertEquals(2, panels.get(1).getXYPlot().getDataset().getSeriesCount());
        ChartFile f = ComparisonChart.write(dir, "two units");
        assertEquals(900, ImageIO.read(f.png().toFile()).getWidth());
        assertEquals(1800, ImageIO.read(f.png2x().toFile()).getWidth());
        String svg = Files.readString(f.svg());
        assertTrue(svg.contains("2 of 3 comparisons pass") && svg.contains("Times (s)") && svg.contains("Counts"), "panel titles");
    }
}
