package org.swarmsim.bittorrent.metainfo;

import java.util.List;

/**
 * A bencoded list ({@code l4:spami42ee}).
 *
 * @param values the elements, in order (an unmodifiable copy)
 */
public record BencodeList(List<BencodeValue> values) implements BencodeValue {
    public BencodeList {
        values = List.copyOf(values);
    }

    /** A list of the given values. */
    public static BencodeList of(BencodeValue... values) {
        return new BencodeList(List.of(values));
    }

    /** Number of elements. */
    public int size() {
        return values.size();
    }

    /** Element {@code i}. */
    public BencodeValue get(int i) {
        return values.get(i);
    }

    @Override
    public String kind() {
        return "list";
    }
}
