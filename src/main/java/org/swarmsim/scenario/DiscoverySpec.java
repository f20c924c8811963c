package org.swarmsim.scenario;

import java.util.List;

/**
 * How peers find each other ({@code discovery}): through the tracker, through the Kademlia DHT
 * (BEP 5: every peer also runs a DHT node, looks the info-hash up with get_peers and announces
 * itself with announce_peer every {@code reannounce}), or both.
 *
 * @param mode             {@code tracker}, {@code dht} or {@code both}
 * @param k                bucket size and lookup width (8 in BEP 5, 20 in the Kademlia paper)
 * @param alpha            parallel queries per lookup
 * @param bootstrapNodes   always-on DHT nodes the peers bootstrap from (like router.bittorrent.com)
 * @param reannounceNanos  how often a peer repeats get_peers and announce_peer
 */
public record DiscoverySpec(String mode, int k, int alpha, int bootstrapNodes, long reannounceNanos) {
    public static final List<String> MODES = List.of("tracker", "dht", "both");
    public static final int DEFAULT_K = 8;
    public static final int DEFAULT_ALPHA = 3;
    public static final int DEFAULT_BOOTSTRAP_NODES = 4;
    public static final long DEFAULT_REANNOUNCE_NANOS = 15L * 60 * 1_000_000_000L;

    public DiscoverySpec {
        if (!MODES.contains(mode)) {
            throw new IllegalArgumentException("discovery mode must be one of " + MODES + ": " + mode);
        }
        if (k < 1 || alpha < 1 || bootstrapNodes < 1 || reannounceNanos <= 0) {
            throw new IllegalArgumentException("k, alpha, bootstrap nodes must be >= 1 and reannounce > 0");
        }
    }

    /** Tracker only, DHT defaults for the other fields. */
    public static DiscoverySpec defaults() {
        return new DiscoverySpec("tracker", DEFAULT_K, DEFAULT_ALPHA, DEFAULT_BOOTSTRAP_NODES, DEFAULT_REANNOUNCE_NANOS);
    }

    public boolean usesTracker() {
        return !mode.equals("dht");
    }

    public boolean usesDht() {
        return !mode.equals("tracker");
    }
}
