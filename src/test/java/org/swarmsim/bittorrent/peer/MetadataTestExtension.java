package org.swarmsim.bittorrent.peer;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.swarmsim.bittorrent.extension.ConnectionHandle;
import org.swarmsim.bittorrent.extension.ConnectionPlugin;
import org.swarmsim.bittorrent.extension.Extension;
import org.swarmsim.bittorrent.extension.TorrentHandle;
import org.swarmsim.bittorrent.extension.TorrentPlugin;
import org.swarmsim.bittorrent.piece.PieceLayout;
import org.swarmsim.bittorrent.wire.BitfieldMessage;
import org.swarmsim.bittorrent.wire.ExtensionHandshake;
import org.swarmsim.bittorrent.wire.ExtensionPayload;

/**
 * A stand-in for BEP 9 in tests: peers with the metadata announce {@code metadata_size} in their
 * extension handshake; a peer without it asks the first such remote for it and, when the answer
 * (as many bytes as the metadata) arrives, delivers the layout. Each plug-in also records, per
 * remote, every piece announced to it (bitfields and haves), and how many came before the metadata.
 */
final class MetadataTestExtension implements Extension {
    static final String NAME = "test_metadata";
    static final int METADATA_BYTES = 30_000;

    /** "Send me the metadata": 1 byte. */
    record Request() implements ExtensionPayload {
        @Override
        public int size() {
            return 1;
        }

        @Override
        public void encode(ByteBuffer out) {
            out.put((byte) 0);
        }
    }

    /** The metadata: {@code bytes} of it. */
    record Answer(int bytes) implements ExtensionPayload {
        @Override
        public int size() {
            return bytes;
        }

        @Override
        public void encode(ByteBuffer out) {
            out.put(new byte[bytes]);
        }
    }

    private final PieceLayout layout;
    private final boolean answers;
    /** Called at every {@code onMetadata}, with the plug-in that heard it. */
    private final Consumer<Plugin> metadataCheck;
    /** Every peer's plug-in, in peer creation order. */
    final List<Plugin> plugins = new ArrayList<>();

    /** {@code answers}: whether peers with the metadata hand it out. */
    MetadataTestExtension(PieceLayout layout, boolean answers, Consumer<Plugin> onMetadata) {
        this.layout = layout;
        this.answers = answers;
        this.metadataCheck = onMetadata;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public TorrentPlugin create(TorrentHandle torrent) {
        Plugin p = new Plugin(torrent);
        plugins.add(p);
        return p;
    }

    /** One peer's plug-in. */
    final class Plugin implements TorrentPlugin {
        final TorrentHandle torrent;
        /** Node id of each remote -> the pieces it announced on its current connection. */
        final Map<Integer, TreeSet<Integer>> announced = new HashMap<>();
        boolean requested;
        int earlyBitfields;
        int earlyHaves;
        int metadataHeard;
        int answersSent;

        Plugin(TorrentHandle torrent) {
            this.torrent = torrent;
        }

        @Override
        public ConnectionPlugin newConnection(ConnectionHandle connection) {
            announced.put(connection.remote().nodeId(), new TreeSet<>());
            return new OnConnection(this, connection);
        }

        @Override
        public void onMetadata() {
            metadataHeard++;
            metadataCheck.accept(this);
        }
    }

    private final class OnConnection implements ConnectionPlugin {
        private final Plugin plugin;
        private final ConnectionHandle connection;

        OnConnection(Plugin plugin, ConnectionHandle connection) {
            this.plugin = plugin;
            this.connection = connection;
        }

        @Override
        public void addHandshakeEntries(ExtensionHandshake.Builder handshake) {
            if (plugin.torrent.hasMetadata()) {
                handshake.metadataSize(METADATA_BYTES);
            }
        }

        @Override
        public void onExtensionHandshake(ExtensionHandshake remote) {
            if (!plugin.torrent.hasMetadata() && !plugin.requested && remote.metadataSizeBytes().isPresent()) {
                plugin.requested = connection.send(new Request());
            }
        }

        @Override
        public void onMessage(ExtensionPayload payload) {
            if (payload instanceof Request && answers && plugin.torrent.hasMetadata()) {
                connection.send(new Answer(METADATA_BYTES));
                plugin.answersSent++;
            } else if (payload instanceof Answer) {
                plugin.torrent.metadataReceived(layout);
            }
        }

        @Override
        public void onBitfield(BitfieldMessage bitfield) {
            if (!plugin.torrent.hasMetadata()) {
                plugin.earlyBitfields++;
            }
            TreeSet<Integer> pieces = plugin.announced.get(connection.remote().nodeId());
            for (int i = 0; i < bitfield.pieceCount(); i++) {
                if (bitfield.has(i)) {
                    pieces.add(i);
                }
            }
        }

        @Override
        public void onHave(int piece) {
            if (!plugin.torrent.hasMetadata()) {
                plugin.earlyHaves++;
            }
            plugin.announced.get(connection.remote().nodeId()).add(piece);
        }

        @Override
        public void onClosed(String reason) {
            plugin.announced.remove(connection.remote().nodeId());
        }
    }
}
