package org.swarmsim.bittorrent.wire;

import java.util.Arrays;

/**
 * The BEP 10 extended-message envelope (id 20): an extended message id (0 = the extension
 * handshake, others as negotiated in it) and an opaque payload, usually a bencoded dictionary
 * possibly followed by data (ut_metadata). Extensions such as PEX and metadata exchange build
 * their payloads on top. {@code 6 + payload.length} bytes.
 *
 * @param extendedId 0..255
 * @param payload    the payload bytes (not copied: do not change them afterwards)
 */
public record ExtendedMessage(int extendedId, byte[] payload) implements PeerMessage {
    /** Extended id of the BEP 10 extension handshake. */
    public static final int HANDSHAKE_ID = 0;
    /** Largest payload the codec accepts: 1 MiB. */
    public static final int MAX_PAYLOAD_BYTES = 1 << 20;

    public ExtendedMessage {
        if (extendedId < 0 || extendedId > 255) {
            throw new IllegalArgumentException("extended message id must be 0..255, got " + extendedId);
        }
        if (payload.length > MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("extended payload of " + payload.length
                    + " bytes exceeds the limit of " + MAX_PAYLOAD_BYTES);
        }
    }

    @Override
    public int id() {
        return EXTENDED;
    }

    @Override
    public int wireSize() {
        return 6 + payload.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExtendedMessage m && m.extendedId == extendedId && Arrays.equals(m.payload, payload);
    }

    @Override
    public int hashCode() {
        return extendedId * 31 + Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
        return "ExtendedMessage[extendedId=" + extendedId + ", " + payload.length + " bytes]";
    }
}
