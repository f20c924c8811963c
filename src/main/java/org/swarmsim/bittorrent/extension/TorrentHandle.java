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

    /** The simulated time now, in nanoseconds. */
    long nowNanos();
}
