package org.swarmsim.bittorrent.metainfo;

/**
 * A bencoded value (BEP 3): an integer, a byte string, a list or a dictionary.
 *
 * <p>Values are immutable and compare by content. {@link BencodeReader} parses them from bytes,
 * {@link BencodeWriter} writes them back in canonical form.
 */
public sealed interface BencodeValue
        permits BencodeInteger, BencodeBytes, BencodeList, BencodeDictionary {

    /** The kind of value, for error messages ("expected a dictionary, found an integer"). */
    String kind();
}
