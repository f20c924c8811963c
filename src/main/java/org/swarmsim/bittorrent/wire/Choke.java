package org.swarmsim.bittorrent.wire;

/** Choke (BEP 3, id 0): the sender will not serve the receiver's requests; 5 bytes. Carries nothing: use {@link #INSTANCE}. */
public record Choke() implements PeerMessage {
    /** The one instance (records compare equal anyway; this avoids allocation). */
    public static final Choke INSTANCE = new Choke();

    @Override
    public int id() {
        return CHOKE;
    }

    @Override
    public int wireSize() {
        return 5;
    }
}
