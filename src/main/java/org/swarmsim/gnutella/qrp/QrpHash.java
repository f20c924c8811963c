package org.swarmsim.gnutella.qrp;

import java.util.List;

/**
 * The keyword hash of the Query Routing Protocol (QRP 1.0, section "Hashing"; LimeWire's
 * {@code com.limegroup.gnutella.routing.HashFunction}, gtk-gnutella's {@code qrp_hashcode}).
 *
 * <p>The keyword's characters are lower-cased and the low byte of each UTF-16 code unit is XOR-ed
 * into a 32-bit value at byte position {@code i mod 4} (that is, the bytes taken four at a time as
 * little-endian words, the last word padded with zeros). That value is multiplied by
 * {@code A_INT = 0x4F1BBCDC} (floor(2^31 (sqrt 5 - 1) / 2), Knuth's multiplicative hashing) modulo
 * 2^32, and the top {@code bits} bits of the product are the slot. So {@code hash(x, n)} is
 * {@code hash32(x) >>> (32 - n)}: one 32-bit hash serves tables of every size, and
 * {@code hash(x, n - r) == hash(x, n) >>> r}.
 *
 * <p>For ASCII keywords every client agrees. For other characters this follows LimeWire (the
 * reference implementation): {@link Character#toLowerCase(char)} on each code unit, then its low
 * byte; gtk-gnutella hashes its canonical (already lower-cased) UTF-8 keyword the same way, code
 * unit by code unit. The test vectors of LimeWire's {@code HashFunction} hold for this class.
 */
public final class QrpHash {
    /** The multiplier: 1327217884, the 32-bit fraction of the golden ratio, halved. */
    public static final int A_INT = 0x4F1BBCDC;

    private QrpHash() {
    }

    /** The full 32-bit hash of {@code keyword}, before keeping its top bits. */
    public static int hash32(CharSequence keyword) {
        int xor = 0;
        for (int i = 0; i < keyword.length(); i++) {
            xor ^= (Character.toLowerCase(keyword.charAt(i)) & 0xFF) << ((i & 3) << 3);
        }
        return xor * A_INT;
    }

    /** The slot of {@code keyword} in a table of 2^{@code bits} slots: in [0, 2^bits). */
    public static int hash(String keyword, int bits) {
        return restrict(hash32(keyword), bits);
    }

    /** The top {@code bits} bits (1..32) of a 32-bit hash, as an unsigned slot number. */
    public static int restrict(int hash32, int bits) {
        if (bits < 1 || bits > 32) {
            throw new IllegalArgumentException("bits must be 1..32, got " + bits);
        }
        return hash32 >>> (32 - bits);
    }

    /**
     * The 32-bit hashes of the keywords of a query ({@link Keywords#of}), to test one query
     * against many tables without splitting it again ({@link QrpTable#mayMatchHashes}).
     */
    public static int[] queryHashes(String query) {
        List<String> keywords = Keywords.of(query);
        int[] hashes = new int[keywords.size()];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = hash32(keywords.get(i));
        }
        return hashes;
    }
}
