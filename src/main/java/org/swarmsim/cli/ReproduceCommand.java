package org.swarmsim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.swarmsim.metrics.ResultsDirectory;
import org.swarmsim.report.ChartFile;
import org.swarmsim.report.ComparisonChart;
import org.swarmsim.report.HtmlReport;
import org.swarmsim.report.ReproductionPage;
import org.swarmsim.reproduce.ComparisonTable;
import org.swarmsim.reproduce.Experiment;
import org.swarmsim.reproduce.ExperimentPoint;
import org.swarmsim.reproduce.Experiments;
import org.swarmsim.reproduce.FullRunTimes;
import org.swarmsim.reproduce.RemoteEngines;
import org.swarmsim.reproduce.Reproduction;
import org.swarmsim.reproduce.ReproductionFolder;
import org.swarmsim.run.RunResult;
import org.swarmsim.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code swarmsim reproduce NAME [--quick] [--threads T] [--out DIR | --resume]}: runs a named
 * paper reproduction on T threads, writes its runs, {@code measures.csv}, {@code comparison.csv},
 * {@code comparison.png/.svg} and {@code index.html} (the comparison table with pass/fail, the
 * chart, each scenario's model), prints the comparison and exits 3 if any point is outside its
 * tolerance. An interrupted reproduction resumes: the same {@code --out DIR}, or {@code --resume}
 * for the newest unfinished one under the results root. {@code --list} lists the experiments with
 * how long a full run takes.
 */
@Command(name = "reproduce",
        mixinStandardHelpOptions = true,
        description = {"Reproduce a paper's result: run a named experiment and compare it with theory.",
                "Exit codes: 0 every comparison passes, 3 some comparison fails, 1 invalid scenario, 2 bad input."})
public final class ReproduceCommand implements Callable<Integer> {
    /** Exit code when a simulated value is outside its tolerance. */
    public static final int EXIT_MISMATCH = 3;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "Experiment name (see --list).")
    String name;

    @Option(names = "--list", description = "List the experiments, one line each.")
    boolean list;

    @Option(names = "--quick", description = "The small version (under a minute), for tests and CI.")
    boolean quick;

    @Option(names = "--out", paramLabel = "DIR", description = "Write into DIR (new or empty) instead of results/reproduce/NAME/run-NNN; a DIR holding an earlier reproduction of the same experiment is resumed.")
    Path out;

    @Option(names = "--resume", description = "Continue the newest unfinished results/reproduce/NAME/run-NNN instead of starting a new one.")
    boolean resume;

    @Option(names = "--engine", paramLabel = "NAME", description = "local (threads, the default) or spark (the Spark build only, as for sweep).")
    String engineName = "local";

    @Option(names = "--master", paramLabel = "URL", description = "--engine spark: the Spark master (default local[*]).")
    String master;

    @Option(names = "--executors", paramLabel = "N", description = "--engine spark on a cluster master: how many executors.")
    Integer executors;

    @Option(names = "--threads", paramLabel = "T", description = "Runs in parallel (default: number of cores, ${DEFAULT-VALUE}); the results do not depend on it.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--results", paramLabel = "DIR", description = "Root of the results tree (default: ${DEFAULT-VALUE}).")
    Path resultsRoot = Path.of("results");

    @Option(names = "--scenarios", paramLabel = "DIR", description = "Directory of the papers scenarios (default: ${DEFAULT-VALUE}).")
    Path scenarios = Path.of("scenarios", "papers");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (list) {
            FullRunTimes reference = FullRunTimes.load();
            for (Experiment e : Experiments.all()) {
                String here = ReproductionFolder.lastFullRun(resultsRoot, e.name()).map(t -> "; here " + t).orElse("");
                stdout.printf(Locale.ROOT, "%-22s %s%n%-22s full run %s%s%n", e.name(), e.summary(), "",
                        reference.describe(e.name()), here);
            }
            stdout.flush();
            return 0;
        }
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be >= 1, got " + threads);
        }
        if (!engineName.equals("local") && !engineName.equals("spark")) {
            throw new IllegalArgumentException("--engine " + engineName + ": unknown engine; allowed: local, spark");
        }
        if (engineName.equals("local") && (master != null || executors != null)) {
            throw new IllegalArgumentException("--master and --executors are for --engine spark; the local engine takes --threads");
        }
        if (resume && out != null) {
            throw new IllegalArgumentException("give --out DIR (which resumes DIR) or --resume, not both");
        }
        if (name == null) {
            throw new IllegalArgumentException("give an experiment NAME or --list (experiments: "
                    + String.join(", ", Experiments.all().stream().map(Experiment::name).toList()) + ")");
        }
        Experiment experiment = Experiments.named(name);
        if (!Files.isDirectory(scenarios)) {
            throw new IllegalArgumentException("scenario directory " + scenarios
                    + " does not exist; run from the project root or give --scenarios DIR");
        }
        Reproduction reproduction = new Reproduction(experiment, scenarios, quick);
        try {
            reproduction.validate();
        } catch (ScenarioException e) {
            err.println("a papers scenario is invalid:");
            ValidateCommand.report(err, scenarios, e);
            return 1;
        }
        Reproduction.Remote remote = engineName.equals("spark") ? RemoteEngines.spark(master, executors) : null;
        ResultsDirectory dir = ReproductionFolder.claim(out, resume, resultsRoot, experiment.name(), quick);
        stdout.println(experiment.name() + (quick ? " (quick)" : "") + ": " + experiment.summary());
        stdout.println("source: " + experiment.source());
        stdout.flush();
        long start = System.nanoTime();
        Reproduction.Listener progress = new Reproduction.Listener() {
            private final ThreadLocal<Long> runStart = new ThreadLocal<>();

            @Override
            public void runStarted(ExperimentPoint point, int replication) {
                runStart.set(System.nanoTime());
            }

            @Override
            public void runFinished(ExperimentPoint point, int replication, long events, int finished, int runCount) {
                if (events < 0) {
                    err.printf(Locale.ROOT, "[%d/%d] %s rep %d: done before%n", finished, runCount, point.id(), replication);
                } else if (runStart.get() == null) {
                    // run elsewhere (a Spark executor): no wall time of its own here
                    err.printf(Locale.ROOT, "[%d/%d] %s rep %d: %d events%n", finished, runCount, point.id(), replication, events);
                } else {
                    err.printf(Locale.ROOT, "[%d/%d] %s rep %d: %.1f s wall, %d events%n", finished, runCount,
                            point.id(), replication, (System.nanoTime() - runStart.get()) / 1e9, events);
                }
                err.flush();
            }
        };
        ComparisonTable table = remote == null ? reproduction.run(dir, new ThreadPoolParallel(threads), progress)
                : reproduction.run(dir, remote, progress);
        ChartFile chart = ComparisonChart.write(dir.path(), experiment.name() + ": simulated vs theory");
        List<Path> scenarioFiles = experiment.points(quick).stream().map(ExperimentPoint::scenarioFile).distinct()
                .map(scenarios::resolve).toList();
        ReproductionPage.write(dir.path(), new ReproductionPage.Experiment(experiment.name(), experiment.summary(),
                experiment.source(), scenarioFiles), List.of(chart));
        double wallS = (System.nanoTime() - start) / 1e9;
        ReproductionFolder.finish(dir.path(), experiment.name(), quick, wallS, threads);
        stdout.print(table.toText());
        stdout.printf(Locale.ROOT, "results: %s (wall %.1f s, %d threads)%n", dir.path(), wallS, threads);
        stdout.println("report:  " + dir.path().resolve(HtmlReport.INDEX_FILE));
        stdout.flush();
        return table.allPass() ? 0 : EXIT_MISMATCH;
    }
}
