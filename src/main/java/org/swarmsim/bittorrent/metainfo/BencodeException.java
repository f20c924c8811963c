package org.swarmsim.bittorrent.metainfo;

/**
 * Malformed bencoded input, or a bencoded value of the wrong shape. The message says what was
 * wrong and, when known, at which byte offset of the input ({@link #offset()}).
 */
public class BencodeException extends IllegalArgumentException {
    private final long offset;

    /**
     * @param problem what was wrong and what is allowed
     * @param offset  byte offset in the input where the problem was found, or -1 if unknown
     */
    public BencodeException(String problem, long offset) {
        super(offset >= 0 ? "at byte " + offset + ": " + problem : problem);
        this.offset = offset;
    }

    /** Byte offset in the input where the problem was found, or -1 if unknown. */
    public long offset() {
        return offset;
    }
}
