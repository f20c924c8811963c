package org.swarmsim.gnutella;

import org.swarmsim.net.Message;

/**
 * The requester's answer to a {@link WalkCheck}: go on walking, or stop because the query is
 * satisfied (or the requester no longer searches). A descriptor header and one byte.
 */
public record WalkVerdict(long ticket, boolean goOn, int search) implements Message {
    public static final int WIRE_SIZE = 24;

    @Override
    public int wireSize() {
        return WIRE_SIZE;
    }
}
