package org.swarmsim.reproduce;

import org.swarmsim.bittorrent.peer.SwarmListener;

/**
 * A listener on a running swarm that is also sampled on simulated time, at each of the
 * scenario's {@code metrics.sample_interval} (when it needs the state of every peer, not only
 * events). {@link Reproduction} attaches it and calls {@link #sample} after every step.
 */
public interface RunProbe extends SwarmListener {
    /** Called between simulation steps, at simulated time {@code nowNanos}. */
    void sample(long nowNanos);
}
