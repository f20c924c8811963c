package org.swarmsim.gnutella.wire;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/** The NUL-terminated UTF-8 strings of Gnutella payloads: their exact lengths and strict decoding. */
final class Utf8 {
    private Utf8() {
    }

    /**
     * The UTF-8 length of {@code s} (without its terminating NUL), computed without encoding it.
     * Rejects strings the wire cannot carry unchanged: with a NUL (it would end the string early) or
     * an unpaired surrogate (UTF-8 has no form for it).
     */
    static int length(String s, String what) {
        if (s == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        int bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0) {
                throw new IllegalArgumentException(what + " contains a NUL at index " + i
                        + "; NUL terminates strings on the wire");
            } else if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(what + " has an unpaired surrogate at index " + i
                        + "; it has no UTF-8 form");
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** Writes {@code s} in UTF-8 and its terminating NUL. */
    static void putTerminated(ByteBuffer out, String s) {
        out.put(s.getBytes(StandardCharsets.UTF_8));
        out.put((byte) 0);
    }

    /**
     * Reads a NUL-terminated UTF-8 string, consuming the NUL; the string must end before
     * {@code in}'s limit.
     */
    static String getTerminated(ByteBuffer in, String what) {
        int start = in.position();
        int end = start;
        while (end < in.limit() && in.get(end) != 0) {
            end++;
        }
        if (end == in.limit()) {
            throw new DescriptorFormatException(what + " has no terminating NUL before the end of the payload");
        }
        ByteBuffer bytes = in.duplicate().limit(end);
        in.position(end + 1);
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(bytes).toString();
        } catch (CharacterCodingException e) {
            throw new DescriptorFormatException(what + " is not valid UTF-8");
        }
    }
}
