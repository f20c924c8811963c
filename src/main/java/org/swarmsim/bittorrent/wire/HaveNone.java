package org.swarmsim.bittorrent.wire;

/** Have none (BEP 6, id 0x0F): replaces an empty bitfield; 5 bytes. Carries nothing: use {@link #INSTANCE}. */
public record HaveNone() implements PeerMessage {
    /** The one instance (records compare equal anyway; this avoids allocation). */
    public static final HaveNone INSTANCE = new HaveNone();

    @Override
    public int id() {
        return HAVE_NONE;
    }

    @Override
    public int wireSize() {
        return 5;
    }
}
