package org.swarmsim.bittorrent.wire;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Bitfield (BEP 3, id 5): which pieces the sender has, one bit per piece, the high bit of byte 0
 * being piece 0; {@code 5 + ceil(pieceCount / 8)} bytes. Spare bits at the end must be zero.
 *
 * @param bits       the BEP 3 bytes ({@code ceil(pieceCount / 8)} of them)
 * @param pieceCount number of pieces in the torrent
 */
public record BitfieldMessage(byte[] bits, int pieceCount) implements PeerMessage {
    public BitfieldMessage {
        if (pieceCount < 0) {
            throw new IllegalArgumentException("piece count must be >= 0, got " + pieceCount);
        }
        int expected = byteLength(pieceCount);
        if (bits.length != expected) {
            throw new IllegalArgumentException("a bitfield for " + pieceCount + " pieces is " + expected
                    + " bytes, got " + bits.length);
        }
        int spare = expected * 8 - pieceCount;
        if (spare > 0 && (bits[expected - 1] & ((1 << spare) - 1)) != 0) {
            throw new IllegalArgumentException("the bitfield's " + spare
                    + " spare bits after piece " + (pieceCount - 1) + " must be zero");
        }
        bits = bits.clone();
    }

    /** Bytes needed for {@code pieceCount} bits. */
    public static int byteLength(int pieceCount) {
        return (pieceCount + 7) >>> 3;
    }

    /** A bitfield with {@code has[i]} for piece i; {@code has.length} must equal pieceCount. */
    public static BitfieldMessage of(boolean[] has, int pieceCount) {
        if (has.length != pieceCount) {
            throw new IllegalArgumentException("expected " + pieceCount + " flags, got " + has.length);
        }
        byte[] b = new byte[byteLength(pieceCount)];
        for (int i = 0; i < pieceCount; i++) {
            if (has[i]) {
                b[i >>> 3] |= (byte) (0x80 >>> (i & 7));
            }
        }
        return new BitfieldMessage(b, pieceCount);
    }

    /** A bitfield with the pieces set in {@code has}, which must have no bit at or above pieceCount. */
    public static BitfieldMessage of(BitSet has, int pieceCount) {
        if (has.length() > pieceCount) {
            throw new IllegalArgumentException("bit " + (has.length() - 1) + " is set but there are only "
                    + pieceCount + " pieces");
        }
        byte[] b = new byte[byteLength(pieceCount)];
        for (int i = has.nextSetBit(0); i >= 0; i = has.nextSetBit(i + 1)) {
            b[i >>> 3] |= (byte) (0x80 >>> (i & 7));
        }
        return new BitfieldMessage(b, pieceCount);
    }

    /** Whether the sender has {@code piece}. */
    public boolean has(int piece) {
        if (piece < 0 || piece >= pieceCount) {
            throw new IndexOutOfBoundsException("piece " + piece + " is outside 0.." + (pieceCount - 1));
        }
        return (bits[piece >>> 3] & (0x80 >>> (piece & 7))) != 0;
    }

    /** Number of pieces the sender has. */
    public int cardinality() {
        int n = 0;
        for (byte b : bits) {
            n += Integer.bitCount(b & 0xff);
        }
        return n;
    }

    /** The pieces as a {@link BitSet} (bit i = piece i). */
    public BitSet toBitSet() {
        BitSet s = new BitSet(pieceCount);
        for (int i = 0; i < pieceCount; i++) {
            if (has(i)) {
                s.set(i);
            }
        }
        return s;
    }

    /** A copy of the BEP 3 bytes. */
    @Override
    public byte[] bits() {
        return bits.clone();
    }

    /** Byte {@code i} of the BEP 3 form, without copying. */
    public byte byteAt(int i) {
        return bits[i];
    }

    @Override
    public int id() {
        return BITFIELD;
    }

    @Override
    public int wireSize() {
        return 5 + bits.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BitfieldMessage m && m.pieceCount == pieceCount && Arrays.equals(m.bits, bits);
    }

    @Override
    public int hashCode() {
        return pieceCount * 31 + Arrays.hashCode(bits);
    }

    @Override
    public String toString() {
        return "BitfieldMessage[" + cardinality() + "/" + pieceCount + " pieces]";
    }
}
