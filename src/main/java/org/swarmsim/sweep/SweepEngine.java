package org.swarmsim.sweep;

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
