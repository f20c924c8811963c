package org.swarmsim.bittorrent.wire;

/** Keep-alive (BEP 3): a zero length prefix, 4 bytes. Carries nothing: use {@link #INSTANCE}. */
public record KeepAlive() implements PeerMessage {
    /** The one instance (records compare equal anyway; this avoids allocation). */
    public static final KeepAlive INSTANCE = new KeepAlive();

    @Override
    public int id() {
        return -1;
    }

    @Override
    public int wireSize() {
        return 4;
    }
}
