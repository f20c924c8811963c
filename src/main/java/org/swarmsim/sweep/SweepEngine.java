package org.swarmsim.sweep;

import org.swarmsim.run.Progress;

import java.util.List;

/**
 * Runs a list of sweep tasks, each replication ending up in its folder as
 * {@link ReplicationFiles#writeInto} writes it, whoever computed it.
 */
public interface SweepEngine {
    /** Told after each finished replication; may be called from any thread. */
    @FunctionalInterface
    interface Listener {
        void finished(SweepTask task, long events);

        /** What follows the run of {@code task} where it runs in this process (the CLI's memory watch), or null. */
        default Progress progress(SweepTask task) {
            return null;
        }

        /**
         * The error to end the sweep with when {@code task} ran out of memory here, its
         * {@link #progress} given back, or null to rethrow {@code e} as it is.
         */
        default RuntimeException outOfMemory(SweepTask task, Progress progress, OutOfMemoryError e) {
            return null;
        }
    }

    /**
     * Runs {@code todo}, loading each point from {@code source}.
     *
     * @throws Exception the first failure, as thrown (a {@code ScenarioException} for an invalid point)
     */
    void run(ScenarioSource source, List<SweepTask> todo, Listener listener) throws Exception;

    /** What the start line says about it, e.g. {@code 4 threads}. */
    String description();
}
