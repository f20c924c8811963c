package org.swarmsim.bittorrent.extension;

import org.swarmsim.bittorrent.wire.BitfieldMessage;
import org.swarmsim.bittorrent.wire.ExtensionHandshake;
import org.swarmsim.bittorrent.wire.ExtensionPayload;

/**
 * One extension's state on one connection (libtorrent's {@code peer_plugin}). Every hook has an
 * empty default. Hooks about received messages run when the message is delivered, before the
 * peer acts on it, as in libtorrent.
 */
public interface ConnectionPlugin {
    /**
     * Our extension handshake is being built: add this extension's entries (e.g.
     * {@code metadata_size}). The peer adds the extension's {@code m} entry itself.
     */
    default void addHandshakeEntries(ExtensionHandshake.Builder handshake) {
    }

    /**
     * The remote's extension handshake arrived (BEP 10 allows more than one; each adds to or
     * changes the ids of the ones before). {@link ConnectionHandle#remoteSupports} already reflects it.
     */
    default void onExtensionHandshake(ExtensionHandshake remote) {
    }

    /**
     * A message for this extension arrived (sent under the id we announced for it). In a simulation
     * it is the record the remote's plug-in sent; over real sockets it would be a
     * {@link org.swarmsim.bittorrent.wire.RawExtensionPayload} to parse.
     */
    default void onMessage(ExtensionPayload payload) {
    }

    /**
     * The remote sent a have (also before the metadata is known, when the peer only remembers it).
     * A have of a piece this peer had announced may be heard late, with the next message on the
     * connection ({@link org.swarmsim.net.Message#deliveryDeferrable}).
     */
    default void onHave(int piece) {
    }

    /**
     * The remote sent its bitfield (also before the metadata is known, when the peer only remembers it).
     * A have all (BEP 6) is heard as the full bitfield it stands for; a have none is not heard, like
     * the empty bitfield a peer may omit.
     */
    default void onBitfield(BitfieldMessage bitfield) {
    }

    /** The connection closed, from either side; {@code reason} says why. The last hook of a connection. */
    default void onClosed(String reason) {
    }
}
