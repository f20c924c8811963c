package org.swarmsim.bittorrent.wire;

/** Not interested (BEP 3, id 3); 5 bytes. Carries nothing: use {@link #INSTANCE}. */
public record NotInterested() implements PeerMessage {
    /** The one instance (records compare equal anyway; this avoids allocation). */
    public static final NotInterested INSTANCE = new NotInterested();

    @Override
    public int id() {
        return NOT_INTERESTED;
    }

    @Override
    public int wireSize() {
        return 5;
    }
}
