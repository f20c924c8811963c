package org.swarmsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.swarmsim.bittorrent.peer.Peer;
import org.swarmsim.bittorrent.peer.SwarmListener;
import org.swarmsim.experiment.DhtLookupRun;
import org.swarmsim.experiment.SwarmRun;
import org.swarmsim.metrics.DhtLookupOutput;
import org.swarmsim.metrics.DhtLookupSummary;
import org.swarmsim.metrics.ResultsDirectory;
import org.swarmsim.metrics.RunOutput;
import org.swarmsim.metrics.RunSummary;
import org.swarmsim.metrics.TraceWriter;
import org.swarmsim.net.Message;
import org.swarmsim.report.HtmlReport;
import org.swarmsim.scenario.Scenario;
import org.swarmsim.scenario.ScenarioException;
import org.swarmsim.scenario.ScenarioLoader;
import org.swarmsim.sim.SimTime;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code swarmsim run FILE [--seed N] [--out DIR] [--set k=v]... [--trace]}: one simulation with a
 * progress bar on stderr; writes {@code scenario.yaml}, {@code timeseries.csv}, {@code peers.csv},
 * {@code summary.json}, optionally {@code trace.jsonl}, the charts and {@code index.html} into a
 * new run directory, then prints where they are and a short summary. A {@code kind: dht_lookups}
 * scenario writes {@code lookups.csv} instead of {@code peers.csv}, and the lookup charts.
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

    @Option(names = "--trace", description = "Also write trace.jsonl: every peer wire message (time, from, to, type, size).")
    boolean trace;

    @Option(names = "--no-report", description = "Skip the charts and index.html.")
    boolean noReport;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Scenario scenario;
        try {
            List<String> all = new ArrayList<>(sets);
            if (seed != null) {
                all.add("seed=" + seed);
            }
            scenario = ScenarioLoader.load(file, all);
        } catch (ScenarioException e) {
            ValidateCommand.report(err, file, e);
            return 1;
        }
        if (scenario.isDhtLookups()) {
            return runDhtLookups(scenario, stdout, err);
        }
        ResultsDirectory dir = out != null ? ResultsDirectory.createAt(out) : ResultsDirectory.createRun(resultsRoot, scenario.name());
        TraceWriter traceWriter = trace ? dir.openTrace() : null;
        ProgressBar bar = ProgressBar.forStderr(err);
        SwarmRun.Result result;
        try {
            SwarmRun run = new SwarmRun(scenario, replication);
            if (traceWriter != null) {
                run.listener(new SwarmListener() {
                    @Override
                    public void onMessage(long nowNanos, Peer from, Peer to, Message message) {
                        traceWriter.record(nowNanos, from.index(), to.index(), MessageNames.of(message), message.wireSize());
                    }
                });
            }
            result = run.run((simNanos, durationNanos, done, total, events) ->
                    bar.update(fraction(simNanos, durationNanos, done, total),
                            detail(simNanos, done, total), events));
            bar.finish(1.0, detail(result.endNanos(), result.leechersDone(), result.leechersTotal()), result.events());
            if (traceWriter != null) {
                traceWriter.close();
            }
        } catch (RuntimeException e) {
            if (traceWriter != null) {
                traceWriter.abort();
            }
            throw e;
        }
        double wall = bar.elapsedSeconds();
        RunSummary summary = result.summary(wall);
        new RunOutput(scenario.toYaml(), result.timeSeries(), result.peers(), summary).writeTo(dir);
        if (!noReport) {
            HtmlReport.writeRun(dir.path());
        }
        stdout.println("results: " + dir.path());
        stdout.printf(Locale.ROOT, "leechers completed %d/%d, mean download %.1f s, last completion %.1f s, events %d, wall %.1f s%n",
                result.leechersDone(), result.leechersTotal(), summary.number(RunSummary.DOWNLOAD_TIME_MEAN_S),
                summary.number(RunSummary.LAST_COMPLETION_S), result.events(), wall);
        if (!noReport) {
            stdout.println("report:  " + dir.path().resolve(HtmlReport.INDEX_FILE));
        }
        stdout.flush();
        return 0;
    }

    /**
     * A {@code kind: dht_lookups} scenario: writes {@code scenario.yaml}, {@code timeseries.csv},
     * {@code lookups.csv}, {@code summary.json}, the lookup charts and {@code index.html}.
     */
    private int runDhtLookups(Scenario scenario, PrintWriter stdout, PrintWriter err) {
        if (trace) {
            err.println("--trace is not supported for kind: dht_lookups (lookups.csv lists every lookup)");
            err.flush();
            return 2;
        }
        ResultsDirectory dir = out != null ? ResultsDirectory.createAt(out) : ResultsDirectory.createRun(resultsRoot, scenario.name());
        ProgressBar bar = ProgressBar.forStderr(err);
        DhtLookupRun.Result result = new DhtLookupRun(scenario, replication).run((simNanos, durationNanos, lookups, events) ->
                bar.update(Math.min(1, (double) simNanos / durationNanos), dhtDetail(simNanos, lookups), events));
        bar.finish(1.0, dhtDetail(result.endNanos(), result.lookups().size()), result.events());
        double wall = bar.elapsedSeconds();
        DhtLookupSummary summary = result.summary(wall);
        new DhtLookupOutput(scenario.toYaml(), result.timeSeries(), result.lookups(), summary).writeTo(dir);
        if (!noReport) {
            HtmlReport.writeDhtLookups(dir.path());
        }
        stdout.println("results: " + dir.path());
        stdout.printf(Locale.ROOT, "lookups %d, success %.3f, exact %.3f, latency mean %.3f s (p95 %.3f s), "
                        + "timeouts/lookup %.2f, events %d, wall %.1f s%n",
                result.lookups().size(), summary.number(DhtLookupSummary.SUCCESS_RATE),
                summary.number(DhtLookupSummary.EXACT_RATE), summary.number(DhtLookupSummary.LATENCY_MEAN_S),
                summary.number(DhtLookupSummary.LATENCY_P95_S), summary.number(DhtLookupSummary.TIMEOUTS_PER_LOOKUP),
                result.events(), wall);
        if (!noReport) {
            stdout.println("report:  " + dir.path().resolve(HtmlReport.INDEX_FILE));
        }
        stdout.flush();
        return 0;
    }

    static String dhtDetail(long simNanos, int lookups) {
        return String.format(Locale.ROOT, "sim %.0fs  lookups done %d", SimTime.toSeconds(simNanos), lookups);
    }

    static double fraction(long simNanos, long durationNanos, int done, int total) {
        double byTime = durationNanos > 0 ? (double) simNanos / durationNanos : 1;
        double byPeers = total > 0 ? (double) done / total : 0;
        return Math.min(1, Math.max(byTime, byPeers));
    }

    static String detail(long simNanos, int done, int total) {
        return String.format(Locale.ROOT, "sim %.0fs  leechers done %d/%d", SimTime.toSeconds(simNanos), done, total);
    }
}
