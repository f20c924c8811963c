package org.swarmsim.sweep.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarmsim.cli.Main;

/** {@code reproduce NAME --engine spark} on {@code local[2]}: the same files as the local engine, and it resumes. */
class SparkReproductionTest {
    @Test
    void aQuickReproductionOnSparkWritesTheSameFilesAsOnThreadsAndResumes(@TempDir Path tmp) throws IOException {
        Path local = tmp.resolve("local/repro");
        Path spark = tmp.resolve("spark/repro");
        assertEquals(0, Main.execute("reproduce", "seed-stability", "--quick", "--threads", "2", "--out", local.toString()));
        assertEquals(0, Main.execute("reproduce", "seed-stability", "--quick", "--engine", "spark", "--master", "local[2]",
                "--out", spark.toString()));
        List<String> files = files(local);
        assertEquals(files, files(spark));
        assertTrue(files.size() > 30, files.toString());
        for (String f : files) {
            if (!f.equals("reproduction.txt")) {
                assertArrayEquals(Files.readAllBytes(local.resolve(f)), Files.readAllBytes(spark.resolve(f)), f);
            }
        }
        // resumed on Spark: one replication missing, the others read back
        try (Stream<Path> w = Files.walk(spark.resolve("point-02/rep-001"))) {
            for (Path p : w.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.execute("reproduce", "seed-stability", "--quick", "--engine", "spark", "--master", "local[2]",
                    "--out", spark.toString()));
        } finally {
            System.setErr(old);
        }
        assertArrayEquals(Files.readAllBytes(local.resolve("point-02/rep-001/measures.csv")),
                Files.readAllBytes(spark.resolve("point-02/rep-001/measures.csv")));
        assertArrayEquals(Files.readAllBytes(local.resolve("comparison.csv")), Files.readAllBytes(spark.resolve("comparison.csv")));
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> w = Files.walk(dir)) {
            return w.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }
}
