package org.swarmsim.bittorrent.wire;

/**
 * The BEP 10 extended-message envelope (id 20): an extended message id and its payload. Id 0 is
 * the {@link ExtensionHandshake}; the other ids are the ones the receiver announced in its
 * handshake for each extension (PEX, metadata exchange, ...), whose payloads are the extensions'
 * own records, or {@link RawExtensionPayload raw bytes} as the codec decodes them.
 * {@code 6 + payload.size()} bytes: length prefix, message id, extended id, payload.
 *
 * @param extendedId 0..255; 0 exactly when the payload is an {@link ExtensionHandshake}
 * @param payload    the payload
 */
public record ExtendedMessage(int extendedId, ExtensionPayload payload) implements PeerMessage {
    /** Extended id of the BEP 10 extension handshake. */
    public static final int HANDSHAKE_ID = 0;
    /** Largest payload the codec accepts: 1 MiB. */
    public static final int MAX_PAYLOAD_BYTES = 1 << 20;

    public ExtendedMessage {
        if (extendedId < 0 || extendedId > 255) {
            throw new IllegalArgumentException("extended message id must be 0..255, got " + extendedId);
        }
        if (payload == null) {
            throw new IllegalArgumentException("an extended message needs a payload");
        }
        if ((extendedId == HANDSHAKE_ID) != (payload instanceof ExtensionHandshake)) {
            throw new IllegalArgumentException("extended id 0 carries the extension handshake and nothing else, got id "
                    + extendedId + " with " + payload.getClass().getSimpleName());
        }
        if (payload.size() > MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("extended payload of " + payload.size()
                    + " bytes exceeds the limit of " + MAX_PAYLOAD_BYTES);
        }
    }

    /** The extension handshake {@code h}, under extended id 0. */
    public static ExtendedMessage handshake(ExtensionHandshake h) {
        return new ExtendedMessage(HANDSHAKE_ID, h);
    }

    @Override
    public int id() {
        return EXTENDED;
    }

    @Override
    public int wireSize() {
        return 6 + payload.size();
    }
}
