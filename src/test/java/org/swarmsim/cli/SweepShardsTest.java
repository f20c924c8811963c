package org.swarmsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sweep --shard K/N} and {@code sweep merge}: shards run as separate processes merge into
 * exactly the unsharded sweep, and shards that do not make one sweep are refused.
 */
class SweepShardsTest {
    private static final List<String> SMALL = List.of("--set", "population.leechers.count=8", "--set", "torrent.size=2MiB",
            "--threads", "1");

    private static List<String> sweepArgs(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("sweep", "scenarios/rarest-vs-random.yaml", "--out", out.toString()));
        args.addAll(SMALL);
        args.addAll(List.of(extra));
        if (!args.contains("--replications")) {
            args.addAll(List.of("--replications", "3"));
        }
        return args;
    }

    private static MainRun sweep(Path out, String... extra) {
        return MainRun.of(sweepArgs(out, extra).toArray(String[]::new));
    }

    private static MainRun merge(Path out, Path... shards) {
        List<String> args = new ArrayList<>(List.of("sweep", "merge"));
        for (Path s : shards) {
            args.add(s.toString());
        }
        args.addAll(List.of("--out", out.toString()));
        return MainRun.of(args.toArray(String[]::new));
    }

    @Test
    void threeShardsRunAsSeparateProcessesMergeIntoTheUnshardedSweepByteForByte(@TempDir Path tmp) throws Exception {
        Path whole = tmp.resolve("whole/sweep"); // same folder name as the merge: index.html shows it
        assertEquals(0, sweep(whole).exit());

        List<Process> processes = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-cp", System.getProperty("java.class.path"), "org.swarmsim.cli.Main"));
            cmd.addAll(sweepArgs(tmp.resolve("shards").resolve(String.valueOf(k)), "--shard", k + "/3"));
            processes.add(new ProcessBuilder(cmd).directory(new File(System.getProperty("user.dir")))
                    .redirectErrorStream(true).redirectOutput(tmp.resolve("shard-" + k + ".log").toFile()).start());
        }
        for (int k = 1; k <= 3; k++) {
            assertEquals(0, processes.get(k - 1).waitFor(), Files.readString(tmp.resolve("shard-" + k + ".log")));
        }
        Path shard2 = tmp.resolve("shards/2");
        assertEquals("shard: 2/3\ntasks: 6\nreplications: 3\n", Files.readString(shard2.resolve("shard.txt")));
        assertEquals(List.of("point-00/rep-001", "point-01/rep-001"), replications(shard2));
        assertFalse(Files.exists(shard2.resolve("sweep.csv")), "a shard has no sweep.csv");
        assertFalse(Files.exists(shard2.resolve("index.html")), "a shard has no report");

        Path merged = tmp.resolve("merged/sweep");
        MainRun m = merge(merged, tmp.resolve("shards/3"), tmp.resolve("shards/1"), shard2);
        assertEquals(0, m.exit(), m.err());

        List<String> files = relativeFiles(whole);
        assertEquals(files, relativeFiles(merged));
        assertTrue(files.contains("sweep.csv") && files.contains("index.html") && files.contains("points.csv"));
        for (String f : files) {
            byte[] a = Files.readAllBytes(whole.resolve(f));
            byte[] b = Files.readAllBytes(merged.resolve(f));
            if (f.endsWith("summary.json")) {
                assertEquals(withoutWallTime(a), withoutWallTime(b), f);
            } else {
                assertArrayEquals(a, b, f);
            }
        }
    }

    @Test
    void theSameShardTwiceOrTheSameReplicationInTwoFoldersIsRefused(@TempDir Path tmp) throws IOException {
        Path[] shards = runShards(tmp, 2, "--replications", "1");
        Path copy = tmp.resolve("copy-of-1");
        copyTree(shards[0], copy);
        MainRun twice = merge(tmp.resolve("m1"), shards[0], shards[1], copy);
        assertEquals(2, twice.exit());
        assertTrue(twice.err().contains("shard 1/2 is given twice"), twice.err());

        copyTree(shards[0].resolve("point-00/rep-000"), shards[1].resolve("point-00/rep-000"));
        MainRun both = merge(tmp.resolve("m2"), shards[0], shards[1]);
        assertEquals(2, both.exit());
        assertTrue(both.err().contains("replication point-00/rep-000 is in both"), both.err());
        assertFalse(Files.exists(tmp.resolve("m1")) || Files.exists(tmp.resolve("m2")), "nothing was written");
    }

    @Test
    void shardsOfDifferentSweepsShardCountsOrReplicationCountsAreRefused(@TempDir Path tmp) {
        Path a = tmp.resolve("a");
        assertEquals(0, sweep(a, "--replications", "1", "--shard", "1/2").exit());
        Path otherYaml = tmp.resolve("b");
        assertEquals(0, sweep(otherYaml, "--replications", "1", "--shard", "2/2", "--set", "torrent.piece_length=128KiB").exit());
        Path otherN = tmp.resolve("c");
        assertEquals(0, sweep(otherN, "--replications", "1", "--shard", "3/3").exit());
        Path otherReps = tmp.resolve("d");
        assertEquals(0, sweep(otherReps, "--replications", "2", "--shard", "2/2").exit());

        MainRun yaml = merge(tmp.resolve("m"), a, otherYaml);
        assertEquals(2, yaml.exit());
        assertTrue(yaml.err().contains("sweep.yaml differ"), yaml.err());
        MainRun n = merge(tmp.resolve("m"), a, otherN);
        assertEquals(2, n.exit());
        assertTrue(n.err().contains("N differs"), n.err());
        MainRun reps = merge(tmp.resolve("m"), a, otherReps);
        assertEquals(2, reps.exit());
        assertTrue(reps.err().contains("2 vs 1 replications per point"), reps.err());
        assertFalse(Files.exists(tmp.resolve("m")));
    }

    @Test
    void aMissingShardIsNamedWithItsReplicationsAndAnUsedOutIsRefused(@TempDir Path tmp) throws IOException {
        Path[] shards = runShards(tmp, 3);
        MainRun missing = merge(tmp.resolve("m"), shards[0], shards[2]);
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("shard 2/3 is missing (no folder given); its replications: point-00/rep-001, point-01/rep-001"),
                missing.err());

        Path used = Files.createDirectories(tmp.resolve("used"));
        Files.writeString(used.resolve("notes.txt"), "mine");
        MainRun out = merge(used, shards);
        assertEquals(2, out.exit());
        assertTrue(out.err().contains("--out " + used + " is not empty"), out.err());
        assertEquals(List.of("notes.txt"), relativeFiles(used));
    }

    @Test
    void aShardOutsideOneToNIsBadInputNamingTheAllowedRange(@TempDir Path tmp) {
        for (String bad : List.of("4/3", "0/3", "x")) {
            MainRun r = sweep(tmp.resolve("s"), "--shard", bad);
            assertEquals(2, r.exit(), bad);
            assertTrue(r.err().contains(bad.equals("x") ? "expected K/N with whole numbers 1 <= K <= N" : "K must be 1..3"), r.err());
        }
        assertFalse(Files.exists(tmp.resolve("s")), "nothing was created");
    }

    private static Path[] runShards(Path tmp, int n, String... extra) {
        Path[] dirs = new Path[n];
        for (int k = 1; k <= n; k++) {
            dirs[k - 1] = tmp.resolve("shard-" + k);
            List<String> args = new ArrayList<>(List.of(extra));
            args.addAll(List.of("--shard", k + "/" + n));
            MainRun r = sweep(dirs[k - 1], args.toArray(String[]::new));
            assertEquals(0, r.exit(), r.err());
        }
        return dirs;
    }

    private static List<String> replications(Path dir) throws IOException {
        return relativeFiles(dir).stream().filter(f -> f.endsWith("/summary.json"))
                .map(f -> f.substring(0, f.length() - "/summary.json".length())).toList();
    }

    private static List<String> relativeFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace(File.separatorChar, '/'))
                    .sorted().toList();
        }
    }

    private static String withoutWallTime(byte[] json) {
        return new String(json, StandardCharsets.UTF_8).replaceAll("\"wall_s\": [0-9.eE+-]+", "\"wall_s\": _");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted().toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }
}
