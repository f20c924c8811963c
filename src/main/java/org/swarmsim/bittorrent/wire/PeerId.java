package org.swarmsim.bittorrent.wire;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/** A 20-byte BitTorrent peer id (BEP 3, BEP 20 conventions for the client prefix). */
public final class PeerId {
    /** Length in bytes. */
    public static final int LENGTH_BYTES = 20;
    /** Azureus-style client prefix of simulated peers: swarmsim 0.1. */
    public static final String CLIENT_PREFIX = "-SS0010-";

    private final byte[] bytes;

    private PeerId(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A peer id holding a copy of {@code bytes} (20 of them). */
    public static PeerId of(byte[] bytes) {
        if (bytes.length != LENGTH_BYTES) {
            throw new IllegalArgumentException("a peer id is 20 bytes, got " + bytes.length);
        }
        return new PeerId(bytes.clone());
    }

    /** The deterministic id of simulated node {@code nodeId}: {@code -SS0010-} and 12 decimal digits. */
    public static PeerId forNode(int nodeId) {
        String s = CLIENT_PREFIX + String.format("%012d", Integer.toUnsignedLong(nodeId));
        return new PeerId(s.getBytes(StandardCharsets.US_ASCII));
    }

    /** A copy of the 20 bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Byte {@code i} without copying. */
    public byte byteAt(int i) {
        return bytes[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PeerId p && Arrays.equals(bytes, p.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        for (byte b : bytes) {
            if (b < 0x20 || b > 0x7e) {
                return HexFormat.of().formatHex(bytes);
            }
        }
        return new String(bytes, StandardCharsets.US_ASCII);
    }
}
