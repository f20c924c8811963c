package org.swarmsim.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.swarmsim.reproduce.Reproduction;

/**
 * Runs a reproduction's replications on a fixed pool of threads: all tasks are submitted, the
 * first failure (in task order) is rethrown as it was and the rest are cancelled. One thread runs
 * them on the caller's thread.
 */
final class ThreadPoolParallel implements Reproduction.Parallel {
    private final int threads;

    ThreadPoolParallel(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be >= 1, got " + threads);
        }
        this.threads = threads;
    }

    @Override
    public void forEach(int count, IntConsumer task) {
        if (threads == 1) {
            Reproduction.SEQUENTIAL.forEach(count, task);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> task.accept(index)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
