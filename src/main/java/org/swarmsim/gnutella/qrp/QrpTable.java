package org.swarmsim.gnutella.qrp;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.IntFunction;
import org.swarmsim.gnutella.wire.Guid;
import org.swarmsim.gnutella.wire.RouteTableUpdate;

/**
 * A leaf's query routing table: 2^{@code bits} slots (65536 by default), a slot marked when some
 * keyword of the leaf hashes to it ({@link QrpHash}). Immutable.
 *
 * <p>{@link #mayMatch} is the ultrapeer's test before forwarding a query to the leaf: every
 * keyword of the query must hit a marked slot. A keyword put in always hits, so there are no false
 * negatives; an absent keyword hits a marked slot with probability about the fill ratio (false
 * positives from collisions). A query without keywords matches nothing (gtk-gnutella does not route
 * an empty hash vector).
 *
 * <p>{@link #updateMessages} gives what the leaf sends: a RESET (table length, infinity 7), then
 * PATCH messages carrying the table as 4-bit entries against the empty table (a marked slot is
 * {@code 1 - 7 = -6}, nibble 0xA; others 0), the first slot in the high nibble, compressed with
 * zlib at the default level when that is shorter (LimeWire's rule), the compressed stream cut into
 * chunks numbered 1..n. This is LimeWire's format (infinity 7, 4-bit entries); unlike LimeWire,
 * which sends only the RESET for an empty table, a PATCH always follows, as gtk-gnutella does. The
 * compressed patch is computed once per table.
 */
public final class QrpTable {
    /** Default table size: 2^16 = 65536 slots, LimeWire's default. */
    public static final int DEFAULT_BITS = 16;
    /** Largest table size accepted: 2^21 slots (gtk-gnutella's maximum). */
    public static final int MAX_BITS = 21;
    /** The infinity a RESET announces: LimeWire's default. */
    public static final int INFINITY = 7;
    /** Bits per entry in the PATCH messages this table sends. */
    public static final int ENTRY_BITS = 4;
    /** LimeWire's largest PATCH data chunk: 4 KiB. */
    public static final int DEFAULT_MAX_PATCH_BYTES = 4096;

    private final int bits;
    private final long[] marked;
    private final int markedSlots;
    private Compressed compressed;       // lazily computed; the table never changes

    private record Compressed(int compressor, byte[] data) {
    }

    private QrpTable(int bits, long[] marked) {
        this.bits = bits;
        this.marked = marked;
        int n = 0;
        for (long w : marked) {
            n += Long.bitCount(w);
        }
        this.markedSlots = n;
    }

    /** A table of {@value #DEFAULT_BITS} bits holding {@code keywords}. */
    public static QrpTable of(Collection<String> keywords) {
        return of(DEFAULT_BITS, keywords);
    }

    /**
     * A table of 2^{@code bits} slots (1..{@value #MAX_BITS} bits) with the slot of each of
     * {@code keywords} marked. Each must be a keyword as {@link Keywords#of} makes them (use
     * {@link #ofFileNames} for raw names).
     */
    public static QrpTable of(int bits, Collection<String> keywords) {
        long[] marked = new long[words(checkBits(bits))];
        for (String k : keywords) {
            if (k == null || !Keywords.isKeyword(k)) {
                throw new IllegalArgumentException("\"" + k + "\" is not a QRP keyword (lower-case letters and"
                        + " digits, at least 3 UTF-8 bytes); split text with Keywords.of or use ofFileNames");
            }
            int slot = QrpHash.hash(k, bits);
            marked[slot >>> 6] |= 1L << slot;
        }
        return new QrpTable(bits, marked);
    }

    /** A table of 2^{@code bits} slots holding the keywords of {@code fileNames}. */
    public static QrpTable ofFileNames(int bits, Collection<String> fileNames) {
        return of(bits, Keywords.ofAll(fileNames));
    }

    /** The table of 2^{@code bits} slots with none marked (a leaf that shares nothing). */
    public static QrpTable empty(int bits) {
        return new QrpTable(checkBits(bits), new long[words(bits)]);
    }

    /**
     * The table a receiver builds from a leaf's update sequence: a RESET (its length a power of two
     * of at most 2^{@value #MAX_BITS}), then PATCH messages numbered 1..n of n, all with the same
     * compressor and entry bits, whose data together cover the whole table.
     *
     * @throws IllegalArgumentException if the sequence is not such a sequence
     */
    public static QrpTable fromUpdates(List<? extends RouteTableUpdate> updates) {
        if (updates.isEmpty() || !(updates.get(0) instanceof RouteTableUpdate.Reset reset)) {
            throw new IllegalArgumentException("a QRP update sequence starts with a RESET");
        }
        int length = reset.tableLength();
        if (Integer.bitCount(length) != 1 || length < 2 || length > 1 << MAX_BITS) {
            throw new IllegalArgumentException("RESET table length " + length + " is not a power of two in 2.."
                    + (1 << MAX_BITS));
        }
        int tableBits = Integer.numberOfTrailingZeros(length);
        if (updates.size() == 1) {
            return empty(tableBits);
        }
        RouteTableUpdate.Patch first = patch(updates, 1);
        int total = 0;
        for (int i = 1; i < updates.size(); i++) {
            RouteTableUpdate.Patch p = patch(updates, i);
            if (p.sequenceNumber() != i || p.sequenceSize() != updates.size() - 1
                    || p.compressor() != first.compressor() || p.entryBits() != first.entryBits()) {
                throw new IllegalArgumentException("PATCH " + i + " of " + (updates.size() - 1) + " is " + p
                        + "; expected sequence " + i + "/" + (updates.size() - 1) + " with the compressor and entry"
                        + " bits of the first");
            }
            total += p.dataLength();
        }
        byte[] data = new byte[total];
        int at = 0;
        for (int i = 1; i < updates.size(); i++) {
            byte[] d = patch(updates, i).data();
            System.arraycopy(d, 0, data, at, d.length);
            at += d.length;
        }
        int rawBytes = (int) (((long) length * first.entryBits() + 7) / 8);
        byte[] raw = first.compressor() == RouteTableUpdate.COMPRESSOR_ZLIB ? QrpPatch.inflate(data, rawBytes) : data;
        return new QrpTable(tableBits, QrpPatch.unpack(raw, first.entryBits(), length));
    }

    private static RouteTableUpdate.Patch patch(List<? extends RouteTableUpdate> updates, int i) {
        if (updates.get(i) instanceof RouteTableUpdate.Patch p) {
            return p;
        }
        throw new IllegalArgumentException("message " + i + " of a QRP update sequence is not a PATCH: "
                + updates.get(i));
    }

    /** Table size as a power of two. */
    public int bits() {
        return bits;
    }

    /** Number of slots, 2^{@link #bits()}. */
    public int slots() {
        return 1 << bits;
    }

    /** Number of marked slots. */
    public int markedSlots() {
        return markedSlots;
    }

    /** Marked slots over all slots: about the false-positive probability of one absent keyword. */
    public double fillRatio() {
        return (double) markedSlots / slots();
    }

    /** Whether slot {@code slot} (0..slots-1) is marked. */
    public boolean isMarked(int slot) {
        if (slot < 0 || slot >= slots()) {
            throw new IndexOutOfBoundsException("slot " + slot + " is outside 0.." + (slots() - 1));
        }
        return (marked[slot >>> 6] & (1L << slot)) != 0;
    }

    /** Whether every keyword of {@code query} ({@link Keywords#of}) hits a marked slot; false if it has none. */
    public boolean mayMatch(String query) {
        List<String> keywords = Keywords.of(query);
        for (String k : keywords) {
            if (!isMarked(QrpHash.hash(k, bits))) {
                return false;
            }
        }
        return !keywords.isEmpty();
    }

    /** {@link #mayMatch} for a query already hashed by {@link QrpHash#queryHashes}. */
    public boolean mayMatchHashes(int[] queryHashes) {
        for (int h : queryHashes) {
            if (!isMarked(h >>> (32 - bits))) {
                return false;
            }
        }
        return queryHashes.length > 0;
    }

    /**
     * The messages a leaf sends to install this table at its ultrapeer: a RESET and at least one
     * PATCH, each chunk at most {@code maxPatchBytes} of data. Every header carries
     * {@link Guid#ZERO}: QRP messages travel one hop and are never routed, so a servent must keep
     * them out of its duplicate and routing tables (or use the other overload).
     *
     * @throws IllegalArgumentException if the patch would need more than 255 PATCH messages
     */
    public RouteTableUpdate[] updateMessages(int maxPatchBytes) {
        return updateMessages(maxPatchBytes, i -> Guid.ZERO);
    }

    /**
     * {@link #updateMessages(int)} with message {@code i} of the result (0 is the RESET) carrying
     * GUID {@code guids.apply(i)}.
     */
    public RouteTableUpdate[] updateMessages(int maxPatchBytes, IntFunction<Guid> guids) {
        if (maxPatchBytes < 1) {
            throw new IllegalArgumentException("max patch bytes must be >= 1, got " + maxPatchBytes);
        }
        Compressed c = compressed();
        int chunks = Math.max(1, (c.data.length + maxPatchBytes - 1) / maxPatchBytes);
        if (chunks > 255) {
            throw new IllegalArgumentException("a patch of " + c.data.length + " bytes in chunks of " + maxPatchBytes
                    + " needs " + chunks + " PATCH messages; the sequence size is one byte (at most 255)");
        }
        RouteTableUpdate[] out = new RouteTableUpdate[1 + chunks];
        out[0] = RouteTableUpdate.Reset.of(guids.apply(0), slots(), INFINITY);
        for (int i = 0; i < chunks; i++) {
            int from = i * maxPatchBytes;
            byte[] chunk = Arrays.copyOfRange(c.data, from, Math.min(c.data.length, from + maxPatchBytes));
            out[1 + i] = RouteTableUpdate.Patch.of(guids.apply(1 + i), i + 1, chunks, c.compressor, ENTRY_BITS, chunk);
        }
        return out;
    }

    /** Bytes of PATCH data this table sends in all (the compressed patch, or the raw one if not shorter). */
    public int patchBytes() {
        return compressed().data.length;
    }

    private Compressed compressed() {
        if (compressed == null) {
            byte[] raw = QrpPatch.pack4(marked, slots(), INFINITY);
            byte[] zlib = QrpPatch.deflate(raw);
            compressed = zlib.length < raw.length
                    ? new Compressed(RouteTableUpdate.COMPRESSOR_ZLIB, zlib)
                    : new Compressed(RouteTableUpdate.COMPRESSOR_NONE, raw);
        }
        return compressed;
    }

    /** Tables are equal when they have the same size and the same marked slots. */
    @Override
    public boolean equals(Object o) {
        return o instanceof QrpTable t && t.bits == bits && Arrays.equals(t.marked, marked);
    }

    @Override
    public int hashCode() {
        return 31 * bits + Arrays.hashCode(marked);
    }

    @Override
    public String toString() {
        return "QrpTable[" + slots() + " slots, " + markedSlots + " marked]";
    }

    private static int checkBits(int bits) {
        if (bits < 1 || bits > MAX_BITS) {
            throw new IllegalArgumentException("table bits must be 1.." + MAX_BITS + ", got " + bits);
        }
        return bits;
    }

    private static int words(int bits) {
        return ((1 << bits) + 63) / 64;
    }
}
