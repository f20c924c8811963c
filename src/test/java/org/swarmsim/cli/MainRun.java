package org.swarmsim.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * One in-process run of {@link Main#execute} (its exit-code handling included) with
 * {@code System.out} and {@code System.err} captured: for commands that print to the standard
 * streams rather than to picocli's writers ({@link CliRunner} captures those).
 *
 * @param exit the exit code
 * @param out  what was printed to standard output
 * @param err  what was printed to standard error
 */
public record MainRun(int exit, String out, String err) {
    /** Runs the command line {@code args} and returns what it printed. */
    public static MainRun of(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            exit = Main.execute(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new MainRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
