package org.swarmsim.bittorrent.peer;

import java.util.Comparator;

/**
 * Which connection a peer over its connection limit closes first: the order libtorrent's
 * {@code disconnect_peers} uses when it trims a torrent back to its limit. A pure policy: it sees
 * each connection as a {@link View} and never touches the network.
 *
 * <p>From most to least disposable:
 * <ol>
 *   <li>peers we are not interested in (when we are a seed: peers not interested in us);</li>
 *   <li>peers that are not seeds;</li>
 *   <li>peers that gave us payload at a lower average rate since the connection opened
 *       (bytes / (seconds connected + 1), so a new connection counts as slow);</li>
 *   <li>peers that choke us;</li>
 *   <li>peers we heard from least recently; finally the lower connection key.</li>
 * </ol>
 * This is what lets a full leecher make room for a seed that connects to it (the seed is both
 * interesting and a seed), which a hard connection limit never does.
 */
public final class DisconnectRanking {

    /**
     * What the ranking needs to know about one connection.
     *
     * @param key                the connection's key (unique among the peer's connections)
     * @param useful             we are interested in the remote (as a seed: the remote is interested in us)
     * @param remoteIsSeed       the remote has every piece
     * @param payloadFromRemote  payload bytes received from the remote since the connection opened
     * @param connectedNanos     how long the connection has been open
     * @param remoteChokesUs     the remote is choking us
     * @param lastReceivedNanos  time of the last block received from the remote (or of connecting)
     */
    public record View(int key, boolean useful, boolean remoteIsSeed, long payloadFromRemote,
            long connectedNanos, boolean remoteChokesUs, long lastReceivedNanos) {

        /** Average payload rate since connecting, bytes per second, with libtorrent's +1 s. */
        long averageRate() {
            return payloadFromRemote / (connectedNanos / 1_000_000_000L + 1);
        }
    }

    /** Orders views from the first to disconnect to the last. */
    public static final Comparator<View> DISCONNECT_FIRST = Comparator
            .comparing((View v) -> v.useful())
            .thenComparing(View::remoteIsSeed)
            .thenComparingLong(View::averageRate)
            .thenComparing((View v) -> !v.remoteChokesUs())
            .thenComparingLong(View::lastReceivedNanos)
            .thenComparingInt(View::key);

    private DisconnectRanking() {
    }
}
