package org.swarmsim.bittorrent.extension;

import java.util.List;
import org.swarmsim.bittorrent.metainfo.InfoHash;
import org.swarmsim.bittorrent.piece.PieceLayout;
import org.swarmsim.bittorrent.tracker.PeerAddress;

/** What a {@link TorrentPlugin} may see and do of its peer. */
public interface TorrentHandle {
    /** The torrent's info-hash (known even without the metadata). */
    InfoHash infoHash();

    /** Whether the peer knows the metadata (false for a peer started from a magnet link, until it arrives). */
    boolean hasMetadata();

    /**
     * Delivers the metadata to a peer that started without it (BEP 9's job): the peer creates its
     * piece picker and its connections' views of the remotes' pieces, applies the bitfields and
     * haves it has received so far, and every plug-in hears {@link TorrentPlugin#onMetadata}.
     * Ignored if the peer has the metadata already.
     *
     * @param layout the layout the metadata describes; must be the torrent's (the info-hash
     *               commits to it, so a plug-in checks the metadata's hash before delivering it)
     */
    void metadataReceived(PieceLayout layout);

    /** Whether the peer has every piece. */
    boolean isSeed();

    /**
     * Peers to remember and connect to when the connection limits allow (PEX's added peers);
     * {@code source} names where they came from in the outputs (the extension's name, e.g. {@code ut_pex}).
     */
    void addCandidates(String source, List<PeerAddress> peers);

    /** The tracker URLs the peer knows, its announce-list's tiers in order (empty without trackers). */
    default List<String> trackers() {
        return List.of();
    }

    /** The trackers whose last announce was answered (BEP 28 sends only those), sorted. */
    default java.util.Set<String> workingTrackers() {
        return java.util.Set.of();
    }

    /**
     * Adds a tracker heard of from another peer (BEP 28) to the end of the announce-list, as a tier
     * of its own; false if the peer knew it, or has no tracker client (a trackerless swarm).
     */
    default boolean addTracker(String url) {
        return false;
    }

    /** The simulated time now, in nanoseconds. */
    long nowNanos();
}
