package org.swarmsim.bittorrent.wire;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The payload of an extended message as bytes: what {@link WireCodec} decodes for any extended id
 * other than the handshake's, since which extension an id stands for is negotiated per connection
 * (the receiving plug-in parses it). Compares by content.
 *
 * @param bytes the payload (not copied: do not change it afterwards)
 */
public record RawExtensionPayload(byte[] bytes) implements ExtensionPayload {
    public RawExtensionPayload {
        if (bytes == null) {
            throw new IllegalArgumentException("a raw extension payload needs its bytes (may be empty)");
        }
    }

    @Override
    public int size() {
        return bytes.length;
    }

    @Override
    public void encode(ByteBuffer out) {
        out.put(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawExtensionPayload r && Arrays.equals(r.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "RawExtensionPayload[" + bytes.length + " bytes]";
    }
}
