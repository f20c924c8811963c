package org.swarmsim.gnutella.wire;

import java.util.HexFormat;

/**
 * A 16-byte Gnutella GUID: the Descriptor ID of a header, or the servent identifier of a query hit
 * or push. Bytes 0..7 are {@code hi} and bytes 8..15 are {@code lo}, each big-endian (byte 0 is
 * the top byte of {@code hi}, byte 15 the bottom byte of {@code lo}); {@link #toBytes()} gives them
 * in wire order.
 *
 * <p>Simulated servents make their GUIDs with {@link #of(long)} from a 64-bit simulator id (a
 * servent number, a message counter). Such a GUID is marked as coming from a modern servent as the
 * Gnutella 0.6 draft asks (byte 8 is 0xFF, byte 15 is 0x00), carries the id recoverably in bytes
 * 0..7 (through a fixed bijective mix, so the bytes look random) and fills bytes 9..14 with another
 * fixed mix of it. Two GUIDs made by {@code of} are equal exactly when their ids are equal, so a
 * routing table may key its entries by the {@code Guid} or by {@link #id()} alike.
 *
 * @param hi bytes 0..7, big-endian
 * @param lo bytes 8..15, big-endian
 */
public record Guid(long hi, long lo) {
    /** Length in bytes. */
    public static final int BYTES = 16;
    /** The all-zero GUID. */
    public static final Guid ZERO = new Guid(0, 0);

    private static final long C1 = 0xBF58476D1CE4E5B9L;
    private static final long C2 = 0x94D049BB133111EBL;
    private static final long C1_INVERSE = inverse(C1);
    private static final long C2_INVERSE = inverse(C2);
    private static final long OFFSET = 0x9E3779B97F4A7C15L;
    private static final long SALT = 0x5DEECE66DL;
    private static final long MARKERS = 0xFFL << 56;     // byte 8 = 0xFF, byte 15 = 0x00
    private static final long MIX_BYTES = 0xFFFF_FFFF_FFFFL << 8;   // bytes 9..14

    /** The GUID whose wire form is {@code bytes} (16 of them; copied). */
    public static Guid fromBytes(byte[] bytes) {
        if (bytes == null || bytes.length != BYTES) {
            throw new IllegalArgumentException("a GUID is 16 bytes, got "
                    + (bytes == null ? "null" : bytes.length + ""));
        }
        return fromBytes(bytes, 0);
    }

    /** The GUID held in {@code bytes[offset .. offset + 15]}. */
    static Guid fromBytes(byte[] bytes, int offset) {
        long hi = 0;
        long lo = 0;
        for (int i = 0; i < 8; i++) {
            hi = hi << 8 | (bytes[offset + i] & 0xFF);
            lo = lo << 8 | (bytes[offset + 8 + i] & 0xFF);
        }
        return new Guid(hi, lo);
    }

    /**
     * The deterministic modern-servent GUID of simulator id {@code id}: byte 8 is 0xFF, byte 15 is
     * 0x00, {@link #id()} gives {@code id} back, and {@code of(a).equals(of(b))} iff {@code a == b}.
     */
    public static Guid of(long id) {
        long hi = mix(id + OFFSET);
        return new Guid(hi, MARKERS | (mix(hi ^ SALT) & MIX_BYTES));
    }

    /**
     * The simulator id this GUID was made from by {@link #of(long)}.
     *
     * @throws IllegalStateException if {@code of} did not make this GUID
     */
    public long id() {
        long id = unmix(hi) - OFFSET;
        if (!equals(of(id))) {
            throw new IllegalStateException("GUID " + this + " was not made by Guid.of(id)");
        }
        return id;
    }

    /** Whether {@link #of(long)} made this GUID, i.e. whether {@link #id()} answers. */
    public boolean hasId() {
        return equals(of(unmix(hi) - OFFSET));
    }

    /** Whether byte 8 is 0xFF and byte 15 is 0x00, the Gnutella 0.6 mark of a modern servent. */
    public boolean isModern() {
        return (lo >>> 56) == 0xFF && (lo & 0xFF) == 0;
    }

    /** Byte {@code i} (0..15) of the wire form. */
    public int byteAt(int i) {
        if (i < 0 || i >= BYTES) {
            throw new IndexOutOfBoundsException("GUID byte " + i + " is outside 0..15");
        }
        long half = i < 8 ? hi : lo;
        return (int) (half >>> (56 - 8 * (i & 7))) & 0xFF;
    }

    /** The 16 bytes in wire order (a fresh array). */
    public byte[] toBytes() {
        byte[] b = new byte[BYTES];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (hi >>> (56 - 8 * i));
            b[8 + i] = (byte) (lo >>> (56 - 8 * i));
        }
        return b;
    }

    /** The 32 lower-case hex digits of the wire form. */
    @Override
    public String toString() {
        return HexFormat.of().formatHex(toBytes());
    }

    /** SplitMix64's finalizer (Steele, Lea and Flood): a bijection on 64-bit values. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * C1;
        z = (z ^ (z >>> 27)) * C2;
        return z ^ (z >>> 31);
    }

    /** The inverse of {@link #mix}: each xor-shift and multiplication undone in reverse order. */
    private static long unmix(long z) {
        z = z ^ (z >>> 31) ^ (z >>> 62);
        z *= C2_INVERSE;
        z = z ^ (z >>> 27) ^ (z >>> 54);
        z *= C1_INVERSE;
        return z ^ (z >>> 30) ^ (z >>> 60);
    }

    /** The multiplicative inverse of odd {@code c} modulo 2^64, by Newton's iteration. */
    private static long inverse(long c) {
        long x = c;            // correct to 3 bits for any odd c
        for (int i = 0; i < 5; i++) {
            x *= 2 - c * x;    // doubles the number of correct bits
        }
        return x;
    }
}
