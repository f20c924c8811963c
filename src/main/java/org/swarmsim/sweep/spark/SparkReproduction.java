package org.swarmsim.sweep.spark;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.swarmsim.reproduce.ReplicationJob;
import org.swarmsim.reproduce.Reproduction;

/**
 * Runs a reproduction's replications on Apache Spark ({@code reproduce NAME --engine spark}): each
 * {@link ReplicationJob} is one Spark task (a one-partition job, so results come back as each
 * finishes) that runs the replication with its probe on an executor and returns its files and
 * measurements; the driver writes them as the local engine does. Spark retries a failing task
 * ({@code spark.task.maxFailures}; on {@code local[N,F]} F attempts); a replication that still
 * fails ends the reproduction with its error, the replications finished before it being written
 * (a re-run resumes). The papers scenarios must be readable at the same path on the executors.
 */
public final class SparkReproduction implements Reproduction.Remote {
    private final SparkEngine engine;

    /** On {@code master} with {@code executors} (null: Spark's default), as {@code sweep --engine spark}. */
    public SparkReproduction(String master, Integer executors) {
        this.engine = new SparkEngine(master, executors);
    }

    @Override
    public void run(List<ReplicationJob> jobs, BiConsumer<ReplicationJob, ReplicationJob.Result> done) throws Exception {
        try (JavaSparkContext sc = new JavaSparkContext(engine.configuration().setAppName("swarmsim reproduce"))) {
            sc.setLogLevel("WARN");
            Function<ReplicationJob, ReplicationJob.Result> compute = job -> job.compute(null);
            PendingJobs<ReplicationJob.Result> pending = new PendingJobs<>();
            Map<Integer, ReplicationJob> byIndex = new TreeMap<>();
            for (ReplicationJob job : jobs) {
                sc.setJobDescription(job.experiment() + " point " + job.point() + " rep " + job.replication());
                pending.add(job.index(), sc.parallelize(List.of(job), 1).map(compute).collectAsync());
                byIndex.put(job.index(), job);
            }
            while (!pending.isEmpty()) {
                Map<Integer, JavaFutureAction<List<ReplicationJob.Result>>> finished = new TreeMap<>();
                for (int index : pending.takeDone(finished)) {
                    done.accept(byIndex.get(index), finished.get(index).get().get(0));
                }
            }
        }
    }
}
