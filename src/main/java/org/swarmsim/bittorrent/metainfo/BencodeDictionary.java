package org.swarmsim.bittorrent.metainfo;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A bencoded dictionary ({@code d3:cow3:mooe}): byte-string keys in raw-byte order, as BEP 3
 * requires.
 *
 * <p>A dictionary produced by {@link BencodeReader} remembers where it came from
 * ({@link #sourceStart()}, {@link #sourceEnd()}), so the info dictionary of a torrent can be
 * hashed exactly as it appears in the file. The span is not part of equality.
 */
public final class BencodeDictionary implements BencodeValue {
    private final NavigableMap<BencodeBytes, BencodeValue> entries;
    private final int sourceStart;
    private final int sourceEnd;

    BencodeDictionary(TreeMap<BencodeBytes, BencodeValue> entries, int sourceStart, int sourceEnd) {
        this.entries = Collections.unmodifiableNavigableMap(entries);
        this.sourceStart = sourceStart;
        this.sourceEnd = sourceEnd;
    }

    /** A dictionary holding a copy of {@code entries} (sorted by raw key bytes). */
    public static BencodeDictionary of(Map<BencodeBytes, BencodeValue> entries) {
        return new BencodeDictionary(new TreeMap<>(entries), -1, -1);
    }

    /** A builder for a dictionary; keys end up sorted whatever the order of {@code put} calls. */
    public static Builder builder() {
        return new Builder();
    }

    /** Entries in raw-byte key order (unmodifiable). */
    public NavigableMap<BencodeBytes, BencodeValue> entries() {
        return entries;
    }

    /** Number of entries. */
    public int size() {
        return entries.size();
    }

    /** Offset of the {@code 'd'} that opened this dictionary in the parsed input, or -1 if built. */
    public int sourceStart() {
        return sourceStart;
    }

    /** Offset just past the {@code 'e'} that closed this dictionary in the parsed input, or -1. */
    public int sourceEnd() {
        return sourceEnd;
    }

    /** The value for {@code key}, if present. */
    public Optional<BencodeValue> get(String key) {
        return Optional.ofNullable(entries.get(BencodeBytes.of(key)));
    }

    /** Whether {@code key} is present. */
    public boolean containsKey(String key) {
        return entries.containsKey(BencodeBytes.of(key));
    }

    /** The value for {@code key}; a {@link BencodeException} naming the key if it is missing. */
    public BencodeValue require(String key) {
        BencodeValue v = entries.get(BencodeBytes.of(key));
        if (v == null) {
            throw new BencodeException("missing key '" + key + "' in dictionary", sourceStart);
        }
        return v;
    }

    /** The integer under {@code key}; clear errors if it is missing or of another kind. */
    public long requireInteger(String key) {
        return as(key, require(key), BencodeInteger.class).value();
    }

    /** The byte string under {@code key}; clear errors if it is missing or of another kind. */
    public BencodeBytes requireBytes(String key) {
        return as(key, require(key), BencodeBytes.class);
    }

    /** The byte string under {@code key} as UTF-8 text. */
    public String requireString(String key) {
        return requireBytes(key).asString();
    }

    /** The list under {@code key}; clear errors if it is missing or of another kind. */
    public BencodeList requireList(String key) {
        return as(key, require(key), BencodeList.class);
    }

    /** The dictionary under {@code key}; clear errors if it is missing or of another kind. */
    public BencodeDictionary requireDictionary(String key) {
        return as(key, require(key), BencodeDictionary.class);
    }

    /** The value under {@code key} if present, checked to be of {@code type}. */
    public <T extends BencodeValue> Optional<T> optional(String key, Class<T> type) {
        BencodeValue v = entries.get(BencodeBytes.of(key));
        return v == null ? Optional.empty() : Optional.of(as(key, v, type));
    }

    private <T extends BencodeValue> T as(String key, BencodeValue v, Class<T> type) {
        if (!type.isInstance(v)) {
            String wanted = switch (type.getSimpleName()) {
                case "BencodeInteger" -> "an integer";
                case "BencodeBytes" -> "a byte string";
                case "BencodeList" -> "a list";
                default -> "a dictionary";
            };
            throw new BencodeException("key '" + key + "' must hold " + wanted + ", found a "
                    + v.kind(), v instanceof BencodeDictionary d ? d.sourceStart : sourceStart);
        }
        return type.cast(v);
    }

    @Override
    public String kind() {
        return "dictionary";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BencodeDictionary d && entries.equals(d.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return entries.toString();
    }

    /** Collects entries for a {@link BencodeDictionary}; a later {@code put} of a key replaces it. */
    public static final class Builder {
        private final TreeMap<BencodeBytes, BencodeValue> entries = new TreeMap<>();

        private Builder() {
        }

        /** Puts any value. */
        public Builder put(String key, BencodeValue value) {
            entries.put(BencodeBytes.of(key), value);
            return this;
        }

        /** Puts a UTF-8 byte string. */
        public Builder put(String key, String value) {
            return put(key, BencodeBytes.of(value));
        }

        /** Puts an integer. */
        public Builder put(String key, long value) {
            return put(key, new BencodeInteger(value));
        }

        /** Puts a raw byte string (copied). */
        public Builder put(String key, byte[] value) {
            return put(key, BencodeBytes.of(value));
        }

        /** The dictionary. */
        public BencodeDictionary build() {
            return new BencodeDictionary(new TreeMap<>(entries), -1, -1);
        }
    }
}
