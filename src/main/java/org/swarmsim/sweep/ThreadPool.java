package org.swarmsim.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs independent tasks on a fixed pool of threads, as sweeps and reproductions do with their
 * replications: all are submitted, the first failure in task order is rethrown as it was (an
 * error as an error) and the others are cancelled.
 */
public final class ThreadPool {
    /** One task, given its index. */
    @FunctionalInterface
    public interface Task {
        void run(int index) throws Exception;
    }

    private ThreadPool() {
    }

    /** Runs {@code task} for every index in {@code [0, count)} on {@code threads} threads and waits for all. */
    public static void forEach(int threads, int count, Task task) throws Exception {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be >= 1, got " + threads);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    task.run(index);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    pool.shutdownNow();
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw e.getCause() instanceof Exception ex ? ex : e;
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
