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
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code (tests call this instead of {@link #main}). */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
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
            // The run's objects are unreachable once the stack has unwound to here, so there is
            // room to say what happened; earlier results are untouched (runs write at the end).
            System.err.println();
            System.err.println("error: out of memory (" + e.getMessage() + ", maximum heap "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB): give Java more, e.g. "
                    + "java -Xmx8g -jar target/swarmsim.jar ..., or make the scenario smaller");
            System.err.flush();
            return 2;
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
