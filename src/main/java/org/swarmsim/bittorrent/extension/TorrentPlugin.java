package org.swarmsim.bittorrent.extension;

/**
 * One extension's state in one peer (libtorrent's {@code torrent_plugin}). Every hook but
 * {@link #newConnection} has an empty default.
 */
public interface TorrentPlugin {
    /**
     * A connection passed its BitTorrent handshake (the info-hash matched): this extension's state
     * for it, or null to stay out of it (the extension is then not announced on that connection).
     * Called before the extension handshake is sent, for every connection, whether or not the
     * remote supports the extension protocol.
     */
    ConnectionPlugin newConnection(ConnectionHandle connection);

    /** A piece passed its hash check. */
    default void onPieceVerified(int piece) {
    }

    /** Once every choke round (every rechoke interval, 10 s by default), after the choker's decision. */
    default void tick() {
    }

    /**
     * The metadata arrived ({@link TorrentHandle#metadataReceived}), and the bitfields and haves
     * received before it have been applied. Only heard by a peer that started without metadata.
     */
    default void onMetadata() {
    }
}
