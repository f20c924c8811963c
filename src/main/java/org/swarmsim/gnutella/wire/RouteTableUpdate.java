package org.swarmsim.gnutella.wire;

import java.util.Arrays;

/**
 * Route table update (type 0x30) of the Query Routing Protocol (QRP 1.0, Rohrs): how a leaf tells
 * its ultrapeer which keywords it can answer. The first payload byte is the variant: a
 * {@link Reset} (0x00) clears the receiver's table for this connection and fixes its size, then
 * {@link Patch} messages (0x01) numbered 1..n of n carry the new entries. QRP messages travel one
 * hop: they are sent with TTL 1 and hops 0 and are never routed or forwarded.
 */
public sealed interface RouteTableUpdate extends Descriptor {
    /** Variant byte of a reset. */
    int RESET = 0x00;
    /** Variant byte of a patch. */
    int PATCH = 0x01;
    /** Compressor byte: patch data as is. */
    int COMPRESSOR_NONE = 0x00;
    /** Compressor byte: patch data compressed with zlib (deflate with the zlib header and checksum). */
    int COMPRESSOR_ZLIB = 0x01;

    /** The variant byte: {@link #RESET} or {@link #PATCH}. */
    int variant();

    @Override
    default int type() {
        return ROUTE_TABLE_UPDATE;
    }

    /**
     * Reset: the receiver empties its table, gives it {@code tableLength} slots and takes
     * {@code infinity} as the value meaning "not reachable". Payload 6 bytes (variant, table length
     * 4 little-endian, infinity 1): 29 bytes on the wire.
     *
     * @param guid        the Descriptor ID
     * @param ttl         hops it may still travel, 0..255
     * @param hops        hops it has travelled, 0..255
     * @param tableLength slots of the table, 1..2^31-1 (clients use powers of two)
     * @param infinity    the slot value meaning absent, 1..255
     */
    record Reset(Guid guid, int ttl, int hops, int tableLength, int infinity) implements RouteTableUpdate {
        /** Payload bytes of a reset. */
        public static final int PAYLOAD_BYTES = 6;

        public Reset {
            Fields.nonNull(guid, "reset GUID");
            Fields.header(ttl, hops);
            if (tableLength < 1) {
                throw new IllegalArgumentException("reset table length must be >= 1, got " + tableLength);
            }
            if (Fields.u8(infinity, "reset infinity") < 1) {
                throw new IllegalArgumentException("reset infinity must be >= 1, got 0");
            }
        }

        /** A reset as it is sent: TTL 1, hops 0. */
        public static Reset of(Guid guid, int tableLength, int infinity) {
            return new Reset(guid, 1, 0, tableLength, infinity);
        }

        @Override
        public int variant() {
            return RESET;
        }

        @Override
        public int payloadLength() {
            return PAYLOAD_BYTES;
        }

        @Override
        public Reset forwarded() {
            return new Reset(guid, Fields.forwardedTtl(this), hops + 1, tableLength, infinity);
        }
    }

    /**
     * Patch: message {@code sequenceNumber} of {@code sequenceSize} carrying a slice of the patch
     * stream, whose entries of {@code entryBits} bits each are added to the table's slots in
     * order (negative: now present; positive: now absent; zero: unchanged); with
     * {@link #COMPRESSOR_ZLIB} the concatenated data of the sequence is one zlib stream. Payload
     * {@code 5 + data.length} bytes (variant, sequence number, sequence size, compressor, entry
     * bits, data). Equality compares data contents.
     *
     * @param guid           the Descriptor ID
     * @param ttl            hops it may still travel, 0..255
     * @param hops           hops it has travelled, 0..255
     * @param sequenceNumber position in the sequence, 1..sequenceSize
     * @param sequenceSize   messages in the sequence, 1..255
     * @param compressor     {@link #COMPRESSOR_NONE} or {@link #COMPRESSOR_ZLIB}
     * @param entryBits      bits per table entry: 1, 2, 4 or 8
     * @param data           this message's slice of the patch stream (copied)
     */
    record Patch(Guid guid, int ttl, int hops, int sequenceNumber, int sequenceSize, int compressor, int entryBits,
            byte[] data) implements RouteTableUpdate {
        /** Payload bytes before the data. */
        public static final int FIXED_BYTES = 5;

        public Patch {
            Fields.nonNull(guid, "patch GUID");
            Fields.header(ttl, hops);
            if (sequenceSize < 1 || sequenceSize > 0xFF) {
                throw new IllegalArgumentException("patch sequence size must be 1..255, got " + sequenceSize);
            }
            if (sequenceNumber < 1 || sequenceNumber > sequenceSize) {
                throw new IllegalArgumentException("patch sequence number must be 1.." + sequenceSize + ", got "
                        + sequenceNumber);
            }
            if (compressor != COMPRESSOR_NONE && compressor != COMPRESSOR_ZLIB) {
                throw new IllegalArgumentException("patch compressor must be 0 (none) or 1 (zlib), got "
                        + compressor);
            }
            if (entryBits != 1 && entryBits != 2 && entryBits != 4 && entryBits != 8) {
                throw new IllegalArgumentException("patch entry bits must be 1, 2, 4 or 8, got " + entryBits);
            }
            data = Fields.nonNull(data, "patch data").clone();
        }

        /** A patch as it is sent: TTL 1, hops 0. */
        public static Patch of(Guid guid, int sequenceNumber, int sequenceSize, int compressor, int entryBits,
                byte[] data) {
            return new Patch(guid, 1, 0, sequenceNumber, sequenceSize, compressor, entryBits, data);
        }

        /** A copy of this message's patch bytes. */
        @Override
        public byte[] data() {
            return data.clone();
        }

        /** Bytes of patch data this message carries. */
        public int dataLength() {
            return data.length;
        }

        @Override
        public int variant() {
            return PATCH;
        }

        @Override
        public int payloadLength() {
            return FIXED_BYTES + data.length;
        }

        @Override
        public Patch forwarded() {
            return new Patch(guid, Fields.forwardedTtl(this), hops + 1, sequenceNumber, sequenceSize, compressor,
                    entryBits, data);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Patch p && p.guid.equals(guid) && p.ttl == ttl && p.hops == hops
                    && p.sequenceNumber == sequenceNumber && p.sequenceSize == sequenceSize
                    && p.compressor == compressor && p.entryBits == entryBits && Arrays.equals(p.data, data);
        }

        @Override
        public int hashCode() {
            int h = guid.hashCode();
            h = 31 * h + ((ttl * 31 + hops) * 31 + sequenceNumber) * 31 + sequenceSize;
            h = 31 * h + compressor * 31 + entryBits;
            return 31 * h + Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return "Patch[guid=" + guid + ", ttl=" + ttl + ", hops=" + hops + ", sequence=" + sequenceNumber + "/"
                    + sequenceSize + ", compressor=" + compressor + ", entryBits=" + entryBits + ", data="
                    + data.length + " bytes]";
        }
    }
}
