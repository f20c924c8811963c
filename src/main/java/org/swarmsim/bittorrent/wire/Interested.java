package org.swarmsim.bittorrent.wire;

/** Interested (BEP 3, id 2): the sender wants pieces the receiver has; 5 bytes. Carries nothing: use {@link #INSTANCE}. */
public record Interested() implements PeerMessage {
    /** The one instance (records compare equal anyway; this avoids allocation). */
    public static final Interested INSTANCE = new Interested();

    @Override
    public int id() {
        return INTERESTED;
    }

    @Override
    public int wireSize() {
        return 5;
    }
}
