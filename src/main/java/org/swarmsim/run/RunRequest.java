package org.swarmsim.run;

import java.util.List;
import org.swarmsim.metrics.TraceWriter;

/**
 * How to run one replication of a scenario.
 *
 * @param replication the substream of the scenario's seed
 * @param progress    told between steps, or null
 * @param trace       where to stream {@code trace.jsonl}, or null for no trace
 * @param probes      sampled at every sample of the time series (and given the kind's events)
 */
public record RunRequest(int replication, Progress progress, TraceWriter trace, List<Probe> probes) {
    public RunRequest {
        probes = List.copyOf(probes);
    }

    /** Shows the run's progress listener (if any) the kernel just built for this run. */
    public void attach(org.swarmsim.sim.Simulation sim) {
        if (progress != null) {
            progress.kernel(sim);
        }
    }

    /** Replication {@code r}, no progress, no trace, no probes. */
    public static RunRequest of(int replication) {
        return new RunRequest(replication, null, null, List.of());
    }
}
