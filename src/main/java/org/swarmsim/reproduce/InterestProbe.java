package org.swarmsim.reproduce;

import java.util.ArrayList;
import java.util.List;
import org.swarmsim.bittorrent.peer.Peer;
import org.swarmsim.bittorrent.peer.SwarmListener;
import org.swarmsim.bittorrent.wire.Interested;
import org.swarmsim.bittorrent.wire.NotInterested;
import org.swarmsim.net.Message;
import org.swarmsim.run.Probe;

/**
 * Legout et al.'s measure of piece diversity ("Rarest first and choke algorithms are enough",
 * IMC 2006): how much of the time a leecher is interested in the peers it is connected to. Each
 * ordered pair's interest follows the {@code interested}/{@code not_interested} messages; at each
 * sample, over the online leechers, the pairs (a, b) with a interested in an online b are summed,
 * and so are the leechers' connections. The result is the ratio of the two sums: 1 when every
 * leecher always wants something from every neighbour (high entropy), lower when neighbours hold
 * nothing new.
 */
final class InterestProbe implements Probe, SwarmListener {
    private final List<Peer> peers = new ArrayList<>();
    private boolean[][] interested = new boolean[0][0];
    private long interestedPairs;
    private long connections;
    private final long fromNanos;

    /** Counts every sample. */
    InterestProbe() {
        this(0);
    }

    /** Counts the samples from {@code fromNanos} on (after a warm-up). */
    InterestProbe(long fromNanos) {
        this.fromNanos = fromNanos;
    }

    @Override
    public void onPeerJoined(Peer peer) {
        peers.add(peer);
        int need = peer.index() + 1;
        if (need > interested.length) {
            int size = Math.max(need, interested.length * 2);
            boolean[][] grown = new boolean[size][];
            for (int i = 0; i < size; i++) {
                grown[i] = new boolean[size];
                if (i < interested.length) {
                    System.arraycopy(interested[i], 0, grown[i], 0, interested[i].length);
                }
            }
            interested = grown;
        }
    }

    @Override
    public boolean wantsMessages() {
        return true;
    }

    @Override
    public void onMessage(long nowNanos, Peer from, Peer to, Message message) {
        if (message instanceof Interested) {
            interested[from.index()][to.index()] = true;
        } else if (message instanceof NotInterested) {
            interested[from.index()][to.index()] = false;
        }
    }

    @Override
    public void sample(long nowNanos) {
        if (nowNanos < fromNanos) {
            return;
        }
        for (Peer a : peers) {
            if (a.state() != Peer.State.LEECHING) {
                continue;
            }
            connections += a.connectionCount();
            boolean[] row = interested[a.index()];
            for (Peer b : peers) {
                // A closed connection sends no not_interested: count only pairs still connected.
                if (row[b.index()] && b.isActive() && a.isConnectedTo(b)) {
                    interestedPairs++;
                }
            }
        }
    }

    /** Interested pairs over connections, summed over the samples (NaN before any connection). */
    double interestFraction() {
        return connections == 0 ? Double.NaN : (double) interestedPairs / connections;
    }
}
