package org.swarmsim.bittorrent.tex;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.swarmsim.bittorrent.extension.ConnectionHandle;
import org.swarmsim.bittorrent.extension.ConnectionPlugin;
import org.swarmsim.bittorrent.extension.TorrentHandle;
import org.swarmsim.bittorrent.extension.TorrentPlugin;
import org.swarmsim.bittorrent.metainfo.BencodeBytes;
import org.swarmsim.bittorrent.metainfo.InfoHash;
import org.swarmsim.bittorrent.piece.PieceLayout;
import org.swarmsim.bittorrent.tracker.PeerAddress;
import org.swarmsim.bittorrent.wire.ExtensionHandshake;
import org.swarmsim.bittorrent.wire.ExtensionPayload;

/**
 * A peer without a swarm for driving an lt_tex plug-in directly: a settable clock, an announce-list
 * the test edits (and which trackers work), and fake connections that record what is sent.
 */
final class FakeTorrent implements TorrentHandle {
    long now;
    final List<String> trackers = new ArrayList<>();
    final Set<String> working = new TreeSet<>();
    /** Every URL {@link #addTracker} was called with, in order (also the known ones). */
    final List<String> addCalls = new ArrayList<>();
    TorrentPlugin plugin;

    FakeTorrent(String... trackers) {
        this.trackers.addAll(List.of(trackers));
    }

    /** Creates the plug-in (the torrent's trackers are the list now). */
    FakeTorrent with(TexExtension tex) {
        plugin = tex.create(this);
        return this;
    }

    /** A connection passed its handshake; the remote sends an extension handshake with lt_tex and {@code tr} if {@code tex}. */
    FakeConnection connect(int remote, boolean tex, byte[] tr) {
        FakeConnection c = new FakeConnection(new PeerAddress(remote));
        c.plugin = plugin.newConnection(c);
        ExtensionHandshake.Builder ours = ExtensionHandshake.builder();
        c.plugin.addHandshakeEntries(ours);
        c.ourHandshake = ours.build();
        if (tex) {
            c.remoteSupportsTex = true;
            ExtensionHandshake.Builder b = ExtensionHandshake.builder().extension(TexExtension.NAME, 3);
            if (tr != null) {
                b.entry("tr", BencodeBytes.of(tr));
            }
            c.plugin.onExtensionHandshake(b.build());
        }
        return c;
    }

    /** Advances the clock by {@code nanos} and ticks the plug-in. */
    void tickAfter(long nanos) {
        now += nanos;
        plugin.tick();
    }

    @Override
    public List<String> trackers() {
        return List.copyOf(trackers);
    }

    @Override
    public Set<String> workingTrackers() {
        return java.util.Collections.unmodifiableSet(new TreeSet<>(working));
    }

    @Override
    public boolean addTracker(String url) {
        addCalls.add(url);
        if (trackers.contains(url)) {
            return false;
        }
        trackers.add(url);
        return true;
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
        throw new AssertionError("lt_tex hands over no peers");
    }

    @Override
    public long nowNanos() {
        return now;
    }

    /** A connection that records what its plug-in sends, with the time. */
    final class FakeConnection implements ConnectionHandle {
        /** One message sent. */
        record Sent(long nanos, TexMessage message) {
        }

        final PeerAddress remote;
        boolean remoteSupportsTex;
        boolean closed;
        ConnectionPlugin plugin;
        ExtensionHandshake ourHandshake;
        final List<Sent> sent = new ArrayList<>();

        FakeConnection(PeerAddress remote) {
            this.remote = remote;
        }

        void receive(ExtensionPayload payload) {
            plugin.onMessage(payload);
        }

        /** The URL lists sent, in order. */
        List<List<String>> sentLists() {
            return sent.stream().map(s -> s.message().added()).toList();
        }

        @Override
        public PeerAddress remote() {
            return remote;
        }

        @Override
        public boolean remoteSupports(String extension) {
            return remoteSupportsTex && extension.equals(TexExtension.NAME);
        }

        @Override
        public boolean send(ExtensionPayload payload) {
            if (!remoteSupportsTex || closed) {
                return false;
            }
            sent.add(new Sent(now, (TexMessage) payload));
            return true;
        }

        @Override
        public boolean initiated() {
            return true;
        }

        @Override
        public boolean remoteIsSeed() {
            return false;
        }

        @Override
        public void close(String reason) {
            if (!closed) {
                closed = true;
                plugin.onClosed(reason);
            }
        }

        @Override
        public boolean isClosed() {
            return closed;
        }
    }
}
