package org.swarmsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.swarmsim.metrics.FieldDoc;
import org.swarmsim.metrics.OutputFile;
import org.swarmsim.metrics.ResultsDirectory;
import org.swarmsim.metrics.Summary;
import org.swarmsim.report.ChartSpec;
import org.swarmsim.report.HtmlReport;
import org.swarmsim.report.ReportSpec;
import org.swarmsim.scenario.Scenario;

/**
 * What every registered kind promises, checked on a small run of each: the files it writes are
 * the files it documents, with exactly the documented columns and keys in order; its sweep keys
 * are summary keys; every chart and report table names a file and columns the run writes; the
 * report renders.
 */
class KindContractTest {
    @TempDir
    static Path dir;

    @TestFactory
    List<DynamicTest> everyKindWritesWhatItDocuments() {
        List<DynamicTest> tests = new ArrayList<>();
        for (SimulationKind<?> kind : Kinds.all()) {
            tests.add(DynamicTest.dynamicTest(kind.name(), () -> check(kind)));
        }
        assertEquals(Kinds.all().size(), SmallScenarios.count(), "a small scenario for every kind");
        return tests;
    }

    private static void check(SimulationKind<?> kind) throws Exception {
        Scenario s = Scenarios.load(SmallScenarios.write(dir, kind.name()));
        assertEquals(kind.name(), s.kindName());
        RunResult r = kind.run(s, RunRequest.of(0));
        Summary summary = r.summary(0);
        List<OutputDoc> docs = kind.outputs();
        List<String> written = new ArrayList<>();
        for (OutputFile f : r.tables()) {
            written.add(f.name());
            OutputDoc doc = docs.stream().filter(d -> d.file().equals(f.name())).findFirst().orElseThrow(
                    () -> new AssertionError(kind.name() + " writes " + f.name() + ", which it does not document"));
            List<String> header = Arrays.asList(f.text().lines().findFirst().orElseThrow().split(","));
            List<String> documented = doc.fields().stream().map(FieldDoc::name).toList();
            assertTrue(documented.size() >= header.size() && documented.subList(0, header.size()).equals(header),
                    f.name() + ": header " + header + " against documented " + documented);
        }
        written.add(Summary.FILE);
        OutputDoc summaryDoc = docs.stream().filter(d -> d.file().equals(Summary.FILE)).findFirst().orElseThrow();
        assertEquals(summaryDoc.fields().stream().map(FieldDoc::name).toList(), List.copyOf(summary.entries().keySet()));
        assertEquals(docs.stream().map(OutputDoc::file).toList(), written, "documented files, in writing order");
        for (String metric : kind.sweepMetrics()) {
            assertTrue(summary.entries().containsKey(metric), "sweep key " + metric + " is not a summary key");
        }

        Path runDir = dir.resolve(kind.name() + "-run");
        r.output(s, 0).writeTo(ResultsDirectory.createAt(runDir));
        ReportSpec report = kind.report();
        for (ChartSpec c : report.charts()) {
            assertTrue(written.contains(c.file()), c.name() + " reads " + c.file());
        }
        for (ReportSpec.Count c : report.counts()) {
            assertTrue(written.contains(c.file()), c.file());
        }
        HtmlReport.writeRun(runDir, report);
        Set<String> charts = new LinkedHashSet<>();
        // a chart drawn only when a column takes several values (per behaviour) may be absent
        report.charts().stream().filter(c -> !(c instanceof ChartSpec.WhenSeveral)).forEach(c -> charts.add(c.name()));
        for (String c : charts) {
            assertTrue(Files.size(runDir.resolve(c + ".png")) > 1000, c);
        }
        assertTrue(Files.readString(runDir.resolve(HtmlReport.INDEX_FILE)).contains(report.heading()));
    }
}
