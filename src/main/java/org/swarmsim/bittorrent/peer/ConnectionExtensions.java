package org.swarmsim.bittorrent.peer;

import java.util.HashMap;
import java.util.Map;
import org.swarmsim.bittorrent.extension.ConnectionHandle;
import org.swarmsim.bittorrent.extension.ConnectionPlugin;
import org.swarmsim.bittorrent.piece.Bitfield;
import org.swarmsim.bittorrent.tracker.PeerAddress;
import org.swarmsim.bittorrent.wire.BitfieldMessage;
import org.swarmsim.bittorrent.wire.ExtendedMessage;
import org.swarmsim.bittorrent.wire.ExtensionHandshake;
import org.swarmsim.bittorrent.wire.ExtensionPayload;
import org.swarmsim.bittorrent.wire.Have;
import org.swarmsim.bittorrent.wire.HaveAll;
import org.swarmsim.bittorrent.wire.PeerMessage;

/**
 * One connection's BEP 10 state, for a peer with extensions: its connection plug-ins by local
 * extended id, the ids the remote announced, and a {@link ConnectionHandle} per plug-in. Created
 * when the connection passes its BitTorrent handshake.
 */
final class ConnectionExtensions {
    /** The {@code v} of our extension handshake (the client the peer id's {@code -SS0010-} names). */
    static final String CLIENT_VERSION = "swarmsim 0.1";
    /** The name {@link SwarmListener#onExtensionSent} gives the extension handshake. */
    static final String HANDSHAKE = "extension_handshake";

    private final PeerExtensions extensions;
    private final PeerConnection connection;
    /** Both sides set the extension-protocol bit: extension handshakes and messages flow. */
    private final boolean extensionProtocol;
    /** By local id minus one; null where the extension stayed out of this connection. */
    private final ConnectionPlugin[] plugins;
    private final Map<String, Integer> remoteIds = new HashMap<>();   // lookups only, never iterated

    ConnectionExtensions(PeerExtensions extensions, PeerConnection connection, boolean remoteSpeaksBep10) {
        this.extensions = extensions;
        this.connection = connection;
        this.extensionProtocol = remoteSpeaksBep10;
        this.plugins = new ConnectionPlugin[extensions.count()];
    }

    /**
     * Creates the connection plug-ins, then, if both sides speak BEP 10, sends our extension
     * handshake: {@code m} names each extension that has a plug-in here under its local id.
     */
    void start() {
        for (int i = 0; i < plugins.length && !connection.closed; i++) {
            plugins[i] = extensions.plugin(i).newConnection(new Handle(extensions.name(i)));
        }
        if (!extensionProtocol || connection.closed) {
            return;
        }
        ExtensionHandshake.Builder h = ExtensionHandshake.builder()
                .listenPort(PeerAddress.PORT)
                .clientVersion(CLIENT_VERSION);
        for (int i = 0; i < plugins.length; i++) {
            if (plugins[i] != null) {
                plugins[i].addHandshakeEntries(h);
            }
        }
        for (int i = 0; i < plugins.length; i++) {
            if (plugins[i] != null) {
                h.extension(extensions.name(i), i + 1);
            }
        }
        ExtendedMessage handshake = ExtendedMessage.handshake(h.build());
        connection.send(handshake);
        connection.owner.swarm().onExtensionSent(connection.owner, HANDSHAKE, handshake.wireSize());
    }

    /** An extended message arrived: a handshake for every plug-in, another to the plug-in of its id. */
    void onExtended(ExtendedMessage m) {
        if (!extensionProtocol) {
            return;   // the remote did not announce BEP 10: not a message it may send
        }
        if (m.extendedId() == ExtendedMessage.HANDSHAKE_ID) {
            ExtensionHandshake h = (ExtensionHandshake) m.payload();
            remoteIds.putAll(h.extensions());   // BEP 10: later handshakes add to or change the ids
            for (int i = 0; i < plugins.length && !connection.closed; i++) {
                if (plugins[i] != null) {
                    plugins[i].onExtensionHandshake(h);
                }
            }
            return;
        }
        int index = m.extendedId() - 1;
        if (index < plugins.length && plugins[index] != null) {
            plugins[index].onMessage(m.payload());
        }
        // BEP 10: a message under an id we did not announce is ignored
    }

    /** A have or bitfield arrived (before the peer acts on it). */
    void onPieceInformation(PeerMessage m) {
        BitfieldMessage all = m instanceof HaveAll ? fullBitfield() : null;
        for (int i = 0; i < plugins.length && !connection.closed; i++) {
            if (plugins[i] == null) {
                continue;
            }
            if (m instanceof Have h) {
                plugins[i].onHave(h.piece());
            } else if (m instanceof BitfieldMessage b) {
                plugins[i].onBitfield(b);
            } else if (all != null) {
                plugins[i].onBitfield(all);
            }
            // have none (BEP 6) stands for the bitfield a peer without pieces omits: not heard
        }
    }

    /** What a have all (BEP 6) stands for: the bitfield of every piece (the peer knows the count even before the metadata). */
    private BitfieldMessage fullBitfield() {
        Bitfield all = Bitfield.full(connection.owner.have().size());
        return new BitfieldMessage(all.toWireBytes(), all.size());
    }

    /** The connection is closed: the last hook of every plug-in on it. */
    void onClosed(String reason) {
        for (ConnectionPlugin p : plugins) {
            if (p != null) {
                p.onClosed(reason);
            }
        }
    }

    /** What the plug-in of one extension may do on this connection. */
    private final class Handle implements ConnectionHandle {
        private final String extension;
        private final PeerAddress remote;

        Handle(String extension) {
            this.extension = extension;
            this.remote = new PeerAddress(connection.remote.id());
        }

        @Override
        public PeerAddress remote() {
            return remote;
        }

        @Override
        public boolean remoteSupports(String name) {
            return remoteIds.getOrDefault(name, 0) != 0;
        }

        @Override
        public boolean send(ExtensionPayload payload) {
            int id = remoteIds.getOrDefault(extension, 0);
            if (id == 0 || connection.closed) {
                return false;
            }
            ExtendedMessage m = new ExtendedMessage(id, payload);
            connection.send(m);
            connection.owner.swarm().onExtensionSent(connection.owner, extension, m.wireSize());
            return true;
        }

        @Override
        public boolean initiated() {
            return connection.initiated;
        }

        @Override
        public boolean remoteIsSeed() {
            return connection.remoteHas != null && connection.remoteHas.isComplete();
        }

        @Override
        public void close(String reason) {
            connection.owner.dropConnection(connection, reason);
        }

        @Override
        public boolean isClosed() {
            return connection.closed;
        }

        @Override
        public String toString() {
            return connection + " " + extension;
        }
    }
}
