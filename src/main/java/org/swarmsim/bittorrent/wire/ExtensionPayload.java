package org.swarmsim.bittorrent.wire;

import java.nio.ByteBuffer;

/**
 * What a BEP 10 {@link ExtendedMessage} carries after its extended id: the
 * {@link ExtensionHandshake}, the {@link RawExtensionPayload raw bytes} of an extension the codec
 * does not know, or a plug-in's own message (a PEX or metadata-exchange message, say).
 *
 * <p>Implementations are immutable records. {@link #size()} is the exact number of bytes
 * {@link #encode} writes, computed arithmetically where that is cheap, so that the network charges
 * an extension message its real size without encoding it; the codec round-trip tests prove that
 * the two agree.
 */
public interface ExtensionPayload {
    /** Exact size in bytes of the encoded payload (without the 6-byte envelope). */
    int size();

    /** Writes exactly {@link #size()} bytes into {@code out}. */
    void encode(ByteBuffer out);

    /** Its {@code type} in {@code trace.jsonl}: the extension's name ({@code ut_pex}, ...); {@code extended} if unknown. */
    default String traceType() {
        return "extended";
    }

    /** Protocol fields {@code trace.jsonl} shows after the size (PEX's added and dropped counts, say); none by default. */
    default java.util.SortedMap<String, Long> traceFields() {
        return java.util.Collections.emptySortedMap();
    }
}
