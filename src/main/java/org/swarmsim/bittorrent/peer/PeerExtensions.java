package org.swarmsim.bittorrent.peer;

import java.util.ArrayList;
import java.util.List;
import org.swarmsim.bittorrent.extension.Extension;
import org.swarmsim.bittorrent.extension.TorrentHandle;
import org.swarmsim.bittorrent.extension.TorrentPlugin;
import org.swarmsim.bittorrent.metainfo.InfoHash;
import org.swarmsim.bittorrent.piece.PieceLayout;
import org.swarmsim.bittorrent.tracker.PeerAddress;

/**
 * A peer's BitTorrent extensions, after libtorrent's plug-ins: one {@link TorrentPlugin} per
 * {@link Extension} of the swarm, in registration order, which gives each extension its local
 * extended id (its position plus one, so 1..n). This is also the plug-ins' {@link TorrentHandle} on
 * the peer. A peer without extensions sets no reserved bit and creates nothing per connection.
 */
final class PeerExtensions implements TorrentHandle {
    private final Peer peer;
    private final String[] names;
    private final TorrentPlugin[] plugins;

    PeerExtensions(Peer peer, List<Extension> extensions) {
        this.peer = peer;
        this.names = new String[extensions.size()];
        this.plugins = new TorrentPlugin[extensions.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = extensions.get(i).name();
            plugins[i] = extensions.get(i).create(this);
            if (plugins[i] == null) {
                throw new IllegalStateException("extension " + names[i] + " created no plug-in for " + peer.name());
            }
        }
    }

    /** Whether the peer has no extension (and so does not speak BEP 10). */
    boolean isEmpty() {
        return plugins.length == 0;
    }

    int count() {
        return plugins.length;
    }

    /** The name of the extension with local id {@code index + 1}. */
    String name(int index) {
        return names[index];
    }

    TorrentPlugin plugin(int index) {
        return plugins[index];
    }

    /**
     * The BEP 10 state of connection {@code c}, which just passed its handshake, or null if the
     * peer has no extensions; {@code remoteSpeaksBep10}: the remote set the reserved bit.
     */
    ConnectionExtensions attach(PeerConnection c, boolean remoteSpeaksBep10) {
        return isEmpty() ? null : new ConnectionExtensions(this, c, remoteSpeaksBep10);
    }

    void onPieceVerified(int piece) {
        for (TorrentPlugin p : plugins) {
            p.onPieceVerified(piece);
        }
    }

    void tick() {
        for (TorrentPlugin p : plugins) {
            p.tick();
        }
    }

    void onMetadata() {
        for (TorrentPlugin p : plugins) {
            p.onMetadata();
        }
    }

    // ------------------------------------------------------------------ the plug-ins' handle

    @Override
    public InfoHash infoHash() {
        return peer.infoHash();
    }

    @Override
    public boolean hasMetadata() {
        return peer.hasMetadata();
    }

    @Override
    public void metadataReceived(PieceLayout layout) {
        peer.metadataReceived(layout);
    }

    @Override
    public List<String> trackers() {
        List<String> out = new ArrayList<>();
        for (List<String> tier : peer.announceList()) {
            out.addAll(tier);
        }
        return out;
    }

    @Override
    public java.util.Set<String> workingTrackers() {
        TrackerClient t = peer.trackerClient();
        return t == null ? java.util.Set.of() : t.working();
    }

    @Override
    public boolean addTracker(String url) {
        TrackerClient t = peer.trackerClient();
        return t != null && t.addTracker(url);
    }

    @Override
    public boolean isSeed() {
        return peer.isSeed();
    }

    @Override
    public void addCandidates(String source, List<PeerAddress> peers) {
        List<Integer> ids = new ArrayList<>(peers.size());
        for (PeerAddress a : peers) {
            ids.add(a.nodeId());
        }
        peer.addCandidates(source, ids);
    }

    @Override
    public long nowNanos() {
        return peer.now();
    }

    @Override
    public String toString() {
        return peer.name() + " extensions " + List.of(names);
    }
}
