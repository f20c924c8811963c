package org.swarmsim.cli;

import java.util.function.IntConsumer;
import org.swarmsim.reproduce.Reproduction;
import org.swarmsim.sweep.ThreadPool;

/**
 * Runs a reproduction's replications on a fixed pool of threads ({@link ThreadPool}, as a sweep's):
 * the first failure in task order is rethrown as it was, the rest cancelled. One thread runs them
 * on the caller's thread.
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
        try {
            ThreadPool.forEach(threads, count, task::accept);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
