package org.swarmsim.gnutella;

import org.swarmsim.net.Message;

/**
 * A random walker checking back with its requester (Lv et al., ICS 2002: "the walker
 * periodically checks with the original requestor before walking to the next node"): a
 * datagram from the node holding the walker to the requester, answered by {@link WalkVerdict}.
 * Sized as a descriptor header (23 bytes): the query's GUID is all it needs to name.
 *
 * @param guidId the query's GUID (its simulator id)
 * @param ticket the asking node's number for the waiting walker
 * @param search the measured search it belongs to (the run's statistics), or -1
 */
public record WalkCheck(long guidId, long ticket, int search) implements Message {
    public static final int WIRE_SIZE = 23;

    @Override
    public int wireSize() {
        return WIRE_SIZE;
    }
}
