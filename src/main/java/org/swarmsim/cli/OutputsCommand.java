package org.swarmsim.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.swarmsim.run.Docs;
import org.swarmsim.run.Kinds;
import org.swarmsim.run.SimulationKind;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code swarmsim outputs [KIND]}: the files a run of each kind writes and what every column and
 * summary key means, as Markdown (the README's output tables are this text).
 */
@Command(name = "outputs",
        mixinStandardHelpOptions = true,
        description = "Describe the files a run writes: every column and summary key, per simulation kind (Markdown).")
public final class OutputsCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "KIND", description = "Only this kind (swarm, dht_lookups, ...).")
    String kind;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<SimulationKind<?>> kinds = kind == null ? Kinds.all() : List.of(Kinds.named(kind));
        for (SimulationKind<?> k : kinds) {
            out.println("### kind: " + k.name());
            out.println();
            out.print(Docs.outputs(k));
            out.println();
        }
        out.flush();
        return 0;
    }
}
