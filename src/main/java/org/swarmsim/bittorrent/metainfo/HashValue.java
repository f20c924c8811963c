package org.swarmsim.bittorrent.metainfo;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * What the metainfo's fixed-length hash values share ({@link InfoHash}, {@link InfoHashV2},
 * {@link PiecesRoot}): immutable bytes, lower-case hex, equality and hashing by value within the
 * same type, ordering as unsigned bytes, and the checked construction from bytes or hex digits.
 */
public abstract class HashValue {
    private final byte[] bytes;

    /** Takes {@code bytes} as they are (the subclass checked and copied them). */
    HashValue(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A copy of {@code bytes}, which must be {@code length} long; else "{@code what} is N bytes, got M". */
    static byte[] checked(byte[] bytes, int length, String what) {
        if (bytes.length != length) {
            throw new IllegalArgumentException(what + " is " + length + " bytes, got " + bytes.length);
        }
        return bytes.clone();
    }

    /** {@code 2 × length} hex digits (either case) as bytes; else "{@code what} is N hex digits ...". */
    static byte[] parsed(String hex, int length, String what) {
        if (hex.length() != 2 * length) {
            throw new IllegalArgumentException(what + " is " + 2 * length + " hex digits, got " + hex.length()
                    + " characters: " + hex);
        }
        try {
            return HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " is " + 2 * length + " hex digits: " + hex, e);
        }
    }

    /** A copy of the bytes. */
    public final byte[] bytes() {
        return bytes.clone();
    }

    /** Byte {@code i} without copying the array. */
    public final byte byteAt(int i) {
        return bytes[i];
    }

    /** The lower-case hex digits. */
    public final String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    /** The order of the bytes read as unsigned numbers. */
    final int compareBytes(HashValue o) {
        return Arrays.compareUnsigned(bytes, o.bytes);
    }

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && Arrays.equals(bytes, ((HashValue) o).bytes);
    }

    @Override
    public final int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public final String toString() {
        return hex();
    }
}
