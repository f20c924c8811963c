package org.swarmsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.swarmsim.run.Scenarios;
import org.swarmsim.scenario.ScenarioException;
import org.swarmsim.run.Kinds;
import org.swarmsim.run.MemoryEstimate;
import org.swarmsim.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code swarmsim validate FILE... [--set path=value]...}: loads and checks scenario files
 * without running them. Prints {@code OK FILE} for each valid file, with the memory its run needs
 * (and a warning on standard error when that exceeds this JVM's heap), and every problem of each
 * invalid one (on standard error); exits 0 when all are valid, 2 if a file does not exist (with
 * the nearest {@code .yaml} file's name), 1 otherwise.
 */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        description = "Check scenario files without running them. Exit code 0 if all are valid, 2 if a file is missing, 1 otherwise.")
public final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario YAML files.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Override a field before validation, e.g. --set protocol.picker=random. Repeatable.")
    List<String> sets = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failed = 0;
        int missing = 0;
        for (Path file : files) {
            String problem = ScenarioFileCheck.problem(file);
            if (problem != null) {
                missing++;
                err.println("error: " + problem);
                continue;
            }
            try {
                Scenario scenario = Scenarios.load(file, sets);
                out.println("OK " + file);
                MemoryEstimate need = Kinds.of(scenario).memoryEstimate(scenario);
                long heap = Runtime.getRuntime().maxMemory();
                out.println("  memory: " + need.describe(heap));
                if (need.exceeds(heap)) {
                    err.println(need.warning(heap));
                }
            } catch (ScenarioException e) {
                failed++;
                report(err, file, e);
            }
        }
        out.flush();
        err.flush();
        return missing > 0 ? 2 : failed == 0 ? 0 : 1;
    }

    /** Prints {@code INVALID FILE (n problems)} and each problem, as every command does for a bad scenario. */
    static void report(PrintWriter err, Path file, ScenarioException e) {
        int n = e.problems().size();
        err.println("INVALID " + file + " (" + n + (n == 1 ? " problem" : " problems") + ")");
        e.problems().forEach(p -> err.println("  " + p));
        err.flush();
    }
}
