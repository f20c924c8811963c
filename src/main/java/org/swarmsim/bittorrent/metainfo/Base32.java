package org.swarmsim.bittorrent.metainfo;

/**
 * RFC 4648 base32 (alphabet {@code A-Z2-7}, either case accepted, no padding), as magnet links
 * use it for 32-character info-hashes.
 */
final class Base32 {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Base32() {
    }

    /**
     * Decodes {@code text}, whose length times 5 must be a whole number of bytes (e.g. 32
     * characters for 20 bytes); an {@link IllegalArgumentException} names the first bad character.
     */
    static byte[] decode(String text) {
        if (text.length() * 5 % 8 != 0) {
            throw new IllegalArgumentException("base32 text of " + text.length()
                    + " characters does not make whole bytes (without padding)");
        }
        byte[] out = new byte[text.length() * 5 / 8];
        int buffer = 0;
        int bits = 0;
        int at = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int v = ALPHABET.indexOf(Character.toUpperCase(c));
            if (v < 0 || c > 0x7f) {
                throw new IllegalArgumentException("'" + c + "' at position " + i
                        + " is not a base32 character (A-Z, 2-7)");
            }
            buffer = (buffer << 5) | v;
            bits += 5;
            if (bits >= 8) {
                bits -= 8;
                out[at++] = (byte) (buffer >>> bits);
                buffer &= (1 << bits) - 1;
            }
        }
        return out;
    }

    /** Encodes {@code bytes} (a multiple of 5 bytes) as upper-case base32 without padding. */
    static String encode(byte[] bytes) {
        if (bytes.length % 5 != 0) {
            throw new IllegalArgumentException("base32 without padding needs a multiple of 5 bytes, got "
                    + bytes.length);
        }
        StringBuilder out = new StringBuilder(bytes.length * 8 / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                out.append(ALPHABET.charAt((buffer >>> bits) & 31));
            }
            buffer &= (1 << bits) - 1;
        }
        return out.toString();
    }
}
