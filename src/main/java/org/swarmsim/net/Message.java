package org.swarmsim.net;

/**
 * Anything sent over a simulated connection: the network charges exactly
 * {@link #wireSize()} bytes for it. BitTorrent wire messages, tracker requests and KRPC messages
 * implement this with their real encoded sizes.
 */
public interface Message {
    /** Bytes this message occupies on the wire (including any length prefix). */
    int wireSize();
}
