package org.swarmsim.build;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Build check: main code that runs inside a simulation may not use sources of nondeterminism,
 * nor {@code java.lang.Math}'s transcendental functions (use {@code StrictMath}), so that the same
 * seed gives the same bytes on every machine.
 * Only the command-line layer ({@code org.swarmsim.cli}: benchmarks, progress bars) and sweep
 * execution ({@code org.swarmsim.sweep}: replications over threads or a cluster, each run's wall
 * time) may read the wall clock or start threads.
 */
class DeterminismRulesTest {
    private static final Pattern FORBIDDEN = Pattern.compile(
            "new\\s+(java\\.util\\.)?Random\\s*\\("
            + "|\\bjava\\.util\\.Random\\b"
            + "|import\\s+java\\.util\\.Random\\s*;"
            + "|Math\\.random\\s*\\("
            + "|ThreadLocalRandom"
            + "|System\\.currentTimeMillis\\s*\\("
            + "|System\\.nanoTime\\s*\\("
            + "|Instant\\.now\\s*\\("
            + "|LocalDateTime\\.now\\s*\\("
            + "|new\\s+Thread\\s*\\("
            + "|Executors\\."
            // java.lang.Math's transcendental functions may differ in the last bit between
            // platforms (intrinsics); StrictMath gives the same bits everywhere.
            + "|(?<![A-Za-z])Math\\.(log|log10|log1p|exp|expm1|pow|sin|cos|tan|asin|acos|atan|atan2|sinh|cosh|tanh|hypot|cbrt)\\s*\\(");

    @Test
    void mainCodeOutsideTheCliUsesNoRandomWallClockOrThreads() throws IOException {
        Path root = Path.of("src/main/java/org/swarmsim");
        assertTrue(Files.isDirectory(root), "run from the project root");
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                if (f.startsWith(root.resolve("cli")) || f.startsWith(root.resolve("sweep"))) {
                    continue;
                }
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    String code = line.strip();
                    if (code.startsWith("*") || code.startsWith("//") || code.startsWith("/*")) {
                        continue;   // documentation may name what it forbids
                    }
                    Matcher m = FORBIDDEN.matcher(line);
                    if (m.find()) {
                        offences.add(f + ":" + (i + 1) + ": " + m.group() + "  <- " + code);
                    }
                }
            }
        }
        assertTrue(offences.isEmpty(), "nondeterminism in simulation code:\n" + String.join("\n", offences));
    }
}
