package org.swarmsim.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReproductionPageTest {
    @Test
    void thePageShowsTheVerdictTheModelEachRowsMarkAndTheChart(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("comparison.csv"), "point,N,metric,predicted,sim_mean,ci95_low,ci95_high,n,ratio,tolerance,pass\n"
                + "small,10,last_completion_s,26.2144,32.67,30.05,35.28,2,1.246,\"ratio in [1, 1.5]\",true\n"
                + "large,40,last_completion_s,47.66,80.1,70.2,90.3,2,1.68,\"ratio in [1, 1.5]\",false\n");
        Path scenario = Files.writeString(dir.resolve("model.yaml"), "# the model: T = max(F/u_s, F/d)\n# <source>\nname: m\n");
        ChartFile chart = ComparisonChart.write(dir, "test: simulated vs theory");
        ReproductionPage.write(dir, new ReproductionPage.Experiment("test", "what is compared", "A. Author, 2006",
                List.of(scenario)), List.of(chart));
        String html = Files.readString(dir.resolve(HtmlReport.INDEX_FILE));
        assertTrue(html.contains("<h1>test</h1>"));
        assertTrue(html.contains("<b>Source:</b> A. Author, 2006"));
        assertTrue(html.contains("id=\"verdict\">1 of 2 comparisons pass \u2014 the reproduction fails</p>"), "verdict");
        assertTrue(html.contains("<pre>the model: T = max(F/u_s, F/d)\n&lt;source&gt;\n</pre>"), "model comment");
        assertTrue(html.contains("<tr class=\"pass\" title=\"point small\"><td class=\"verdict\">\u2713 pass</td>"), "pass row");
        assertTrue(html.contains("<tr class=\"fail\" title=\"point large\"><td class=\"verdict\">\u2717 fail</td>"), "fail row");
        assertTrue(html.contains(">26.2 s</td><td class=\"num\" title=\"32.67 [30.05, 35.28]\">32.7 s [30.1 s, 35.3 s]</td>"), "row values");
        assertTrue(html.contains("<figure id=\"comparison\">"), "chart");
    }
}
