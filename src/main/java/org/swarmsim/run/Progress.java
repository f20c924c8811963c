package org.swarmsim.run;

/** Progress of a run, reported between simulation steps (the CLI draws its bar and its ETA from this). */
public interface Progress {
    /** Told after each step with where the run stands. */
    void update(Status status);

    /**
     * Told once the simulation is built, before it runs: live readings of its clock and of its
     * population (peers or nodes in the simulation now), so that a failure part way (out of memory)
     * can say how far it got. A holder must drop them once the run ends: they keep the simulation
     * reachable.
     */
    default void started(long endNanos, java.util.function.LongSupplier simNanos, java.util.function.LongSupplier population) {
    }

    /**
     * Told once the kernel is built, before anything is scheduled on it: a benchmark counts its
     * events by kind from here ({@link org.swarmsim.sim.Simulation#countEventsBy}). A holder must
     * drop it once the run ends.
     */
    default void kernel(org.swarmsim.sim.Simulation sim) {
    }

    /**
     * Told when the run has finished a phase of its own, such as a DHT's joins ({@code "join"}), with
     * the events run so far; benchmarks time the phases from this. Most kinds have no phases.
     */
    default void phaseEnded(String phase, long events) {
    }

    /**
     * Where a run stands.
     *
     * @param simNanos      simulated time reached
     * @param endNanos      the simulated time at which the run ends at the latest (its duration)
     * @param work          the share in [0, 1] of what ends the run before {@code endNanos} (leechers
     *                      completed or left, joins and lookups done), or NaN when only the duration
     *                      bounds the run
     * @param notBeforeNanos simulated time before which the work cannot end the run (the last
     *                      leecher's join), 0 if none
     * @param detail        a short status such as {@code sim 120s  leechers done 40/100}
     * @param events        events run so far
     * @param population    peers or nodes in the simulation now (online peers of a swarm)
     */
    record Status(long simNanos, long endNanos, double work, long notBeforeNanos, String detail, long events,
                  long population) {
        /** A run bounded by its duration only. */
        public static Status byTime(long simNanos, long endNanos, String detail, long events, long population) {
            return new Status(simNanos, endNanos, Double.NaN, 0, detail, events, population);
        }

        /** How much of the run is done, for a progress bar: the larger of the time and the work done. */
        public double fraction() {
            double byTime = endNanos > 0 ? Math.min(1, (double) simNanos / endNanos) : 1;
            return Double.isNaN(work) ? byTime : Math.min(1, Math.max(byTime, work));
        }
    }
}
