package org.swarmsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.swarmsim.report.viewer.ViewerPage;
import org.swarmsim.run.Scenarios;
import org.swarmsim.run.swarm.SwarmSpec;
import org.swarmsim.scenario.Scenario;
import org.swarmsim.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code swarmsim view RUN_DIR}: writes the teaching viewer {@code viewer.html} of a traced run
 * that has none (a traced run with a report already has one). Exit 2 for a folder without
 * {@code trace.jsonl} or with a {@code viewer.html} already.
 */
@Command(name = "view",
        mixinStandardHelpOptions = true,
        description = "Write viewer.html (messages, piece map, choke state, DHT lookups, Gnutella floods, Pastry routes over time) for a traced run directory.")
public final class ViewCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "A run directory with trace.jsonl (swarmsim run FILE --trace).")
    Path runDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isDirectory(runDir)) {
            spec.commandLine().getErr().println("error: " + runDir + " is not a directory");
            spec.commandLine().getErr().flush();
            return 2;
        }
        Scenario scenario = null;
        Path yaml = runDir.resolve("scenario.yaml");
        if (Files.isRegularFile(yaml)) {
            try {
                scenario = Scenarios.load(yaml);
            } catch (ScenarioException e) {
                spec.commandLine().getErr().println("note: " + yaml + " does not load (" + e.getMessage().lines().findFirst().orElse("")
                        + "); the viewer counts the pieces it sees in the trace");
            }
        }
        Path page;
        try {
            page = write(runDir, scenario);
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 2;
        }
        spec.commandLine().getOut().println("viewer:  " + page);
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** Writes {@code runDir/viewer.html}, taking the heading, kind and piece count from {@code scenario} (may be null). */
    static Path write(Path runDir, Scenario scenario) {
        String heading = scenario != null ? scenario.name() : String.valueOf(runDir.toAbsolutePath().normalize().getFileName());
        String kind = scenario != null ? scenario.kindName() : "";
        int pieces = scenario != null && scenario.section() instanceof SwarmSpec swarm ? swarm.torrent().pieceCount() : 0;
        return ViewerPage.write(runDir, heading, kind, pieces);
    }
}
