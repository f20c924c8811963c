package org.swarmsim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What the interoperability tests share: running a program (mktorrent, a Python that imports
 * libtorrent) with a time limit, finding a Python that can run a given import line, and reading the
 * {@code key=value} lines the test scripts print.
 */
final class ExternalTools {
    private ExternalTools() {
    }

    /** A finished program: its exit code and its output (stdout and stderr together). */
    record Result(int exitCode, String output) {
    }

    /** Runs {@code command} in {@code workDir} (null: the current directory), two minutes at most. */
    static Result exec(List<String> command, Path workDir) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (workDir != null) {
            pb.directory(workDir.toFile());
        }
        Process p = pb.start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("timed out: " + command);
            }
            return new Result(p.exitValue(), out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** Runs {@code command} in the current directory. */
    static Result exec(List<String> command) throws IOException {
        return exec(command, null);
    }

    /** The first of Debian's {@code /usr/bin/python3} and the {@code python3} on the PATH that runs {@code code}, or null. */
    static String pythonThatRuns(String code) {
        for (String candidate : List.of("/usr/bin/python3", "python3")) {
            try {
                if (exec(List.of(candidate, "-c", code)).exitCode() == 0) {
                    return candidate;
                }
            } catch (IOException e) {
                // not this one
            }
        }
        return null;
    }

    /** The value of the first {@code key=value} line of {@code output}. */
    static String value(String output, String key) {
        return output.lines().filter(l -> l.startsWith(key + "=")).map(l -> l.substring(key.length() + 1))
                .findFirst().orElseThrow(() -> new AssertionError("the script printed no " + key + ": " + output));
    }

    /** The values of every {@code key=value} line of {@code output}, in order. */
    static List<String> values(String output, String key) {
        return output.lines().filter(l -> l.startsWith(key + "=")).map(l -> l.substring(key.length() + 1)).toList();
    }
}
