package org.swarmsim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.swarmsim.metrics.SweepPoints;

class SweepChartTest {
    private static final String POINTS = """
            point,label,protocol.picker,population.leechers.count
            point-00,picker=rarest count=10,rarest,10
            point-01,picker=rarest count=20,rarest,20
            point-02,picker=rarest count=40,rarest,40
            point-03,picker=random count=10,random,10
            point-04,picker=random count=20,random,20
            point-05,picker=random count=40,random,40
            """;

    /** A sweep.csv with one metric whose mean at each point is {@code base + i} and CI half width 1. */
    private static CsvTable sweep(double base) {
        StringBuilder csv = new StringBuilder("grid_point,metric,n,mean,sd,ci95_low,ci95_high\n");
        String[] labels = {"picker=rarest count=10", "picker=rarest count=20", "picker=rarest count=40",
            "picker=random count=10", "picker=random count=20", "picker=random count=40"};
        for (int i = 0; i < labels.length; i++) {
            double mean = base + i;
            csv.append(labels[i]).append(",download_time_mean_s,5,").append(mean).append(",1,").append(mean - 1)
                    .append(',').append(mean + 1).append('\n');
        }
        return CsvTable.parse("sweep.csv", csv.toString());
    }

    private static JFreeChart chart(double base) {
        return SweepChart.chart(sweep(base), SweepChart.Grid.of(CsvTable.parse("points.csv", POINTS)), "download_time_mean_s");
    }

    @Test
    void theParameterWithMoreValuesIsTheXAxisAndEachValueOfTheOtherIsASeries() {
        XYPlot plot = chart(10).getXYPlot();
        SymbolAxis x = (SymbolAxis) plot.getDomainAxis();
        assertEquals("population.leechers.count", x.getLabel());
        assertArrayEquals(new String[] {"10", "20", "40"}, x.getSymbols());
        XYDataset data = plot.getDataset();
        assertEquals(2, data.getSeriesCount());
        assertEquals("picker = rarest", data.getSeriesKey(0));
        assertEquals("picker = random", data.getSeriesKey(1));
        assertEquals(3, data.getItemCount(0));
        assertEquals(13.0, data.getYValue(1, 0), 0);   // picker=random count=10 is the fourth row
    }

    @Test
    void seriesStandApartAroundEachXPositionSoTheirErrorBarsDoNotOverlap() {
        XYDataset data = chart(10).getXYPlot().getDataset();
        for (int i = 0; i < 3; i++) {
            double a = data.getXValue(0, i);
            double b = data.getXValue(1, i);
            assertTrue(a < i && b > i && b - a < 0.5, "series around x = " + i + ": " + a + ", " + b);
        }
    }

    @Test
    void theYAxisLeavesOutZeroWhenTheValuesAreFarFromItAndSaysSo() {
        JFreeChart far = chart(300);
        assertTrue(far.getXYPlot().getRangeAxis().getLowerBound() > 250, "lower bound");
        assertTrue(subtitle(far).contains("y axis does not start at zero"), subtitle(far));
        JFreeChart near = chart(2);
        assertEquals(0, near.getXYPlot().getRangeAxis().getLowerBound(), 1e-9);
        assertFalse(subtitle(near).contains("zero"), subtitle(near));
    }

    @Test
    void seriesAreDrawnInTheOkabeItoPalette() {
        XYPlot plot = chart(10).getXYPlot();
        assertEquals(OkabeIto.BLUE, ((org.jfree.chart.renderer.AbstractRenderer) plot.getRenderer()).lookupSeriesPaint(0));
        assertEquals(OkabeIto.ORANGE, ((org.jfree.chart.renderer.AbstractRenderer) plot.getRenderer()).lookupSeriesPaint(1));
    }

    @Test
    void pointsCsvHasOneColumnPerVariedParameter() {
        var vary = new java.util.LinkedHashMap<String, List<String>>();
        vary.put("protocol.picker", List.of("rarest_first", "random"));
        vary.put("population.leechers.count", List.of("10", "20"));
        assertEquals(List.of("point", "label", "protocol.picker", "population.leechers.count"), SweepPoints.header(vary));
        assertEquals(List.of("point-03", "protocol.picker=random population.leechers.count=20", "random", "20"),
                SweepPoints.row("point-03", "protocol.picker=random population.leechers.count=20", vary,
                        java.util.Map.of("protocol.picker", "random", "population.leechers.count", "20")));
    }

    private static String subtitle(JFreeChart chart) {
        StringBuilder text = new StringBuilder();
        for (Object t : chart.getSubtitles()) {
            if (t instanceof TextTitle tt) {
                text.append(tt.getText());
            }
        }
        return text.toString();
    }
}
