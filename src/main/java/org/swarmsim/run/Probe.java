package org.swarmsim.run;

/**
 * Something attached to a run to measure what its outputs do not (a reproduction's probe): it is
 * sampled at every time-series sample of the run, on simulated time. A kind also hands a probe
 * the events it listens to, when the probe implements the kind's listener interface (a swarm's
 * {@code SwarmListener}).
 */
public interface Probe {
    /** Called at every sample of the run's time series, at simulated time {@code nowNanos}. */
    void sample(long nowNanos);
}
