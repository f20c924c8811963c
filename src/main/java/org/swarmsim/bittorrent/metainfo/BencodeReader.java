package org.swarmsim.bittorrent.metainfo;

import java.util.ArrayList;
import java.util.TreeMap;

/**
 * A strict bencode parser that is safe on hostile input.
 *
 * <p>It rejects, with a {@link BencodeException} naming the problem and its byte offset: integers
 * with leading zeros, {@code -0}, no digits or more than a {@code long} holds; byte-string lengths
 * with leading zeros or beyond the remaining input; dictionary keys that are not byte strings,
 * duplicate keys and (unless {@link #allowingUnsortedKeys()}) keys out of raw-byte order; nesting
 * deeper than {@link #maxDepth()}; and anything after the top-level value. It allocates nothing
 * before checking that the input holds the bytes a length claims, so memory stays proportional to
 * the input.
 */
public final class BencodeReader {
    /** Default nesting limit: far above anything a torrent or a tracker response needs. */
    public static final int DEFAULT_MAX_DEPTH = 64;

    private static final int MAX_LONG_DIGITS = 19;

    private final int maxDepth;
    private final boolean requireSortedKeys;

    private BencodeReader(int maxDepth, boolean requireSortedKeys) {
        if (maxDepth < 1) {
            throw new IllegalArgumentException("maxDepth must be >= 1: " + maxDepth);
        }
        this.maxDepth = maxDepth;
        this.requireSortedKeys = requireSortedKeys;
    }

    /** A strict reader with the default depth limit. */
    public static BencodeReader strict() {
        return new BencodeReader(DEFAULT_MAX_DEPTH, true);
    }

    /** The same reader with another nesting limit (a value at top level has depth 1). */
    public BencodeReader withMaxDepth(int depth) {
        return new BencodeReader(depth, requireSortedKeys);
    }

    /**
     * The same reader accepting dictionary keys out of order (some old torrent writers produce
     * them); duplicate keys are still rejected.
     */
    public BencodeReader allowingUnsortedKeys() {
        return new BencodeReader(maxDepth, false);
    }

    /** The nesting limit. */
    public int maxDepth() {
        return maxDepth;
    }

    /** Whether dictionary keys must be in raw-byte order. */
    public boolean requiresSortedKeys() {
        return requireSortedKeys;
    }

    /** Parses exactly one value that must span the whole input. */
    public BencodeValue read(byte[] input) {
        Cursor c = new Cursor(input);
        BencodeValue v = c.value(1);
        if (c.pos != input.length) {
            throw new BencodeException("trailing garbage: " + (input.length - c.pos)
                    + " bytes after the end of the top-level value", c.pos);
        }
        return v;
    }

    /** Parses exactly one value that must be a dictionary spanning the whole input. */
    public BencodeDictionary readDictionary(byte[] input) {
        if (input.length > 0 && input[0] != 'd') {
            throw new BencodeException("expected a dictionary ('d'), found " + describe(input[0]), 0);
        }
        return (BencodeDictionary) read(input);
    }

    private static String describe(byte b) {
        int u = b & 0xff;
        return u >= 0x20 && u < 0x7f
                ? "'" + (char) u + "' (0x" + Integer.toHexString(u) + ")"
                : "byte 0x" + Integer.toHexString(u);
    }

    private final class Cursor {
        private final byte[] in;
        private int pos;

        Cursor(byte[] in) {
            this.in = in;
        }

        private BencodeException eof(String while_) {
            return new BencodeException("unexpected end of input while reading " + while_, pos);
        }

        BencodeValue value(int depth) {
            if (pos >= in.length) {
                throw eof("a value");
            }
            byte b = in[pos];
            if (b == 'i') {
                return new BencodeInteger(integer());
            }
            if (b >= '0' && b <= '9') {
                return BencodeBytes.wrap(bytes());
            }
            if (b == 'l' || b == 'd') {
                if (depth > maxDepth) {
                    throw new BencodeException("nesting deeper than the limit of " + maxDepth, pos);
                }
                return b == 'l' ? list(depth) : dictionary(depth);
            }
            throw new BencodeException("expected a value ('i', 'l', 'd' or a digit), found "
                    + describe(b), pos);
        }

        private long integer() {
            int start = pos;
            pos++; // 'i'
            boolean negative = false;
            if (pos < in.length && in[pos] == '-') {
                negative = true;
                pos++;
            }
            int digitsStart = pos;
            long value = 0;
            while (pos < in.length && in[pos] >= '0' && in[pos] <= '9') {
                int digit = in[pos] - '0';
                if (pos - digitsStart >= MAX_LONG_DIGITS || value > (Long.MAX_VALUE - digit) / 10) {
                    throw new BencodeException("integer does not fit in 64 bits (limit "
                            + Long.MAX_VALUE + ")", start);
                }
                value = value * 10 + digit;
                pos++;
            }
            int digits = pos - digitsStart;
            if (pos >= in.length) {
                throw eof("an integer");
            }
            if (in[pos] != 'e') {
                throw new BencodeException("expected a digit or 'e' in integer, found "
                        + describe(in[pos]), pos);
            }
            if (digits == 0) {
                throw new BencodeException("integer has no digits", start);
            }
            if (digits > 1 && in[digitsStart] == '0') {
                throw new BencodeException("integer has a leading zero", start);
            }
            if (negative && value == 0) {
                throw new BencodeException("integer is -0, which bencode forbids", start);
            }
            pos++; // 'e'
            return negative ? -value : value;
        }

        private byte[] bytes() {
            int start = pos;
            long length = 0;
            while (pos < in.length && in[pos] >= '0' && in[pos] <= '9') {
                if (pos - start >= 10) {
                    throw new BencodeException("byte-string length has too many digits", start);
                }
                length = length * 10 + (in[pos] - '0');
                pos++;
            }
            if (pos >= in.length) {
                throw eof("a byte-string length");
            }
            if (in[pos] != ':') {
                throw new BencodeException("expected a digit or ':' in byte-string length, found "
                        + describe(in[pos]), pos);
            }
            if (pos - start > 1 && in[start] == '0') {
                throw new BencodeException("byte-string length has a leading zero", start);
            }
            pos++; // ':'
            long remaining = in.length - pos;
            if (length > remaining) {
                throw new BencodeException("byte-string length " + length + " exceeds the "
                        + remaining + " bytes left in the input", start);
            }
            int n = (int) length;
            byte[] out = new byte[n];
            System.arraycopy(in, pos, out, 0, n);
            pos += n;
            return out;
        }

        private BencodeList list(int depth) {
            pos++; // 'l'
            ArrayList<BencodeValue> values = new ArrayList<>();
            while (true) {
                if (pos >= in.length) {
                    throw eof("a list");
                }
                if (in[pos] == 'e') {
                    pos++;
                    return new BencodeList(values);
                }
                values.add(value(depth + 1));
            }
        }

        private BencodeDictionary dictionary(int depth) {
            int start = pos;
            pos++; // 'd'
            TreeMap<BencodeBytes, BencodeValue> entries = new TreeMap<>();
            BencodeBytes previous = null;
            while (true) {
                if (pos >= in.length) {
                    throw eof("a dictionary");
                }
                if (in[pos] == 'e') {
                    pos++;
                    return new BencodeDictionary(entries, start, pos);
                }
                int keyPos = pos;
                if (in[pos] < '0' || in[pos] > '9') {
                    throw new BencodeException("dictionary key must be a byte string, found "
                            + describe(in[pos]), pos);
                }
                BencodeBytes key = BencodeBytes.wrap(bytes());
                if (previous != null) {
                    int cmp = key.compareTo(previous);
                    if (cmp == 0 || entries.containsKey(key)) {
                        throw new BencodeException("duplicate dictionary key " + key, keyPos);
                    }
                    if (cmp < 0 && requireSortedKeys) {
                        throw new BencodeException("dictionary key " + key + " is out of order: keys "
                                + "must be sorted by raw bytes and it comes after " + previous, keyPos);
                    }
                }
                previous = key;
                entries.put(key, value(depth + 1));
            }
        }
    }
}
