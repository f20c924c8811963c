package org.swarmsim.bittorrent.tex;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.swarmsim.bittorrent.metainfo.BencodeBytes;
import org.swarmsim.bittorrent.metainfo.BencodeDictionary;
import org.swarmsim.bittorrent.metainfo.BencodeList;
import org.swarmsim.bittorrent.metainfo.BencodeReader;
import org.swarmsim.bittorrent.metainfo.BencodeValue;
import org.swarmsim.bittorrent.metainfo.BencodeWriter;
import org.swarmsim.bittorrent.wire.ExtensionPayload;

/**
 * A BEP 28 tracker exchange message: the bencoded dictionary {@code d5:addedl<url>...ee}, the
 * tracker URLs as UTF-8 byte strings, in the sender's order. Other keys are ignored when read.
 *
 * <p>{@link #size()} is the exact length of {@link #encode}'s output, computed arithmetically.
 *
 * @param added tracker URLs, each non-empty well-formed text (an unmodifiable copy)
 */
public record TexMessage(List<String> added) implements ExtensionPayload {
    /** The bytes of a message with no URL: {@code d5:addedlee}. */
    private static final int FIXED_BYTES = 2 + "5:added".length() + 2;

    public TexMessage {
        added = List.copyOf(added);
        for (int i = 0; i < added.size(); i++) {
            String url = added.get(i);
            if (url.isEmpty()) {
                throw new IllegalArgumentException("tracker URL " + i + " is empty");
            }
            if (!StandardCharsets.UTF_8.newEncoder().canEncode(CharBuffer.wrap(url))) {
                throw new IllegalArgumentException("tracker URL " + i + " is not well-formed text: " + url);
            }
        }
    }

    /** A message adding {@code urls}. */
    public static TexMessage of(String... urls) {
        return new TexMessage(List.of(urls));
    }

    @Override
    public String traceType() {
        return "lt_tex";
    }

    /** The count of {@code added}. */
    @Override
    public java.util.SortedMap<String, Long> traceFields() {
        java.util.TreeMap<String, Long> f = new java.util.TreeMap<>();
        f.put("added", (long) added.size());
        return f;
    }

    @Override
    public int size() {
        int n = FIXED_BYTES;
        for (String url : added) {
            n += BencodeWriter.stringLength(url);
        }
        return n;
    }

    @Override
    public void encode(ByteBuffer out) {
        out.put((byte) 'd');
        putLength(out, 5);
        out.put("added".getBytes(StandardCharsets.US_ASCII));
        out.put((byte) 'l');
        for (String url : added) {
            byte[] b = url.getBytes(StandardCharsets.UTF_8);
            putLength(out, b.length);
            out.put(b);
        }
        out.put((byte) 'e').put((byte) 'e');
    }

    /** The encoded bytes ({@link #size()} of them). */
    public byte[] toBytes() {
        ByteBuffer b = ByteBuffer.allocate(size());
        encode(b);
        return b.array();
    }

    private static void putLength(ByteBuffer out, int length) {
        out.put(Integer.toString(length).getBytes(StandardCharsets.US_ASCII)).put((byte) ':');
    }

    /**
     * The message {@code bytes} encode; keys other than {@code added} are ignored. An
     * {@link IllegalArgumentException} says what is wrong if the input is not a bencoded
     * dictionary, {@code added} is missing or not a list, or an entry is not a byte string, is
     * empty or is not UTF-8.
     */
    public static TexMessage decode(byte[] bytes) {
        BencodeDictionary d;
        try {
            d = BencodeReader.strict().readDictionary(bytes);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("lt_tex message is not a bencoded dictionary: " + e.getMessage(), e);
        }
        BencodeList list;
        try {
            list = d.optional("added", BencodeList.class)
                    .orElseThrow(() -> new IllegalArgumentException("lt_tex message has no 'added' list"));
        } catch (org.swarmsim.bittorrent.metainfo.BencodeException e) {
            throw new IllegalArgumentException("lt_tex message: " + e.getMessage(), e);
        }
        List<String> urls = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            BencodeValue v = list.get(i);
            if (!(v instanceof BencodeBytes b)) {
                throw new IllegalArgumentException("lt_tex 'added' entry " + i + " must be a byte string, found a "
                        + v.kind());
            }
            if (b.length() == 0) {
                throw new IllegalArgumentException("lt_tex 'added' entry " + i + " is an empty URL");
            }
            try {
                urls.add(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b.bytes())).toString());
            } catch (CharacterCodingException e) {
                throw new IllegalArgumentException("lt_tex 'added' entry " + i + " is not valid UTF-8", e);
            }
        }
        return new TexMessage(urls);
    }
}
