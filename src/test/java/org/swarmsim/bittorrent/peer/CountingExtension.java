package org.swarmsim.bittorrent.peer;

import java.nio.ByteBuffer;
import org.swarmsim.bittorrent.extension.ConnectionHandle;
import org.swarmsim.bittorrent.extension.ConnectionPlugin;
import org.swarmsim.bittorrent.extension.Extension;
import org.swarmsim.bittorrent.extension.TorrentHandle;
import org.swarmsim.bittorrent.extension.TorrentPlugin;
import org.swarmsim.bittorrent.wire.BitfieldMessage;
import org.swarmsim.bittorrent.wire.ExtensionHandshake;
import org.swarmsim.bittorrent.wire.ExtensionPayload;

/**
 * A test extension that counts every hook its plug-ins hear (over all peers that have it) and
 * sends one {@link Ping} to every remote whose extension handshake names it.
 */
final class CountingExtension implements Extension {
    static final String NAME = "test_counter";

    /** The extension's only message: 4 bytes. */
    record Ping(int sequence) implements ExtensionPayload {
        @Override
        public int size() {
            return 4;
        }

        @Override
        public void encode(ByteBuffer out) {
            out.putInt(sequence);
        }
    }

    int torrentPlugins;
    int connections;
    int extensionHandshakes;
    int pingsSent;
    int pingsReceived;
    int otherMessages;
    int haves;
    int bitfields;
    int closed;
    int piecesVerified;
    int ticks;
    int metadata;
    /** Times the remote was said to support something before its extension handshake arrived. */
    int supportBeforeHandshake;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public TorrentPlugin create(TorrentHandle torrent) {
        torrentPlugins++;
        return new TorrentPlugin() {
            @Override
            public ConnectionPlugin newConnection(ConnectionHandle connection) {
                connections++;
                if (connection.remoteSupports(NAME)) {
                    supportBeforeHandshake++;
                }
                return new Counter(connection);
            }

            @Override
            public void onPieceVerified(int piece) {
                piecesVerified++;
            }

            @Override
            public void tick() {
                ticks++;
            }

            @Override
            public void onMetadata() {
                metadata++;
            }
        };
    }

    private final class Counter implements ConnectionPlugin {
        private final ConnectionHandle connection;

        Counter(ConnectionHandle connection) {
            this.connection = connection;
        }

        @Override
        public void onExtensionHandshake(ExtensionHandshake remote) {
            extensionHandshakes++;
            if (remote.supports(NAME) && connection.send(new Ping(pingsSent))) {
                pingsSent++;
            }
        }

        @Override
        public void onMessage(ExtensionPayload payload) {
            if (payload instanceof Ping) {
                pingsReceived++;
            } else {
                otherMessages++;
            }
        }

        @Override
        public void onHave(int piece) {
            haves++;
        }

        @Override
        public void onBitfield(BitfieldMessage bitfield) {
            bitfields++;
        }

        @Override
        public void onClosed(String reason) {
            closed++;
        }
    }
}
