package org.swarmsim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.swarmsim.reproduce.Reproduction;
import org.swarmsim.run.RunResult;
import org.swarmsim.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code swarmsim reproduce NAME [--quick] [--out DIR]}: runs a named paper reproduction, writes
 * its runs, {@code measures.csv}, {@code comparison.csv}, {@code comparison.png/.svg} and
 * {@code index.html} (the comparison table with pass/fail, the chart, each scenario's model), prints
 * the comparison and exits 3 if any point is outside its tolerance. {@code --list} lists the
 * experiments.
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

    @Option(names = "--out", paramLabel = "DIR", description = "Write into DIR (new or empty) instead of results/reproduce/NAME/run-NNN.")
    Path out;

    @Option(names = "--results", paramLabel = "DIR", description = "Root of the results tree (default: ${DEFAULT-VALUE}).")
    Path resultsRoot = Path.of("results");

    @Option(names = "--scenarios", paramLabel = "DIR", description = "Directory of the papers scenarios (default: ${DEFAULT-VALUE}).")
    Path scenarios = Path.of("scenarios", "papers");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (list) {
            for (Experiment e : Experiments.all()) {
                stdout.printf(Locale.ROOT, "%-22s %s%n", e.name(), e.summary());
            }
            stdout.flush();
            return 0;
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
        ResultsDirectory dir = out != null ? ResultsDirectory.createAt(out)
                : ResultsDirectory.createRun(resultsRoot.resolve("reproduce"), experiment.name() + (quick ? "-quick" : ""));
        stdout.println(experiment.name() + (quick ? " (quick)" : "") + ": " + experiment.summary());
        stdout.println("source: " + experiment.source());
        stdout.flush();
        long start = System.nanoTime();
        ComparisonTable table;
        try {
            table = new Reproduction(experiment, scenarios, quick).run(dir, new Reproduction.Listener() {
                private long runStart;

                @Override
                public void runStarted(ExperimentPoint point, int replication, int runIndex, int runCount) {
                    runStart = System.nanoTime();
                    err.printf(Locale.ROOT, "[%d/%d] %s rep %d ... ", runIndex, runCount, point.id(), replication);
                    err.flush();
                }

                @Override
                public void runFinished(ExperimentPoint point, int replication, RunResult result,
                                        Map<String, Double> measures) {
                    err.printf(Locale.ROOT, "%.1f s wall, %d events%n", (System.nanoTime() - runStart) / 1e9, result.events());
                    err.flush();
                }
            });
        } catch (ScenarioException e) {
            err.println("a papers scenario is invalid:");
            ValidateCommand.report(err, scenarios, e);
            return 1;
        }
        ChartFile chart = ComparisonChart.write(dir.path(), experiment.name() + ": simulated vs theory");
        List<Path> scenarioFiles = experiment.points(quick).stream().map(ExperimentPoint::scenarioFile).distinct()
                .map(scenarios::resolve).toList();
        ReproductionPage.write(dir.path(), new ReproductionPage.Experiment(experiment.name(), experiment.summary(),
                experiment.source(), scenarioFiles), List.of(chart));
        stdout.print(table.toText());
        stdout.printf(Locale.ROOT, "results: %s (wall %.1f s)%n", dir.path(), (System.nanoTime() - start) / 1e9);
        stdout.println("report:  " + dir.path().resolve(HtmlReport.INDEX_FILE));
        stdout.flush();
        return table.allPass() ? 0 : EXIT_MISMATCH;
    }
}
