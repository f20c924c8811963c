package org.swarmsim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarmsim.run.swarm.SyntheticRun;

class SweepTableTest {
    @TempDir
    Path dir;

    @Test
    void computesMeanSdAndStudentTIntervalPerGridPointAndMetric() {
        SweepTable t = new SweepTable();
        for (double v : new double[] {1, 2, 3}) {
            t.add("picker=rarest", "download_time_mean_s", v);
        }
        t.add("picker=random", "download_time_mean_s", 10);
        List<SweepTable.Row> rows = t.rows();
        assertEquals(2, rows.size());
        SweepTable.Row r = rows.get(0);
        assertEquals("picker=rarest", r.gridPoint());
        assertEquals(3, r.n());
        assertEquals(2.0, r.mean(), 1e-12);
        assertEquals(1.0, r.sd(), 1e-12);
        double half = 4.302652729911275 / Math.sqrt(3); // t(0.975, 2 df)
        assertEquals(2 - half, r.ci95Low(), 1e-9);
        assertEquals(2 + half, r.ci95High(), 1e-9);
        SweepTable.Row single = rows.get(1);
        assertEquals(1, single.n());
        assertTrue(Double.isNaN(single.sd()));
        assertEquals(Double.POSITIVE_INFINITY, single.ci95High());
    }

    @Test
    void takesMetricsFromRunSummariesAndSkipsUndefinedValues() {
        SweepTable t = new SweepTable();
        t.add("p=1", SyntheticRun.summary(SyntheticRun.peers(), 1), List.of("peers_completed", "uploaded_bytes_total"));
        t.add("p=1", "download_time_p95_s", Double.NaN);
        List<SweepTable.Row> rows = t.rows();
        assertEquals(10.0, rows.get(0).mean());
        assertEquals(0, rows.get(2).n());
        assertThrows(IllegalArgumentException.class,
                () -> t.add("p=1", SyntheticRun.summary(SyntheticRun.peers(), 1), List.of("no_such_metric")));
    }

    @Test
    void writesSweepCsvWithAStableHeader() throws IOException {
        SweepTable t = new SweepTable().add("a,b", "m", 4).add("a,b", "m", 6);
        t.writeTo(dir);
        List<String> lines = Files.readAllLines(dir.resolve("sweep.csv"));
        assertEquals("grid_point,metric,n,mean,sd,ci95_low,ci95_high", lines.get(0));
        assertTrue(lines.get(1).startsWith("\"a,b\",m,2,5,1.41421356237,"), lines.get(1));
        assertThrows(RuntimeException.class, () -> t.writeTo(dir));
    }
}
