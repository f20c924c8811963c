package org.swarmsim.bittorrent.pex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.swarmsim.bittorrent.extension.ConnectionHandle;
import org.swarmsim.bittorrent.extension.ConnectionPlugin;
import org.swarmsim.bittorrent.extension.TorrentHandle;
import org.swarmsim.bittorrent.extension.TorrentPlugin;
import org.swarmsim.bittorrent.metainfo.InfoHash;
import org.swarmsim.bittorrent.piece.PieceLayout;
import org.swarmsim.bittorrent.tracker.PeerAddress;
import org.swarmsim.bittorrent.wire.ExtensionHandshake;
import org.swarmsim.bittorrent.wire.ExtensionPayload;

/** A peer without a swarm for driving a PEX plug-in directly: a settable clock and fake connections. */
final class FakePeer implements TorrentHandle {
    /** One message a fake connection was asked to send. */
    record Sent(long nanos, PexMessage message) {
    }

    long now;
    final List<List<PeerAddress>> candidates = new ArrayList<>();
    final TorrentPlugin plugin;
    /** Open connections by remote node id, in the order they opened. */
    final Map<Integer, FakeConnection> open = new LinkedHashMap<>();

    FakePeer(PexExtension pex) {
        plugin = pex.create(this);
    }

    /** A connection to node {@code remote} passed its handshake; its remote announces ut_pex if {@code pex}. */
    FakeConnection connect(int remote, boolean initiated, boolean seed, boolean pex) {
        FakeConnection c = new FakeConnection(this, new PeerAddress(remote), initiated, seed);
        open.put(remote, c);
        c.plugin = plugin.newConnection(c);
        if (pex) {
            c.remoteSupportsPex = true;
            c.plugin.onExtensionHandshake(ExtensionHandshake.builder().extension(PexExtension.NAME, 1).build());
        }
        return c;
    }

    @Override
    public InfoHash infoHash() {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean hasMetadata() {
        return true;
    }

    @Override
    public void metadataReceived(PieceLayout layout) {
    }

    @Override
    public boolean isSeed() {
        return false;
    }

    @Override
    public void addCandidates(String source, List<PeerAddress> peers) {
        if (!source.equals(PexExtension.NAME)) {
            throw new AssertionError("source " + source);
        }
        candidates.add(peers);
    }

    @Override
    public long nowNanos() {
        return now;
    }

    /** A connection that records what its plug-in sends. */
    static final class FakeConnection implements ConnectionHandle {
        final FakePeer owner;
        final PeerAddress remote;
        final boolean initiated;
        final boolean seed;
        boolean remoteSupportsPex;
        boolean closed;
        String closeReason;
        ConnectionPlugin plugin;
        final List<Sent> sent = new ArrayList<>();

        FakeConnection(FakePeer owner, PeerAddress remote, boolean initiated, boolean seed) {
            this.owner = owner;
            this.remote = remote;
            this.initiated = initiated;
            this.seed = seed;
        }

        /** The remote sends us {@code payload}. */
        void receive(ExtensionPayload payload) {
            plugin.onMessage(payload);
        }

        /** The connection closes (from the remote's side, or ours). */
        void closed(String reason) {
            if (!closed) {
                closed = true;
                closeReason = reason;
                owner.open.remove(remote.nodeId(), this);
                plugin.onClosed(reason);
            }
        }

        @Override
        public PeerAddress remote() {
            return remote;
        }

        @Override
        public boolean remoteSupports(String extension) {
            return remoteSupportsPex && extension.equals(PexExtension.NAME);
        }

        @Override
        public boolean send(ExtensionPayload payload) {
            if (!remoteSupportsPex || closed) {
                return false;
            }
            sent.add(new Sent(owner.now, (PexMessage) payload));
            return true;
        }

        @Override
        public boolean initiated() {
            return initiated;
        }

        @Override
        public boolean remoteIsSeed() {
            return seed;
        }

        @Override
        public void close(String reason) {
            closed(reason);
        }

        @Override
        public boolean isClosed() {
            return closed;
        }
    }
}
