package org.swarmsim.cli;

import org.swarmsim.cli.bench.BenchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code swarmsim.jar}: the top-level picocli command and its subcommands. */
@Command(name = "swarmsim",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Discrete-event simulator of peer-to-peer swarms.",
        subcommands = {RunCommand.class, SweepCommand.class, ReproduceCommand.class, ValidateCommand.class, OutputsCommand.class,
                NamesCommand.class, TorrentCommand.class, ViewCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit code of a simulation that ran out of memory (README "Exit codes"). */
    public static final int EXIT_OUT_OF_MEMORY = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code (tests call this instead of {@link #main}). */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof SimulationOutOfMemory oom) {
                commandLine.getErr().println("error: " + oom.getMessage());
                commandLine.getErr().flush();
                return EXIT_OUT_OF_MEMORY;
            }
            // Bad input met while running (an --out directory in use, an unreadable file): one clear
            // line and exit code 2, no stack trace. Bugs still surface with their trace.
            if (e instanceof IllegalArgumentException || e instanceof java.io.UncheckedIOException
                    || e instanceof java.io.IOException) {
                commandLine.getErr().println("error: " + e.getMessage());
                commandLine.getErr().flush();
                return 2;
            }
            throw e;
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            // Out of memory outside a watched simulation (a reproduction, loading a huge file). The
            // objects are unreachable once the stack has unwound to here, so there is room to say it.
            long maxMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
            String xmx = MemoryWatch.suggestedXmx(maxMb);
            System.err.println();
            System.err.println("error: out of memory (" + e.getMessage() + ", maximum heap " + maxMb + " MB). Try -Xmx"
                    + xmx + ": JAVA_OPTS=-Xmx" + xmx + " swarmsim ... or java -Xmx" + xmx
                    + " -jar target/swarmsim.jar ...; or make the scenario smaller");
            System.err.flush();
            return EXIT_OUT_OF_MEMORY;
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
