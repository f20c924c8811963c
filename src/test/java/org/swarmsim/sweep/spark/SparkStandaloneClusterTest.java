package org.swarmsim.sweep.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarmsim.cli.Main;

/**
 * {@code --engine spark} against a real standalone cluster: a Spark Master and a Worker started
 * from the Spark jars on the test class path, on loopback only, with executors in their own JVMs.
 */
class SparkStandaloneClusterTest {
    private static final List<String> OPENS = List.of("-XX:+IgnoreUnrecognizedVMOptions",
            "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED", "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
            "--add-opens=java.base/sun.security.action=ALL-UNNAMED", "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED");

    private static final List<String> SWEEP = List.of("sweep", "scenarios/rarest-vs-random.yaml", "--replications", "2",
            "--set", "population.leechers.count=8", "--set", "torrent.size=2MiB", "--no-report");

    @Test
    void aStandaloneClusterOnLoopbackWritesTheSameRunsAsTheLocalEngine(@TempDir Path tmp) throws Exception {
        Path sparkHome = sparkHome(tmp.resolve("spark-home"));
        int port = freePort();
        List<Process> started = new ArrayList<>();
        try {
            Process master = start(sparkHome, tmp.resolve("master.log"), "org.apache.spark.deploy.master.Master",
                    "--host", "127.0.0.1", "--port", String.valueOf(port), "--webui-port", String.valueOf(freePort()));
            started.add(master);
            awaitLine(master, tmp.resolve("master.log"), "New state: ALIVE");
            Process worker = start(sparkHome, tmp.resolve("worker.log"), "org.apache.spark.deploy.worker.Worker",
                    "spark://127.0.0.1:" + port, "--host", "127.0.0.1", "--cores", "2", "--memory", "1g",
                    "--webui-port", String.valueOf(freePort()), "--work-dir", tmp.resolve("work").toString());
            started.add(worker);
            awaitLine(worker, tmp.resolve("worker.log"), "Successfully registered with master");

            Path local = tmp.resolve("local/sweep");
            Path cluster = tmp.resolve("cluster/sweep");
            assertEquals(0, run(local, "--threads", "2"));
            Map<String, String> props = Map.of("spark.driver.host", "127.0.0.1", "spark.driver.bindAddress", "127.0.0.1",
                    "spark.executor.extraClassPath", Path.of("target/classes").toAbsolutePath().toString());
            props.forEach(System::setProperty);
            try {
                assertEquals(0, run(cluster, "--engine", "spark", "--master", "spark://127.0.0.1:" + port, "--executors", "2"));
            } finally {
                props.keySet().forEach(System::clearProperty);
            }
            List<String> files = relativeFiles(local);
            assertEquals(files, relativeFiles(cluster));
            for (String f : files.stream().filter(f -> f.endsWith(".csv")).toList()) {
                assertArrayEquals(Files.readAllBytes(local.resolve(f)), Files.readAllBytes(cluster.resolve(f)), f);
            }
            assertTrue(Files.readString(tmp.resolve("worker.log")).contains("Launch command"), "executors ran in their own JVMs");
        } finally {
            for (Process p : started) {
                p.destroy();
                p.waitFor();
            }
        }
    }

    private static int run(Path out, String... engine) {
        List<String> args = new ArrayList<>(SWEEP);
        args.addAll(List.of("--out", out.toString()));
        args.addAll(List.of(engine));
        return Main.execute(args.toArray(String[]::new));
    }

    /** A SPARK_HOME as the standalone Worker wants one: a RELEASE file and jars/, here links to the class path's jars. */
    private static Path sparkHome(Path home) throws IOException {
        Path jars = Files.createDirectories(home.resolve("jars"));
        Files.writeString(home.resolve("RELEASE"), "Spark from the swarmsim test class path\n");
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (entry.endsWith(".jar") && Files.isRegularFile(p) && !Files.exists(jars.resolve(p.getFileName()))) {
                Files.createSymbolicLink(jars.resolve(p.getFileName()), p.toAbsolutePath());
            }
        }
        return home;
    }

    private static Process start(Path sparkHome, Path log, String mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
        cmd.addAll(OPENS);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("SPARK_HOME", sparkHome.toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        return pb.start();
    }

    /** Waits until {@code log} has {@code line}; fails if the process ends first. */
    private static void awaitLine(Process p, Path log, String line) throws IOException, InterruptedException {
        while (!Files.readString(log).contains(line)) {
            if (!p.isAlive()) {
                throw new AssertionError("exited before '" + line + "':\n" + Files.readString(log));
            }
            Thread.sleep(100);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static List<String> relativeFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace(File.separatorChar, '/'))
                    .sorted().toList();
        }
    }
}
