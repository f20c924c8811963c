package org.swarmsim.bittorrent.wire;

import org.swarmsim.bittorrent.metainfo.InfoHash;

/**
 * The BEP 3 handshake: a length byte, the protocol string, 8 reserved bytes, the info-hash and the
 * peer id; 68 bytes with the standard protocol string "BitTorrent protocol".
 *
 * @param protocol     protocol string (ASCII, at most 255 bytes)
 * @param reservedBits the 8 reserved bytes as a big-endian long (bit 0 = last bit of byte 7)
 * @param infoHash     the torrent's info-hash
 * @param peerId       the sender's peer id
 */
public record Handshake(String protocol, long reservedBits, InfoHash infoHash, PeerId peerId)
        implements PeerMessage {
    /** The BEP 3 protocol string. */
    public static final String BITTORRENT_PROTOCOL = "BitTorrent protocol";
    /** Reserved bit announcing DHT support (BEP 5): byte 7, 0x01. */
    public static final long DHT_BIT = 0x01L;
    /** Reserved bit announcing the fast extension (BEP 6): byte 7, 0x04. */
    public static final long FAST_EXTENSION_BIT = 0x04L;
    /** Reserved bit announcing the extension protocol (BEP 10): byte 5, 0x10. */
    public static final long EXTENSION_PROTOCOL_BIT = 0x10L << 16;

    public Handshake {
        if (protocol.isEmpty() || protocol.length() > 255 || !isAscii(protocol)) {
            throw new IllegalArgumentException("protocol string must be ASCII and 1..255 bytes: "
                    + protocol);
        }
        if (infoHash == null || peerId == null) {
            throw new IllegalArgumentException("a handshake needs an info-hash and a peer id");
        }
    }

    /**
     * Every char below 128 (what {@code US_ASCII.newEncoder().canEncode} checks, without building an
     * encoder per handshake: that was 6% of a 10,000-peer swarm's profile).
     */
    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** A standard handshake announcing the given extensions. */
    public static Handshake of(InfoHash infoHash, PeerId peerId, boolean fastExtension,
                               boolean extensionProtocol) {
        long reserved = (fastExtension ? FAST_EXTENSION_BIT : 0)
                | (extensionProtocol ? EXTENSION_PROTOCOL_BIT : 0);
        return new Handshake(BITTORRENT_PROTOCOL, reserved, infoHash, peerId);
    }

    /** Whether the sender supports the fast extension (BEP 6). */
    public boolean supportsFastExtension() {
        return (reservedBits & FAST_EXTENSION_BIT) != 0;
    }

    /** Whether the sender supports the extension protocol (BEP 10). */
    public boolean supportsExtensionProtocol() {
        return (reservedBits & EXTENSION_PROTOCOL_BIT) != 0;
    }

    /** Whether the sender runs a DHT node (BEP 5). */
    public boolean supportsDht() {
        return (reservedBits & DHT_BIT) != 0;
    }

    @Override
    public int id() {
        return -1;
    }

    @Override
    public int wireSize() {
        return 49 + protocol.length();
    }
}
