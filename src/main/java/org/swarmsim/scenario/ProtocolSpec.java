package org.swarmsim.scenario;

/**
 * {@code protocol}: BitTorrent parameters. Defaults: {@code picker: rarest_first},
 * {@code random_first_pieces: 4} (pieces picked at random before rarest first, as mainline
 * does), the {@link ChokerSpec#defaults() reference choker}, {@code pipeline_depth: 5} outstanding
 * block requests per connection (mainline's default), {@code end_game: true},
 * {@code max_connections: 80}, {@code max_initiated: 40}, {@code connection_slack: 0} (incoming
 * connections accepted over the limit, then the least useful closed at the next choke round),
 * {@code snub_timeout: 60s},
 * {@code keepalive: 2min}, {@code block_size: 16KiB}.
 */
public record ProtocolSpec(String picker, int randomFirstPieces, ChokerSpec choker, int pipelineDepth,
        boolean endGame, int maxConnections, int maxInitiated, int connectionSlack, long snubTimeoutNanos, long keepaliveNanos,
        long blockSizeBytes) {
    public static final String DEFAULT_PICKER = "rarest_first";
    public static final int DEFAULT_RANDOM_FIRST_PIECES = 4;
    public static final int DEFAULT_PIPELINE_DEPTH = 5;
    public static final int DEFAULT_MAX_CONNECTIONS = 80;
    public static final int DEFAULT_MAX_INITIATED = 40;
    public static final int DEFAULT_CONNECTION_SLACK = 0;
    public static final long DEFAULT_SNUB_TIMEOUT_NANOS = 60_000_000_000L;
    public static final long DEFAULT_KEEPALIVE_NANOS = 120_000_000_000L;
    public static final long DEFAULT_BLOCK_SIZE_BYTES = 16 * 1024;

    public ProtocolSpec {
        if (choker == null || randomFirstPieces < 0 || pipelineDepth < 1 || maxConnections < 1 || maxInitiated < 0
                || maxInitiated > maxConnections || connectionSlack < 0 || snubTimeoutNanos <= 0 || keepaliveNanos <= 0 || blockSizeBytes <= 0) {
            throw new IllegalArgumentException("invalid protocol parameters");
        }
    }

    /** All defaults. */
    public static ProtocolSpec defaults() {
        return new ProtocolSpec(DEFAULT_PICKER, DEFAULT_RANDOM_FIRST_PIECES, ChokerSpec.defaults(),
                DEFAULT_PIPELINE_DEPTH, true, DEFAULT_MAX_CONNECTIONS, DEFAULT_MAX_INITIATED, DEFAULT_CONNECTION_SLACK,
                DEFAULT_SNUB_TIMEOUT_NANOS, DEFAULT_KEEPALIVE_NANOS, DEFAULT_BLOCK_SIZE_BYTES);
    }
}
