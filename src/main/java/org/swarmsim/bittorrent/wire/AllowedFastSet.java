package org.swarmsim.bittorrent.wire;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.swarmsim.bittorrent.metainfo.InfoHash;

/**
 * The canonical allowed-fast set of BEP 6: the pieces a peer at an IPv4 address may request while
 * choked. The address is masked to its /24, followed by the info-hash, and hashed with SHA-1 again
 * and again; each digest yields five big-endian 32-bit words, each taken modulo the piece count,
 * and new indices are kept in order until there are {@code k}. Peers in the same /24 therefore get
 * the same set (so a host cannot collect more by taking more addresses), and the first {@code k}
 * of a set of {@code k + 1} are the set of {@code k}.
 */
public final class AllowedFastSet {
    /** The set size the BEP's authors use (peers may choose another). */
    public static final int DEFAULT_SIZE = 10;

    private AllowedFastSet() {
    }

    /**
     * The first {@code k} pieces (at most {@code pieceCount}) of the allowed-fast set of the peer at
     * {@code ipv4} (big-endian, {@code a.b.c.d} as {@code a << 24 | b << 16 | c << 8 | d}), in the
     * order the algorithm finds them.
     */
    public static int[] of(int ipv4, InfoHash infoHash, int pieceCount, int k) {
        if (pieceCount <= 0 || k < 0) {
            throw new IllegalArgumentException("need pieces > 0 and k >= 0: " + pieceCount + ", " + k);
        }
        int size = Math.min(k, pieceCount);
        int[] set = new int[size];
        int found = 0;
        byte[] x = new byte[4 + InfoHash.LENGTH_BYTES];
        int masked = ipv4 & 0xFFFFFF00;
        x[0] = (byte) (masked >>> 24);
        x[1] = (byte) (masked >>> 16);
        x[2] = (byte) (masked >>> 8);
        x[3] = (byte) masked;
        System.arraycopy(infoHash.bytes(), 0, x, 4, InfoHash.LENGTH_BYTES);
        MessageDigest sha1 = sha1();
        while (found < size) {
            x = sha1.digest(x);
            for (int i = 0; i < 5 && found < size; i++) {
                int j = 4 * i;
                long y = ((x[j] & 0xFFL) << 24) | ((x[j + 1] & 0xFFL) << 16) | ((x[j + 2] & 0xFFL) << 8) | (x[j + 3] & 0xFFL);
                int index = (int) (y % pieceCount);
                if (!contains(set, found, index)) {
                    set[found++] = index;
                }
            }
        }
        return set;
    }

    private static boolean contains(int[] a, int n, int v) {
        for (int i = 0; i < n; i++) {
            if (a[i] == v) {
                return true;
            }
        }
        return false;
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-1", e);
        }
    }
}
