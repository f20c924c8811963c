package org.swarmsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.swarmsim.metrics.ResultsDirectory;
import org.swarmsim.metrics.RunOutput;
import org.swarmsim.metrics.Summary;
import org.swarmsim.metrics.TraceWriter;
import org.swarmsim.report.HtmlReport;
import org.swarmsim.report.viewer.ViewerPage;
import org.swarmsim.run.Kinds;
import org.swarmsim.run.RunRequest;
import org.swarmsim.run.RunResult;
import org.swarmsim.run.Scenarios;
import org.swarmsim.run.SimulationKind;
import org.swarmsim.scenario.Scenario;
import org.swarmsim.scenario.ScenarioException;
import org.swarmsim.run.MemoryEstimate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code swarmsim run FILE [--seed N] [--out DIR] [--set k=v]... [--trace] [--trace-peers ...]}: one simulation of a
 * scenario of any kind with a progress bar on stderr; writes {@code scenario.yaml}, the kind's
 * tables, {@code summary.json}, optionally {@code trace.jsonl} (and with the report its
 * {@code viewer.html}), the charts and {@code index.html}
 * into a new run directory, then prints where they are and a short summary.
 */
@Command(name = "run",
        mixinStandardHelpOptions = true,
        description = "Run one simulation of a scenario and write its results, charts and report.")
public final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "Scenario YAML file.")
    Path file;

    @Option(names = "--seed", description = "Master seed (overrides the scenario's).")
    Long seed;

    @Option(names = "--replication", description = "Replication index: substream of the seed (default: ${DEFAULT-VALUE}).")
    int replication = 0;

    @Option(names = "--out", paramLabel = "DIR", description = "Write into DIR (new or empty) instead of results/<scenario>/run-NNN.")
    Path out;

    @Option(names = "--results", paramLabel = "DIR", description = "Root of the results tree (default: ${DEFAULT-VALUE}).")
    Path resultsRoot = Path.of("results");

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a scenario field, e.g. --set protocol.picker=random. Repeatable.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--trace", description = "Also write trace.jsonl: every message (time, from, to, type, size, protocol fields) and state change; as metrics.trace: true.")
    boolean trace;

    @CommandLine.Mixin
    TraceOptions traceOptions = new TraceOptions();

    @Option(names = "--no-report", description = "Skip the charts and index.html.")
    boolean noReport;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ScenarioFileCheck.require(file);
        Scenario scenario;
        try {
            List<String> all = new ArrayList<>(sets);
            if (seed != null) {
                all.add("seed=" + seed);
            }
            scenario = Scenarios.load(file, all);
        } catch (ScenarioException e) {
            ValidateCommand.report(err, file, e);
            return 1;
        }
        SimulationKind<?> kind = Kinds.of(scenario);
        trace |= traceOptions.given();
        org.swarmsim.metrics.TraceFilter traceFilter;
        try {
            traceFilter = traceOptions.filter(kind.traceTypes());
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return 2;
        }
        boolean writeTrace = trace || scenario.metrics().trace();
        MemoryEstimate need = kind.memoryEstimate(scenario);
        long heap = Runtime.getRuntime().maxMemory();
        err.println(need.exceeds(heap) ? need.warning(heap) : "memory: " + need.describe(heap));
        err.flush();
        ResultsDirectory dir = out != null ? ResultsDirectory.createAt(out) : ResultsDirectory.createRun(resultsRoot, scenario.name());
        TraceWriter traceWriter = writeTrace ? dir.openTrace().filter(traceFilter) : null;
        ProgressBar bar = ProgressBar.forStderr(err);
        MemoryWatch watch = new MemoryWatch(file + " (kind " + kind.name() + ")", bar::update);
        Summary summary;
        try {
            RunResult result;
            try {
                result = kind.run(scenario, new RunRequest(replication, watch, traceWriter, List.of()));
                watch.release();
                bar.finish(1.0, result.progressDetail(), result.events());
                if (traceWriter != null) {
                    traceWriter.close();
                }
            } catch (RuntimeException e) {
                if (traceWriter != null) {
                    traceWriter.abort();
                }
                dir.deleteIfEmpty();
                throw e;
            }
            double wall = bar.elapsedSeconds();
            summary = result.summary(wall);
            new RunOutput(scenario.toYaml(), result.tables(), summary).writeTo(dir);
            if (!noReport) {
                HtmlReport.writeRun(dir.path(), kind.report(), scenario.name(), kind.keyParameters(scenario));
                if (writeTrace) {
                    ViewCommand.write(dir.path(), scenario);
                }
            }
            stdout.println("results: " + dir.path());
            stdout.println(result.describe(summary));
        } catch (OutOfMemoryError e) {
            // The simulation's objects were reachable only from the frames unwound to here and from
            // the watch's live readings; drop those and the trace's buffer, then there is room to
            // clean up and to say what happened.
            watch.release();
            if (traceWriter != null) {
                traceWriter.abort();
                traceWriter = null;
            }
            bar.abandon();
            throw watch.outOfMemory(e, "No results were written: " + dir.discard("out of memory: " + e.getMessage()) + ".");
        }
        if (!noReport) {
            stdout.println("report:  " + dir.path().resolve(HtmlReport.INDEX_FILE));
            if (trace) {
                stdout.println("viewer:  " + dir.path().resolve(ViewerPage.FILE));
            }
        }
        stdout.flush();
        return 0;
    }
}
