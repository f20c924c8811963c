package org.swarmsim.reproduce;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs {@code jupyter nbconvert --to notebook --execute} on a notebook, as CI does for the paper
 * notebooks ({@code NotebooksTest}) and the lab notebooks ({@code TeachingLabsTest}).
 */
public final class NbConvert {
    /** What the packages' names are, for the skip message. */
    public static final String INSTALL = "install python3-pandas python3-matplotlib jupyter-nbconvert python3-nbformat "
            + "python3-ipykernel";

    /**
     * An execution's outcome.
     *
     * @param exitCode nbconvert's exit code
     * @param log      what it printed (stdout and stderr)
     * @param executed the executed notebook
     */
    public record Execution(int exitCode, String log, Path executed) {
        /** The executed notebook's JSON text. */
        public String executedText() throws IOException {
            return Files.readString(executed, StandardCharsets.UTF_8);
        }
    }

    private NbConvert() {
    }

    /** Skips the calling test, with the reason, where {@code jupyter nbconvert} does not run. */
    public static void assumeInstalled(String what) {
        String missing = missingTools();
        Assumptions.assumeTrue(missing == null, what + " not executed: " + missing + " (" + INSTALL + ")");
    }

    /** Null if {@code jupyter nbconvert} runs, else what is missing. */
    public static String missingTools() {
        try {
            Process v = new ProcessBuilder("jupyter", "nbconvert", "--version").redirectErrorStream(true).start();
            v.getInputStream().readAllBytes();
            if (!v.waitFor(2, TimeUnit.MINUTES) || v.exitValue() != 0) {
                return "'jupyter nbconvert' does not run";
            }
        } catch (IOException e) {
            return "'jupyter' is not on the PATH";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
        return null;
    }

    /**
     * Executes {@code notebook} into {@code outDir/<its name>} with {@code env} added to this
     * process's environment (and {@code MPLBACKEND=Agg}). With a {@code caller} folder it starts
     * there, as a shell would: working directory and {@code $PWD}, no {@code SWARMSIM_CALLER_DIR};
     * with null it starts here.
     */
    public static Execution execute(Path notebook, Path outDir, Path caller, Map<String, String> env) throws Exception {
        String name = notebook.getFileName().toString();
        Files.createDirectories(outDir);
        Path log = outDir.resolve(name + ".log");
        ProcessBuilder pb = new ProcessBuilder("jupyter", "nbconvert", "--to", "notebook", "--execute",
                notebook.toAbsolutePath().toString(), "--output-dir", outDir.toString(), "--output", name)
                .redirectErrorStream(true).redirectOutput(log.toFile());
        if (caller != null) {
            pb.directory(caller.toFile());
            pb.environment().remove("SWARMSIM_CALLER_DIR");
            pb.environment().put("PWD", caller.toAbsolutePath().toString());
        }
        pb.environment().putAll(env);
        pb.environment().put("MPLBACKEND", "Agg");
        Process p = pb.start();
        // A guard against a hung kernel, not a performance limit.
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "nbconvert did not finish");
        return new Execution(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8), outDir.resolve(name));
    }
}
