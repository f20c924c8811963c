package org.swarmsim.bittorrent.wire;

/** Have all (BEP 6, id 0x0E): replaces the bitfield of a seed; 5 bytes. Carries nothing: use {@link #INSTANCE}. */
public record HaveAll() implements PeerMessage {
    /** The one instance (records compare equal anyway; this avoids allocation). */
    public static final HaveAll INSTANCE = new HaveAll();

    @Override
    public int id() {
        return HAVE_ALL;
    }

    @Override
    public int wireSize() {
        return 5;
    }
}
