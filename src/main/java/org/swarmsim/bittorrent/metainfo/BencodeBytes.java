package org.swarmsim.bittorrent.metainfo;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A bencoded byte string ({@code 4:spam}). Holds raw bytes, which may or may not be UTF-8 text.
 * Byte strings order by unsigned lexicographic comparison of their bytes: the order BEP 3
 * requires for dictionary keys.
 */
public final class BencodeBytes implements BencodeValue, Comparable<BencodeBytes> {
    private final byte[] bytes;

    private BencodeBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A byte string holding a copy of {@code bytes}. */
    public static BencodeBytes of(byte[] bytes) {
        return new BencodeBytes(bytes.clone());
    }

    /** A byte string holding the UTF-8 encoding of {@code text}. */
    public static BencodeBytes of(String text) {
        return new BencodeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Wraps {@code bytes} without copying; the caller must never change the array afterwards. */
    static BencodeBytes wrap(byte[] bytes) {
        return new BencodeBytes(bytes);
    }

    /** A copy of the raw bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The raw bytes without copying; callers must not change them. */
    byte[] rawBytes() {
        return bytes;
    }

    /** Number of bytes. */
    public int length() {
        return bytes.length;
    }

    /** The bytes decoded as UTF-8 (malformed sequences become U+FFFD). */
    public String asString() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public String kind() {
        return "byte string";
    }

    @Override
    public int compareTo(BencodeBytes other) {
        return Arrays.compareUnsigned(bytes, other.bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BencodeBytes b && Arrays.equals(bytes, b.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        for (byte b : bytes) {
            if (b < 0x20 || b > 0x7e) {
                return "<" + bytes.length + " bytes>";
            }
        }
        return '"' + asString() + '"';
    }
}
