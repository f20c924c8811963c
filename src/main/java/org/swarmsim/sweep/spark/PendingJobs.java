package org.swarmsim.sweep.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaFutureAction;

/**
 * Spark jobs submitted at once, one per replication, taken back as each finishes (in index order
 * among those done together), so the driver writes results while the others still run.
 *
 * @param <T> what one job's single partition collects to
 */
final class PendingJobs<T> {
    private final Map<Integer, JavaFutureAction<List<T>>> pending = new TreeMap<>();

    void add(int index, JavaFutureAction<List<T>> job) {
        pending.put(index, job);
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    /** Waits until at least one job is done and returns the indices of those done, no longer pending. */
    List<Integer> takeDone(Map<Integer, JavaFutureAction<List<T>>> into) throws InterruptedException {
        while (true) {
            List<Integer> done = new ArrayList<>();
            pending.forEach((index, job) -> {
                if (job.isDone()) {
                    done.add(index);
                }
            });
            if (!done.isEmpty()) {
                done.forEach(i -> into.put(i, pending.remove(i)));
                return done;
            }
            Thread.sleep(20);
        }
    }
}
