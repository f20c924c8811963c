package org.swarmsim.gnutella.wire;

/** Bytes that are not a valid Gnutella descriptor; the message says what was wrong. */
public class DescriptorFormatException extends IllegalArgumentException {
    /** @param problem what was wrong with the bytes */
    public DescriptorFormatException(String problem) {
        super(problem);
    }
}
