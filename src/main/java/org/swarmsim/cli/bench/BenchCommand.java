package org.swarmsim.cli.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code swarmsim bench ...}: performance figures a user can reproduce on their own machine. */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        description = "Measure the simulator's speed. Prints one line per measurement.",
        subcommands = {KernelBenchCommand.class, NetworkBenchCommand.class, SwarmBenchCommand.class, DhtBenchCommand.class,
            GnutellaBenchCommand.class, PastryBenchCommand.class, FindersBenchCommand.class})
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
