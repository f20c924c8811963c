package org.swarmsim.bittorrent.extension;

import org.swarmsim.bittorrent.tracker.PeerAddress;
import org.swarmsim.bittorrent.wire.ExtensionPayload;

/** What a {@link ConnectionPlugin} may see and do on its connection; one handle per extension and connection. */
public interface ConnectionHandle {
    /** The far end's address (all a peer knows of it). */
    PeerAddress remote();

    /**
     * Whether the remote announced {@code extension} (a nonzero id for that name in its extension
     * handshakes so far); false before its extension handshake and if it does not speak BEP 10.
     */
    boolean remoteSupports(String extension);

    /**
     * Sends {@code payload} to the remote under the remote's id for this handle's extension.
     * Returns false, sending nothing, if the remote does not support the extension (see
     * {@link #remoteSupports}) or the connection is closed.
     */
    boolean send(ExtensionPayload payload);

    /** Whether we opened the connection (so the remote accepts incoming connections: PEX's reachable flag). */
    boolean initiated();

    /**
     * Whether the remote has every piece, as far as its bitfield and haves say (false while our
     * peer lacks the metadata: it cannot tell; PEX's seed flag).
     */
    boolean remoteIsSeed();

    /** Closes the connection from our side; every plug-in on it hears {@code onClosed(reason)}. */
    void close(String reason);

    /** Whether the connection is closed. */
    boolean isClosed();
}
