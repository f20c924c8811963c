package org.swarmsim.sweep.spark;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function;
import org.swarmsim.sweep.ReplicationFiles;
import org.swarmsim.sweep.ScenarioSource;

/**
 * What one Spark task does on its executor: runs one replication and returns its files as bytes.
 * A failure is thrown back to Spark, which retries the task, except on the last allowed attempt,
 * where it becomes a {@link Outcome} carrying the error, so that one replication that keeps
 * failing does not abort the others.
 */
final class ReplicationTask implements Function<ReplicationTask.Spec, ReplicationTask.Outcome> {
    private static final long serialVersionUID = 1L;

    /** How a replication is computed; {@link ReplicationFiles#compute} unless a test says otherwise. */
    @FunctionalInterface
    interface Runner extends Serializable {
        ReplicationFiles run(ScenarioSource source, Map<String, String> values, int replication) throws Exception;
    }

    /**
     * One task's input.
     *
     * @param index       the task's index in the sweep plan
     * @param values      the point's settings, in grid order
     * @param replication the replication (random substream)
     */
    record Spec(int index, LinkedHashMap<String, String> values, int replication) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * One task's result: the files, or the error of its last attempt.
     *
     * @param index the task's index in the sweep plan
     * @param files the replication's files, or null if it failed
     * @param error what went wrong on the last attempt, or null
     */
    record Outcome(int index, ReplicationFiles files, String error) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private final ScenarioSource source;
    private final int attempts;
    private final Runner runner;

    ReplicationTask(ScenarioSource source, int attempts, Runner runner) {
        this.source = source;
        this.attempts = attempts;
        this.runner = runner;
    }

    @Override
    public Outcome call(Spec spec) throws Exception {
        try {
            return new Outcome(spec.index(), runner.run(source, spec.values(), spec.replication()), null);
        } catch (Exception | StackOverflowError e) {
            TaskContext context = TaskContext.get();
            int attempt = context == null ? attempts - 1 : context.attemptNumber();
            if (attempt + 1 < attempts) {
                throw e instanceof Exception ex ? ex : new RuntimeException(e);
            }
            return new Outcome(spec.index(), null, e.getClass().getSimpleName() + ": " + e.getMessage()
                    + " (attempt " + (attempt + 1) + " of " + attempts + ")");
        }
    }
}
