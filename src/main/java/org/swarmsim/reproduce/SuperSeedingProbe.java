package org.swarmsim.reproduce;

import org.swarmsim.bittorrent.peer.Peer;
import org.swarmsim.bittorrent.peer.SwarmListener;
import org.swarmsim.run.Probe;

/**
 * What the initial seed uploads in a flash crowd: the payload bytes it sends before the first
 * leecher completes, and until the last of {@code leechers} completes.
 */
final class SuperSeedingProbe implements Probe, SwarmListener {
    private final int leechers;
    private long beforeFirst;
    private long untilLast;
    private int completed;

    SuperSeedingProbe(int leechers) {
        this.leechers = leechers;
    }

    @Override
    public void sample(long nowNanos) {
    }

    @Override
    public void onPayload(Peer receiver, Peer sender, long bytes) {
        if (!sender.spec().initialSeed()) {
            return;
        }
        if (completed == 0) {
            beforeFirst += bytes;
        }
        if (completed < leechers) {
            untilLast += bytes;
        }
    }

    @Override
    public void onPeerCompleted(Peer peer) {
        if (!peer.spec().initialSeed()) {
            completed++;
        }
    }

    /** Seed bytes before the first leecher completed. */
    long beforeFirst() {
        return beforeFirst;
    }

    /** Seed bytes until every leecher completed (or the run ended). */
    long untilLast() {
        return untilLast;
    }
}
