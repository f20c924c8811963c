package org.swarmsim.bittorrent.wire;

/** Bytes that are not a valid peer wire message; the message says what was wrong and what is allowed. */
public class WireFormatException extends IllegalArgumentException {
    /** @param problem what was wrong and what is allowed */
    public WireFormatException(String problem) {
        super(problem);
    }
}
