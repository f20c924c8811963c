package org.swarmsim.bittorrent.peer;

import org.swarmsim.sim.SimTime;

/**
 * Protocol parameters of a BitTorrent peer, with mainline/libtorrent-like defaults.
 *
 * @param pipelineDepth            outstanding block requests per connection (16 KiB each)
 * @param maxConnections           connections a peer keeps at most (incoming + outgoing)
 * @param connectionSlack          incoming connections accepted beyond {@code maxConnections}
 *                                 (libtorrent's {@code connections_slack}); at each choke round a
 *                                 peer over its limit closes its least useful connections, ranked
 *                                 by {@link DisconnectRanking}. 0 = refuse at the limit.
 * @param maxInitiated             outgoing connections a peer opens at most
 * @param minPeersBeforeReannounce re-announce early (after the tracker's min interval) below this
 * @param sendBufferBlocks         piece messages an uploader keeps queued per connection, like a
 *                                 socket send buffer; choking stops what is not yet queued
 * @param endGame                  whether end-game mode duplicates the last requests
 * @param keepAliveIntervalNanos   a connection idle this long gets a keep-alive
 * @param banAfterBadPieces        a peer that sent bad data into this many failed pieces is banned
 * @param numwant                  peers asked of the tracker per announce
 * @param fastExtension            whether the peer sets the BEP 6 reserved bit and, where the remote
 *                                 sets it too, speaks the fast extension (have all / have none,
 *                                 reject request, allowed fast); off by default
 */
public record PeerConfig(
        int pipelineDepth,
        int maxConnections,
        int connectionSlack,
        int maxInitiated,
        int minPeersBeforeReannounce,
        int sendBufferBlocks,
        boolean endGame,
        long keepAliveIntervalNanos,
        int banAfterBadPieces,
        int numwant,
        boolean fastExtension) {

    public PeerConfig {
        require(pipelineDepth >= 1, "pipeline depth must be >= 1: " + pipelineDepth);
        require(maxConnections >= 1, "max connections must be >= 1: " + maxConnections);
        require(connectionSlack >= 0, "connection slack must be >= 0: " + connectionSlack);
        require(maxInitiated >= 0 && maxInitiated <= maxConnections,
                "max initiated must be in 0.." + maxConnections + ": " + maxInitiated);
        require(sendBufferBlocks >= 1, "send buffer must hold >= 1 block: " + sendBufferBlocks);
        require(keepAliveIntervalNanos > 0, "keep-alive interval must be positive");
        require(banAfterBadPieces >= 1, "ban threshold must be >= 1: " + banAfterBadPieces);
        require(numwant >= 0, "numwant must be >= 0: " + numwant);
    }

    /** Default slack for incoming connections over the limit: none, as mainline (libtorrent: 10). */
    public static final int DEFAULT_CONNECTION_SLACK = 0;

    /**
     * The defaults of every client a scenario does not configure otherwise (mainline's): 5 requests
     * deep, 80 connections (40 initiated, no slack), re-announce early below 20 connections, 2 blocks
     * in the send buffer, end game on, 2 min keep-alive, ban after 2 bad pieces, ask for 50 peers,
     * no fast extension.
     */
    public static PeerConfig defaults() {
        return new PeerConfig(5, 80, DEFAULT_CONNECTION_SLACK, 40, 20, 2, true, SimTime.minutes(2), 2, 50, false);
    }

    public PeerConfig withPipelineDepth(int depth) {
        return new PeerConfig(depth, maxConnections, connectionSlack, maxInitiated, minPeersBeforeReannounce, sendBufferBlocks,
                endGame, keepAliveIntervalNanos, banAfterBadPieces, numwant, fastExtension);
    }

    public PeerConfig withEndGame(boolean on) {
        return new PeerConfig(pipelineDepth, maxConnections, connectionSlack, maxInitiated, minPeersBeforeReannounce,
                sendBufferBlocks, on, keepAliveIntervalNanos, banAfterBadPieces, numwant, fastExtension);
    }

    public PeerConfig withConnections(int max, int initiated) {
        return new PeerConfig(pipelineDepth, max, connectionSlack, initiated, Math.min(minPeersBeforeReannounce, max),
                sendBufferBlocks, endGame, keepAliveIntervalNanos, banAfterBadPieces, numwant, fastExtension);
    }

    public PeerConfig withConnectionSlack(int slack) {
        return new PeerConfig(pipelineDepth, maxConnections, slack, maxInitiated, minPeersBeforeReannounce,
                sendBufferBlocks, endGame, keepAliveIntervalNanos, banAfterBadPieces, numwant, fastExtension);
    }

    /** The same configuration with the fast extension (BEP 6) on or off. */
    public PeerConfig withFastExtension(boolean on) {
        return new PeerConfig(pipelineDepth, maxConnections, connectionSlack, maxInitiated, minPeersBeforeReannounce,
                sendBufferBlocks, endGame, keepAliveIntervalNanos, banAfterBadPieces, numwant, on);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
