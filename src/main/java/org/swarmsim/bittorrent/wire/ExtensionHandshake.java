package org.swarmsim.bittorrent.wire;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.swarmsim.bittorrent.metainfo.BencodeBytes;
import org.swarmsim.bittorrent.metainfo.BencodeDictionary;
import org.swarmsim.bittorrent.metainfo.BencodeInteger;
import org.swarmsim.bittorrent.metainfo.BencodeValue;
import org.swarmsim.bittorrent.metainfo.BencodeWriter;

/**
 * The BEP 10 extension handshake (extended id 0): a bencoded dictionary whose {@code m} entry maps
 * each extension the sender supports to the extended id under which it wants to receive that
 * extension's messages (0: disabled), with the optional entries {@code p} (listen port), {@code v}
 * (client name and version), {@code reqq} (requests the sender queues without dropping) and
 * {@code metadata_size} (BEP 9: bytes of the info dictionary), plus whatever other entries
 * plug-ins add ({@code otherEntries}).
 *
 * <p>{@link #size()} is the exact length of the bencoded form, computed arithmetically; the form
 * is canonical (keys sorted by their raw bytes), so decoding and encoding again gives the same
 * bytes.
 *
 * @param extensions        extension name to the sender's id (0..255), in bencode key order
 * @param listenPort        {@code p}, 0..65535
 * @param clientVersion     {@code v}
 * @param requestQueue      {@code reqq}, at least 0
 * @param metadataSizeBytes {@code metadata_size}, at least 0
 * @param otherEntries      every other top-level entry (none of the keys above)
 */
public record ExtensionHandshake(SortedMap<String, Integer> extensions, OptionalInt listenPort,
                                 Optional<String> clientVersion, OptionalInt requestQueue,
                                 OptionalLong metadataSizeBytes, BencodeDictionary otherEntries)
        implements ExtensionPayload {
    /** Bencode's order of keys: by their UTF-8 bytes, unsigned. */
    public static final Comparator<String> BENCODE_ORDER = (a, b) -> Arrays.compareUnsigned(
            a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

    private static final Set<BencodeBytes> NAMED_KEYS = Set.of(BencodeBytes.of("m"), BencodeBytes.of("p"),
            BencodeBytes.of("v"), BencodeBytes.of("reqq"), BencodeBytes.of("metadata_size"));

    public ExtensionHandshake {
        TreeMap<String, Integer> sorted = new TreeMap<>(BENCODE_ORDER);
        for (Map.Entry<String, Integer> e : extensions.entrySet()) {
            requireText(e.getKey(), "extension name");
            if (e.getValue() == null || e.getValue() < 0 || e.getValue() > 255) {
                throw new IllegalArgumentException("extension '" + e.getKey() + "' has id " + e.getValue()
                        + "; ids are 0..255 (0 = disabled)");
            }
            sorted.put(e.getKey(), e.getValue());
        }
        extensions = Collections.unmodifiableSortedMap(sorted);
        if (listenPort.isPresent() && (listenPort.getAsInt() < 0 || listenPort.getAsInt() > 65535)) {
            throw new IllegalArgumentException("listen port 'p' must be 0..65535, got " + listenPort.getAsInt());
        }
        clientVersion.ifPresent(v -> requireText(v, "client version 'v'"));
        if (requestQueue.isPresent() && requestQueue.getAsInt() < 0) {
            throw new IllegalArgumentException("request queue 'reqq' must be >= 0, got " + requestQueue.getAsInt());
        }
        if (metadataSizeBytes.isPresent() && metadataSizeBytes.getAsLong() < 0) {
            throw new IllegalArgumentException("'metadata_size' must be >= 0, got " + metadataSizeBytes.getAsLong());
        }
        for (BencodeBytes key : otherEntries.entries().keySet()) {
            if (NAMED_KEYS.contains(key)) {
                throw new IllegalArgumentException("entry " + key + " has a field of its own; it is not an other entry");
            }
        }
    }

    /** A builder; everything but {@code m} is absent unless set. */
    public static Builder builder() {
        return new Builder();
    }

    /** The sender's id for {@code extension}, or 0 if it did not name it (or disabled it). */
    public int idOf(String extension) {
        Integer id = extensions.get(extension);
        return id == null ? 0 : id;
    }

    /** Whether the sender supports {@code extension} (names it with an id other than 0). */
    public boolean supports(String extension) {
        return idOf(extension) != 0;
    }

    @Override
    public int size() {
        int n = 2 + entryLength("m") + 2;
        for (Map.Entry<String, Integer> e : extensions.entrySet()) {
            n += BencodeWriter.stringLength(e.getKey()) + integerLength(e.getValue());
        }
        if (metadataSizeBytes.isPresent()) {
            n += entryLength("metadata_size") + integerLength(metadataSizeBytes.getAsLong());
        }
        if (listenPort.isPresent()) {
            n += entryLength("p") + integerLength(listenPort.getAsInt());
        }
        if (requestQueue.isPresent()) {
            n += entryLength("reqq") + integerLength(requestQueue.getAsInt());
        }
        if (clientVersion.isPresent()) {
            n += entryLength("v") + BencodeWriter.stringLength(clientVersion.get());
        }
        for (Map.Entry<BencodeBytes, BencodeValue> e : otherEntries.entries().entrySet()) {
            n += BencodeWriter.byteStringLength(e.getKey().length()) + BencodeWriter.encodedLength(e.getValue());
        }
        return n;
    }

    private static int entryLength(String asciiKey) {
        return BencodeWriter.byteStringLength(asciiKey.length());
    }

    private static int integerLength(long v) {
        return 2 + BencodeWriter.decimalLength(v);
    }

    @Override
    public String traceType() {
        return "extension_handshake";
    }

    @Override
    public void encode(ByteBuffer out) {
        out.put(BencodeWriter.encode(toBencode()));
    }

    /** The handshake as a bencoded dictionary. */
    public BencodeDictionary toBencode() {
        TreeMap<BencodeBytes, BencodeValue> all = new TreeMap<>(otherEntries.entries());
        BencodeDictionary.Builder m = BencodeDictionary.builder();
        extensions.forEach((name, id) -> m.put(name, (long) id));
        all.put(BencodeBytes.of("m"), m.build());
        listenPort.ifPresent(p -> all.put(BencodeBytes.of("p"), new BencodeInteger(p)));
        clientVersion.ifPresent(v -> all.put(BencodeBytes.of("v"), BencodeBytes.of(v)));
        requestQueue.ifPresent(q -> all.put(BencodeBytes.of("reqq"), new BencodeInteger(q)));
        metadataSizeBytes.ifPresent(s -> all.put(BencodeBytes.of("metadata_size"), new BencodeInteger(s)));
        return BencodeDictionary.of(all);
    }

    /**
     * The handshake a bencoded dictionary describes; an {@link IllegalArgumentException} saying
     * what is wrong if {@code m} is missing or an entry has the wrong kind, range or encoding
     * (names and {@code v} must be UTF-8).
     */
    public static ExtensionHandshake fromBencode(BencodeDictionary d) {
        Builder b = builder();
        BencodeDictionary m = d.optional("m", BencodeDictionary.class)
                .orElseThrow(() -> new IllegalArgumentException("no 'm' dictionary"));
        for (Map.Entry<BencodeBytes, BencodeValue> e : m.entries().entrySet()) {
            String name = utf8(e.getKey(), "extension name");
            if (!(e.getValue() instanceof BencodeInteger id)) {
                throw new IllegalArgumentException("extension '" + name + "' must map to an integer id, found a "
                        + e.getValue().kind());
            }
            b.extension(name, (int) range(id.value(), 0, 255, "id of extension '" + name + "'"));
        }
        d.optional("p", BencodeInteger.class).ifPresent(p -> b.listenPort((int) range(p.value(), 0, 65535, "'p'")));
        d.optional("v", BencodeBytes.class).ifPresent(v -> b.clientVersion(utf8(v, "'v'")));
        d.optional("reqq", BencodeInteger.class)
                .ifPresent(q -> b.requestQueue((int) range(q.value(), 0, Integer.MAX_VALUE, "'reqq'")));
        d.optional("metadata_size", BencodeInteger.class)
                .ifPresent(s -> b.metadataSize(range(s.value(), 0, Long.MAX_VALUE, "'metadata_size'")));
        for (Map.Entry<BencodeBytes, BencodeValue> e : d.entries().entrySet()) {
            if (!NAMED_KEYS.contains(e.getKey())) {
                b.others.put(e.getKey(), e.getValue());
            }
        }
        return b.build();
    }

    private static long range(long v, long min, long max, String what) {
        if (v < min || v > max) {
            throw new IllegalArgumentException(what + " is " + v + ", outside " + min + ".." + max);
        }
        return v;
    }

    private static String utf8(BencodeBytes b, String what) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b.bytes())).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(what + " is not valid UTF-8");
        }
    }

    private static void requireText(String s, String what) {
        if (s == null || !StandardCharsets.UTF_8.newEncoder().canEncode(CharBuffer.wrap(s))) {
            throw new IllegalArgumentException(what + " must be well-formed text: " + s);
        }
    }

    /** Collects the entries of an {@link ExtensionHandshake}; a later call for the same entry replaces it. */
    public static final class Builder {
        private final TreeMap<String, Integer> extensions = new TreeMap<>(BENCODE_ORDER);
        private OptionalInt listenPort = OptionalInt.empty();
        private Optional<String> clientVersion = Optional.empty();
        private OptionalInt requestQueue = OptionalInt.empty();
        private OptionalLong metadataSize = OptionalLong.empty();
        private final TreeMap<BencodeBytes, BencodeValue> others = new TreeMap<>();

        private Builder() {
        }

        /** An {@code m} entry: the sender receives {@code extension}'s messages under {@code id}. */
        public Builder extension(String extension, int id) {
            extensions.put(extension, id);
            return this;
        }

        /** {@code p}: the sender's TCP listen port. */
        public Builder listenPort(int port) {
            listenPort = OptionalInt.of(port);
            return this;
        }

        /** {@code v}: the sender's client name and version. */
        public Builder clientVersion(String version) {
            clientVersion = Optional.of(version);
            return this;
        }

        /** {@code reqq}: how many requests the sender queues without dropping any. */
        public Builder requestQueue(int requests) {
            requestQueue = OptionalInt.of(requests);
            return this;
        }

        /** {@code metadata_size} (BEP 9): bytes of the torrent's info dictionary. */
        public Builder metadataSize(long bytes) {
            metadataSize = OptionalLong.of(bytes);
            return this;
        }

        /** Any other top-level entry (not {@code m}, {@code p}, {@code v}, {@code reqq}, {@code metadata_size}). */
        public Builder entry(String key, BencodeValue value) {
            BencodeBytes k = BencodeBytes.of(key);
            if (NAMED_KEYS.contains(k)) {
                throw new IllegalArgumentException("'" + key + "' has a method of its own in the builder");
            }
            others.put(k, value);
            return this;
        }

        /** The handshake; an {@link IllegalArgumentException} if an entry is out of range. */
        public ExtensionHandshake build() {
            return new ExtensionHandshake(extensions, listenPort, clientVersion, requestQueue, metadataSize,
                    BencodeDictionary.of(others));
        }
    }
}
