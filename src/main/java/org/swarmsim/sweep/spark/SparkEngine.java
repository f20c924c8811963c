package org.swarmsim.sweep.spark;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.swarmsim.sweep.ReplicationFiles;
import org.swarmsim.sweep.ReplicationsFailedException;
import org.swarmsim.sweep.ScenarioSource;
import org.swarmsim.sweep.SweepEngine;
import org.swarmsim.sweep.SweepTask;

/**
 * Runs a sweep on Apache Spark: each (point, replication) is one Spark task (a one-partition job,
 * so that results come back as each finishes) that runs the simulation with the replication's
 * seed on an executor and returns its files as bytes; the driver writes them exactly as the local
 * engine does ({@link ReplicationFiles#writeInto}: {@code rep-RRR.partial}, then a rename), so a
 * sweep is resumable and its files are the same whichever engine ran it.
 *
 * <p>Every point is loaded on the driver first, so an invalid point fails before anything runs.
 * A failing task is retried by Spark ({@code spark.task.maxFailures}, default 4; on a
 * {@code local[N,F]} master F attempts, on {@code local[N]} one); a replication that fails on
 * every attempt is reported with its error after the others have finished
 * ({@link ReplicationsFailedException}). The scenario file must be readable at the same path on
 * the executors (a shared file system, as for the results).
 */
public final class SparkEngine implements SweepEngine {
    private static final Pattern LOCAL = Pattern.compile("local(?:\\[(\\*|\\d+)(?:,(\\d+))?])?");

    private final String master;
    private final Integer executors;
    private final ReplicationTask.Runner runner;

    /** An engine on {@code master} with {@code executors} (null: Spark's default). */
    public SparkEngine(String master, Integer executors) {
        this(master, executors, ReplicationFiles::compute);
    }

    SparkEngine(String master, Integer executors, ReplicationTask.Runner runner) {
        if (executors != null && executors < 1) {
            throw new IllegalArgumentException("--executors must be >= 1, got " + executors);
        }
        if (executors != null && LOCAL.matcher(master).matches()) {
            throw new IllegalArgumentException("--executors is for a cluster master (spark://, yarn, k8s://); with --master "
                    + master + " the number in local[N] is the parallelism");
        }
        this.master = master;
        this.executors = executors;
        this.runner = runner;
    }

    @Override
    public void run(ScenarioSource source, List<SweepTask> todo, Listener listener) throws Exception {
        for (SweepTask t : todo) {
            source.point(t.values());   // invalid points fail here, on the driver, before anything runs
        }
        if (todo.isEmpty()) {
            return;
        }
        SparkConf conf = configuration();
        int attempts = attempts(conf);
        List<ReplicationsFailedException.Failure> failures = new ArrayList<>();
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            sc.setLogLevel("WARN");
            ReplicationTask task = new ReplicationTask(source, attempts, runner);
            PendingJobs<ReplicationTask.Outcome> pending = new PendingJobs<>();
            Map<Integer, SweepTask> byIndex = new TreeMap<>();
            try {
                for (SweepTask t : todo) {
                    ReplicationTask.Spec spec = new ReplicationTask.Spec(t.index(), new LinkedHashMap<>(t.values()), t.replication());
                    sc.setJobDescription(t.relativeName() + " " + t.label());
                    pending.add(t.index(), sc.parallelize(List.of(spec), 1).map(task).collectAsync());
                    byIndex.put(t.index(), t);
                }
                while (!pending.isEmpty()) {
                    Map<Integer, JavaFutureAction<List<ReplicationTask.Outcome>>> done = new TreeMap<>();
                    for (int index : pending.takeDone(done)) {
                        SweepTask t = byIndex.get(index);
                        ReplicationTask.Outcome outcome;
                        try {
                            outcome = done.get(index).get().get(0);
                        } catch (ExecutionException e) {
                            // Spark gave up on the task without an outcome (an executor lost every attempt)
                            failures.add(new ReplicationsFailedException.Failure(t, String.valueOf(e.getCause())));
                            continue;
                        }
                        if (outcome.error() != null) {
                            failures.add(new ReplicationsFailedException.Failure(t, outcome.error()));
                            continue;
                        }
                        outcome.files().writeInto(t.dir());
                        listener.finished(t, outcome.files().events());
                    }
                }
            } catch (IllegalStateException e) {
                if (!sc.sc().isStopped()) {
                    throw e;
                }
                // the cluster ended the application (its reason is logged above)
                throw new IOException("Spark stopped the sweep (" + firstLine(e.getMessage()) + "); the replications "
                        + "finished before are written: re-run the same command to resume", e);
            }
        }
        if (!failures.isEmpty()) {
            failures.sort((a, b) -> Integer.compare(a.task().index(), b.task().index()));
            throw new ReplicationsFailedException(failures);
        }
    }

    @Override
    public String description() {
        return "Spark " + master + (executors != null ? ", " + executors + " executors" : "");
    }

    SparkConf configuration() throws IOException {
        if (System.getProperty("log4j2.configurationFile") == null) {
            java.net.URL quiet = SparkEngine.class.getResource("log4j2.properties");
            if (quiet != null) {
                System.setProperty("log4j2.configurationFile", quiet.toString());
            }
        }
        SparkConf conf = new SparkConf().setAppName("swarmsim sweep").setMaster(master);
        conf.setIfMissing("spark.ui.enabled", "false");
        if (LOCAL.matcher(master).matches()) {
            // everything in this JVM: listen on loopback only
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        } else {
            List<String> jars = shippedJars();
            if (!jars.isEmpty()) {
                conf.setJars(jars.toArray(String[]::new));
            }
        }
        if (executors != null) {
            conf.set("spark.executor.instances", String.valueOf(executors));
            if (master.startsWith("spark://")) {
                conf.setIfMissing("spark.executor.cores", "1");
                conf.set("spark.cores.max", String.valueOf(executors * conf.getInt("spark.executor.cores", 1)));
            }
        }
        return conf;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "no reason given";
        }
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    /** How many attempts Spark gives a task on this master. */
    private int attempts(SparkConf conf) {
        Matcher m = LOCAL.matcher(master);
        if (m.matches()) {
            return m.group(2) != null ? Integer.parseInt(m.group(2)) : 1;
        }
        return conf.getInt("spark.task.maxFailures", 4);
    }

    /**
     * The jars a cluster's executors need besides Spark's own: swarmsim's and those of the
     * libraries a simulation uses (YAML, Commons Math, picocli); none when run from classes.
     */
    private static List<String> shippedJars() throws IOException {
        List<String> jars = new ArrayList<>();
        for (String marker : List.of(SparkEngine.class.getName(), "picocli.CommandLine",
                "com.fasterxml.jackson.dataformat.yaml.YAMLFactory", "org.yaml.snakeyaml.Yaml",
                "org.apache.commons.math3.util.FastMath")) {
            try {
                Path p = Path.of(Class.forName(marker).getProtectionDomain().getCodeSource().getLocation().toURI());
                if (Files.isRegularFile(p) && !jars.contains(p.toString())) {
                    jars.add(p.toString());
                }
            } catch (ClassNotFoundException | URISyntaxException | SecurityException | NullPointerException e) {
                throw new IOException("cannot find the jar of " + marker + " to ship to the executors: " + e, e);
            }
        }
        return jars;
    }
}
