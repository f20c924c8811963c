package org.swarmsim.bittorrent.metainfo;

/**
 * A bencoded integer ({@code i42e}). Bencode integers are unbounded; swarmsim reads those that
 * fit a {@code long} and rejects larger ones with a clear error.
 *
 * @param value the integer
 */
public record BencodeInteger(long value) implements BencodeValue {
    @Override
    public String kind() {
        return "integer";
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
