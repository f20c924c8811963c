package org.swarmsim.run.swarm;

import java.util.Map;
import org.swarmsim.bittorrent.choker.ChokerConfig;
import org.swarmsim.bittorrent.peer.PeerConfig;
import org.swarmsim.bittorrent.piece.PieceLayout;

/**
 * {@code protocol}: the BitTorrent client's parameters. The defaults are the client's own
 * ({@link PeerConfig#defaults()}, {@link ChokerConfig#defaults()}), so a scenario that says
 * nothing runs exactly the client the tests and benchmarks run: {@code picker: rarest_first},
 * {@code random_first_pieces: 4} (pieces picked at random before rarest first by the
 * {@code random_first} picker, as mainline does), the reference choker, {@code pipeline_depth: 5}
 * outstanding block requests per connection, {@code end_game: true}, {@code max_connections: 80},
 * {@code max_initiated: 40}, {@code connection_slack: 0} (incoming connections accepted over the
 * limit, then the least useful closed at the next choke round), {@code snub_timeout: 60s},
 * {@code keepalive: 2min}, {@code block_size: 16KiB}, {@code encryption: disabled} (MSE/PE; a policy,
 * or a map of policy to the share of peers that have it), {@code fast_extension: false} (BEP 6).
 */
public record ProtocolSpec(String picker, int randomFirstPieces, ChokerSpec choker, int pipelineDepth,
        boolean endGame, int maxConnections, int maxInitiated, int connectionSlack, long snubTimeoutNanos, long keepaliveNanos,
        long blockSizeBytes, Map<String, Double> encryption, boolean fastExtension) {
    private static final PeerConfig CLIENT = PeerConfig.defaults();

    public static final String DEFAULT_PICKER = "rarest_first";
    public static final int DEFAULT_RANDOM_FIRST_PIECES = 4;
    public static final int DEFAULT_PIPELINE_DEPTH = CLIENT.pipelineDepth();
    public static final boolean DEFAULT_END_GAME = CLIENT.endGame();
    public static final int DEFAULT_MAX_CONNECTIONS = CLIENT.maxConnections();
    public static final int DEFAULT_MAX_INITIATED = CLIENT.maxInitiated();
    public static final int DEFAULT_CONNECTION_SLACK = CLIENT.connectionSlack();
    public static final long DEFAULT_SNUB_TIMEOUT_NANOS = ChokerConfig.defaults().snubTimeoutNanos();
    public static final long DEFAULT_KEEPALIVE_NANOS = CLIENT.keepAliveIntervalNanos();
    public static final long DEFAULT_BLOCK_SIZE_BYTES = PieceLayout.DEFAULT_BLOCK_BYTES;

    public ProtocolSpec {
        encryption = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(encryption));
        if (choker == null || randomFirstPieces < 0 || pipelineDepth < 1 || maxConnections < 1 || maxInitiated < 0
                || maxInitiated > maxConnections || connectionSlack < 0 || snubTimeoutNanos <= 0 || keepaliveNanos <= 0
                || blockSizeBytes <= 0) {
            throw new IllegalArgumentException("invalid protocol parameters");
        }
    }

    /** All defaults. */
    public static ProtocolSpec defaults() {
        return new ProtocolSpec(DEFAULT_PICKER, DEFAULT_RANDOM_FIRST_PIECES, ChokerSpec.defaults(),
                DEFAULT_PIPELINE_DEPTH, DEFAULT_END_GAME, DEFAULT_MAX_CONNECTIONS, DEFAULT_MAX_INITIATED,
                DEFAULT_CONNECTION_SLACK, DEFAULT_SNUB_TIMEOUT_NANOS, DEFAULT_KEEPALIVE_NANOS, DEFAULT_BLOCK_SIZE_BYTES,
                Map.of("disabled", 1.0), CLIENT.fastExtension());
    }

    /** Whether some peers use protocol encryption (a policy other than disabled). */
    public boolean usesEncryption() {
        return encryption.entrySet().stream().anyMatch(e -> !e.getKey().equals("disabled") && e.getValue() > 0);
    }

    /**
     * The client's parameters: these, with the client defaults for what a scenario does not set
     * (re-announce below 20 connections, 2 blocks in the send buffer, ban after 2 bad pieces).
     *
     * @param numwant peers asked of the tracker per announce
     */
    public PeerConfig peerConfig(int numwant) {
        return new PeerConfig(pipelineDepth, maxConnections, connectionSlack, maxInitiated,
                Math.min(CLIENT.minPeersBeforeReannounce(), maxConnections), CLIENT.sendBufferBlocks(), endGame,
                keepaliveNanos, CLIENT.banAfterBadPieces(), numwant, fastExtension);
    }

    /** The choker's parameters: these, with the client defaults for the rest. */
    public ChokerConfig chokerConfig() {
        ChokerConfig d = ChokerConfig.defaults();
        return new ChokerConfig(choker.regularSlots(), choker.optimisticSlots(), choker.rechokeIntervalNanos(),
                choker.optimisticRounds(), choker.windowNanos(), snubTimeoutNanos, d.newPeerWindowNanos(),
                d.newPeerWeight(), d.minRegularBytesInWindow(), d.recentUnchokeWindowNanos(), choker.activeSet());
    }
}
