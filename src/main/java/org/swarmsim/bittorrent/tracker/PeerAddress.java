package org.swarmsim.bittorrent.tracker;

/**
 * The address of a simulated peer as a tracker hands it out: node {@code nodeId} of the simulated
 * network gets the synthetic IPv4 address {@code 10.0.0.0 + nodeId + 1} (10.0.0.1 for node 0) and
 * port {@value #PORT}, so a compact peer list (6 bytes per peer, BEP 23) has its real size and
 * maps back to node ids.
 *
 * @param nodeId the simulated node, 0..{@value #MAX_NODE_ID}
 */
public record PeerAddress(int nodeId) {
    /** Largest node id that has a synthetic address in 10.0.0.0/8 (10.255.255.254). */
    public static final int MAX_NODE_ID = 0x00FF_FFFD;
    /** The port every simulated peer listens on. */
    public static final int PORT = 6881;
    /** Bytes per peer in a compact peer list. */
    public static final int COMPACT_BYTES = 6;

    private static final int BASE = 0x0A00_0000;

    public PeerAddress {
        if (nodeId < 0 || nodeId > MAX_NODE_ID) {
            throw new IllegalArgumentException("node id must be 0.." + MAX_NODE_ID
                    + " to get a synthetic IPv4 address, got " + nodeId);
        }
    }

    /** The synthetic IPv4 address as a big-endian int. */
    public int ipv4() {
        return BASE + nodeId + 1;
    }

    /** The port. */
    public int port() {
        return PORT;
    }

    /** The address in dotted form, e.g. "10.0.0.1". */
    public String ipv4String() {
        int ip = ipv4();
        return (ip >>> 24) + "." + ((ip >>> 16) & 0xff) + "." + ((ip >>> 8) & 0xff) + "." + (ip & 0xff);
    }

    /** The simulated peer at {@code ipv4}:{@code port}; rejects addresses no simulated node has. */
    public static PeerAddress fromIpv4(int ipv4, int port) {
        long offset = Integer.toUnsignedLong(ipv4) - BASE - 1;
        if (offset < 0 || offset > MAX_NODE_ID || port != PORT) {
            throw new TrackerFormatException("peer " + ((ipv4 >>> 24) & 0xff) + "." + ((ipv4 >>> 16) & 0xff)
                    + "." + ((ipv4 >>> 8) & 0xff) + "." + (ipv4 & 0xff) + ":" + port
                    + " is not a simulated peer (10.0.0.1..10.255.255.254, port " + PORT + ")");
        }
        return new PeerAddress((int) offset);
    }
}
