package org.swarmsim.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.swarmsim.run.Docs;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code swarmsim names}: every name a scenario may use (kinds, latency models, arrival processes,
 * behaviours, pickers, chokers, seed rules, discovery sources, lookup terminations) with what it
 * means, as Markdown: exactly what validation accepts.
 */
@Command(name = "names",
        mixinStandardHelpOptions = true,
        description = "List every name a scenario may use (kinds, policies, models) and what it means (Markdown).")
public final class NamesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(Docs.kinds());
        out.println();
        out.print(Docs.names());
        out.flush();
        return 0;
    }
}
