package org.swarmsim.pastry;

import org.swarmsim.overlay.NodeId;

/**
 * Compact fixtures: node {@code i} gets the id whose hex digits are the given string padded with
 * zeros to 32 digits ({@code "a3"} is 0xa300...0), so tests read like the routing tables they set up.
 */
final class StateFixture {
    final KnownIds ids = new KnownIds();

    StateFixture(String... hexPrefixes) {
        for (int i = 0; i < hexPrefixes.length; i++) {
            ids.put(i, id(hexPrefixes[i]));
        }
    }

    static NodeId id(String hexPrefix) {
        String hex = (hexPrefix + "0".repeat(32)).substring(0, 32);
        return NodeId.fromHex(hex + "00000000");
    }

    /** Proximity: |i - j| milliseconds, so lower addresses near address 0 are "near" each other. */
    static final Proximity BY_ADDRESS = (a, b) -> Math.abs(a - b) * 1_000_000L;
}
