package org.swarmsim.bittorrent.wire;

/** Unchoke (BEP 3, id 1): the sender will serve the receiver's requests; 5 bytes. Carries nothing: use {@link #INSTANCE}. */
public record Unchoke() implements PeerMessage {
    /** The one instance (records compare equal anyway; this avoids allocation). */
    public static final Unchoke INSTANCE = new Unchoke();

    @Override
    public int id() {
        return UNCHOKE;
    }

    @Override
    public int wireSize() {
        return 5;
    }
}
