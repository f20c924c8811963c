package org.swarmsim.bittorrent.pex;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.swarmsim.bittorrent.metainfo.BencodeBytes;
import org.swarmsim.bittorrent.metainfo.BencodeDictionary;
import org.swarmsim.bittorrent.metainfo.BencodeReader;
import org.swarmsim.bittorrent.metainfo.BencodeWriter;
import org.swarmsim.bittorrent.tracker.PeerAddress;
import org.swarmsim.bittorrent.wire.ExtensionPayload;

/**
 * A BEP 11 peer exchange message: the bencoded dictionary
 * {@code d5:added<6n bytes>7:added.f<n bytes>7:dropped<6m bytes>e}. {@code added} and
 * {@code dropped} are compact IPv4 peer lists (4 address bytes and 2 port bytes, big-endian, as a
 * tracker's compact list: {@link PeerAddress#ipv4()}, {@link PeerAddress#port()});
 * {@code added.f} has one flag byte per added peer. All three keys are always written, empty
 * strings included, as libtorrent does; the IPv6 keys ({@code added6}...) are never written, and
 * ignored when read.
 *
 * <p>{@link #size()} is the exact length of {@link #encode}'s output, computed arithmetically.
 *
 * @param added      peers the sender got connected to since its last message to this remote
 * @param addedFlags one byte per added peer: {@link #FLAG_ENCRYPTION}, {@link #FLAG_SEED},
 *                   {@link #FLAG_REACHABLE} (copied; the accessor returns a copy)
 * @param dropped    peers the sender listed before and is no longer connected to
 */
public record PexMessage(List<PeerAddress> added, byte[] addedFlags, List<PeerAddress> dropped)
        implements ExtensionPayload {
    /** {@code added.f} bit: the peer prefers encryption. */
    public static final int FLAG_ENCRYPTION = 0x01;
    /** {@code added.f} bit: the peer is a seed (or upload-only). */
    public static final int FLAG_SEED = 0x02;
    /** {@code added.f} bit: the peer is reachable (accepts incoming connections). */
    public static final int FLAG_REACHABLE = 0x10;

    /** The bytes of a message with nothing added or dropped. */
    private static final int FIXED_BYTES = 2 + "5:added".length() + "7:added.f".length() + "7:dropped".length();

    public PexMessage {
        added = List.copyOf(added);
        dropped = List.copyOf(dropped);
        addedFlags = addedFlags.clone();
        if (addedFlags.length != added.size()) {
            throw new IllegalArgumentException("a PEX message needs one flag byte per added peer: "
                    + addedFlags.length + " flags for " + added.size() + " peers");
        }
    }

    /** A message adding {@code added}, each with flags 0, and dropping {@code dropped}. */
    public static PexMessage of(List<PeerAddress> added, List<PeerAddress> dropped) {
        return new PexMessage(added, new byte[added.size()], dropped);
    }

    /** A copy of the flag bytes. */
    @Override
    public byte[] addedFlags() {
        return addedFlags.clone();
    }

    /** The flags of the {@code i}-th added peer, 0..255. */
    public int flags(int i) {
        return addedFlags[i] & 0xff;
    }

    @Override
    public String traceType() {
        return "ut_pex";
    }

    /** The counts of {@code added} and {@code dropped}. */
    @Override
    public java.util.SortedMap<String, Long> traceFields() {
        java.util.TreeMap<String, Long> f = new java.util.TreeMap<>();
        f.put("added", (long) added.size());
        f.put("dropped", (long) dropped.size());
        return f;
    }

    @Override
    public int size() {
        return FIXED_BYTES + BencodeWriter.byteStringLength(PeerAddress.COMPACT_BYTES * added.size())
                + BencodeWriter.byteStringLength(added.size())
                + BencodeWriter.byteStringLength(PeerAddress.COMPACT_BYTES * dropped.size());
    }

    @Override
    public void encode(ByteBuffer out) {
        out.put((byte) 'd');
        putKey(out, "added");
        putLength(out, PeerAddress.COMPACT_BYTES * added.size());
        putCompact(out, added);
        putKey(out, "added.f");
        putLength(out, addedFlags.length);
        out.put(addedFlags);
        putKey(out, "dropped");
        putLength(out, PeerAddress.COMPACT_BYTES * dropped.size());
        putCompact(out, dropped);
        out.put((byte) 'e');
    }

    /** The encoded bytes ({@link #size()} of them). */
    public byte[] toBytes() {
        ByteBuffer b = ByteBuffer.allocate(size());
        encode(b);
        return b.array();
    }

    private static void putKey(ByteBuffer out, String key) {
        putLength(out, key.length());
        out.put(key.getBytes(StandardCharsets.US_ASCII));
    }

    private static void putLength(ByteBuffer out, int length) {
        out.put(Integer.toString(length).getBytes(StandardCharsets.US_ASCII)).put((byte) ':');
    }

    private static void putCompact(ByteBuffer out, List<PeerAddress> peers) {
        for (PeerAddress p : peers) {
            out.putInt(p.ipv4()).putShort((short) p.port());
        }
    }

    /**
     * The message {@code bytes} encode. Missing keys count as empty; other keys (BEP 11's IPv6
     * lists, say) are ignored. An {@link IllegalArgumentException} says what is wrong if the input
     * is not a bencoded dictionary, a list is not a byte string or not a multiple of 6 bytes,
     * {@code added.f} does not have one byte per added peer, or an address is not a simulated peer.
     */
    public static PexMessage decode(byte[] bytes) {
        BencodeDictionary d;
        try {
            d = BencodeReader.strict().readDictionary(bytes);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("PEX message is not a bencoded dictionary: " + e.getMessage(), e);
        }
        List<PeerAddress> added = compact(d, "added");
        byte[] flags = bytesOf(d, "added.f");
        if (flags.length != added.size()) {
            throw new IllegalArgumentException("PEX 'added.f' has " + flags.length + " flag bytes for "
                    + added.size() + " added peers; it needs one per peer");
        }
        return new PexMessage(added, flags, compact(d, "dropped"));
    }

    private static byte[] bytesOf(BencodeDictionary d, String key) {
        try {
            return d.optional(key, BencodeBytes.class).map(BencodeBytes::bytes).orElse(new byte[0]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("PEX message: " + e.getMessage(), e);
        }
    }

    private static List<PeerAddress> compact(BencodeDictionary d, String key) {
        byte[] p = bytesOf(d, key);
        if (p.length % PeerAddress.COMPACT_BYTES != 0) {
            throw new IllegalArgumentException("PEX '" + key + "' is " + p.length
                    + " bytes, not a multiple of 6 (4 address bytes and 2 port bytes per peer)");
        }
        List<PeerAddress> peers = new ArrayList<>(p.length / PeerAddress.COMPACT_BYTES);
        for (int i = 0; i < p.length; i += PeerAddress.COMPACT_BYTES) {
            int ip = (p[i] & 0xff) << 24 | (p[i + 1] & 0xff) << 16 | (p[i + 2] & 0xff) << 8 | (p[i + 3] & 0xff);
            int port = (p[i + 4] & 0xff) << 8 | (p[i + 5] & 0xff);
            try {
                peers.add(PeerAddress.fromIpv4(ip, port));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("PEX '" + key + "' entry " + i / PeerAddress.COMPACT_BYTES
                        + ": " + e.getMessage(), e);
            }
        }
        return peers;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PexMessage m && added.equals(m.added) && Arrays.equals(addedFlags, m.addedFlags)
                && dropped.equals(m.dropped);
    }

    @Override
    public int hashCode() {
        return (added.hashCode() * 31 + Arrays.hashCode(addedFlags)) * 31 + dropped.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("PexMessage[added=");
        for (int i = 0; i < added.size(); i++) {
            s.append(i == 0 ? "" : ",").append(added.get(i).nodeId()).append("/0x")
                    .append(Integer.toHexString(flags(i)));
        }
        s.append(" dropped=");
        for (int i = 0; i < dropped.size(); i++) {
            s.append(i == 0 ? "" : ",").append(dropped.get(i).nodeId());
        }
        return s.append(']').toString();
    }
}
