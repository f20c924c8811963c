package org.swarmsim.bittorrent.metainfo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes bencoded values in canonical form: dictionary keys sorted by raw bytes, integers without
 * leading zeros. {@link #encodedLength(BencodeValue)} gives the size without encoding.
 */
public final class BencodeWriter {
    private BencodeWriter() {
    }

    /** The bencoded bytes of {@code value}. */
    public static byte[] encode(BencodeValue value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(16, encodedLength(value)));
        write(value, out);
        return out.toByteArray();
    }

    /** Appends the bencoded bytes of {@code value} to {@code out}. */
    public static void write(BencodeValue value, ByteArrayOutputStream out) {
        if (value instanceof BencodeInteger i) {
            out.write('i');
            out.writeBytes(Long.toString(i.value()).getBytes(StandardCharsets.US_ASCII));
            out.write('e');
        } else if (value instanceof BencodeBytes b) {
            writeBytes(b.rawBytes(), out);
        } else if (value instanceof BencodeList l) {
            out.write('l');
            for (BencodeValue v : l.values()) {
                write(v, out);
            }
            out.write('e');
        } else {
            BencodeDictionary d = (BencodeDictionary) value;
            out.write('d');
            for (Map.Entry<BencodeBytes, BencodeValue> e : d.entries().entrySet()) {
                writeBytes(e.getKey().rawBytes(), out);
                write(e.getValue(), out);
            }
            out.write('e');
        }
    }

    private static void writeBytes(byte[] b, ByteArrayOutputStream out) {
        out.writeBytes(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
        out.write(':');
        out.writeBytes(b);
    }

    /** Size in bytes of the bencoded form of {@code value}, computed without encoding it. */
    public static int encodedLength(BencodeValue value) {
        if (value instanceof BencodeInteger i) {
            return 2 + decimalLength(i.value());
        }
        if (value instanceof BencodeBytes b) {
            return byteStringLength(b.length());
        }
        int n = 2;
        if (value instanceof BencodeList l) {
            for (BencodeValue v : l.values()) {
                n += encodedLength(v);
            }
            return n;
        }
        for (Map.Entry<BencodeBytes, BencodeValue> e : ((BencodeDictionary) value).entries().entrySet()) {
            n += byteStringLength(e.getKey().length()) + encodedLength(e.getValue());
        }
        return n;
    }

    /** Size of a bencoded byte string whose content is {@code contentBytes} long. */
    public static int byteStringLength(int contentBytes) {
        return decimalLength(contentBytes) + 1 + contentBytes;
    }

    /**
     * Size of the bencoded byte string holding the UTF-8 form of {@code text} (as
     * {@link BencodeBytes#of(String)} makes it), computed without encoding it.
     */
    public static int stringLength(String text) {
        return byteStringLength(utf8Length(text));
    }

    /**
     * Bytes of the UTF-8 form of {@code text}, as {@link String#getBytes} writes it: 1 to 3 per
     * char, 4 per surrogate pair, 1 for an unpaired surrogate (written as {@code '?'}).
     */
    public static int utf8Length(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                n += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                n += 1;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /** Number of characters in the decimal form of {@code v} (with its minus sign). */
    public static int decimalLength(long v) {
        if (v == Long.MIN_VALUE) {
            return 20;
        }
        int n = 1;
        if (v < 0) {
            n++;
            v = -v;
        }
        while (v >= 10) {
            v /= 10;
            n++;
        }
        return n;
    }
}
