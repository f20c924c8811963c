package org.swarmsim.bittorrent.metadata;

import java.util.Objects;
import java.util.function.Function;
import org.swarmsim.bittorrent.extension.Extension;
import org.swarmsim.bittorrent.extension.TorrentHandle;
import org.swarmsim.bittorrent.extension.TorrentPlugin;
import org.swarmsim.bittorrent.metainfo.Torrent;
import org.swarmsim.bittorrent.piece.PieceLayout;

/**
 * BEP 9 metadata exchange ({@code ut_metadata}): peers that have the metadata announce
 * {@code metadata_size} in their extension handshake and answer requests for its 16 KiB pieces;
 * a peer started from a magnet link fetches the pieces from such remotes (at most
 * 2 requests out per connection, pieces spread over
 * connections, a rejected piece or one lost with its connection asked of another), checks the
 * hash of the whole against the info-hash (SHA-1, or SHA-256 truncated to 20 bytes for a v2
 * torrent), parses the info dictionary and delivers its
 * {@link PieceLayout} ({@link TorrentHandle#metadataReceived}). A set of pieces that fails the check
 * is counted and discarded, and the connections that supplied it are not asked again while others
 * have the metadata (when none do, one of them at a time is, and one that alone supplied a failed
 * set is never asked again).
 *
 * <p>One instance per behaviour: peers that serve corrupt pieces (a corrupter) get an instance made
 * with {@code corrupt}, the others an honest one; all of a swarm's instances share one
 * {@link MetadataStats}.
 *
 * <pre>{@code
 * MetadataStats stats = new MetadataStats();
 * MetadataExtension honest = new MetadataExtension(torrent, PieceLayout.DEFAULT_BLOCK_BYTES, false, stats);
 * builder.extensions(List.of(honest));
 * swarm.addPeer(seedSpec.withBehaviour(Behaviour.CORRUPTER), List.of(honest.corrupter()));
 * }</pre>
 */
public final class MetadataExtension implements Extension {
    /** The extension's BEP 10 name. */
    public static final String NAME = "ut_metadata";
    /** Largest {@code metadata_size} a peer accepts from a handshake: 4 MiB. */
    public static final int MAX_METADATA_BYTES = 4 * 1024 * 1024;

    private final Torrent torrent;
    private final byte[] infoBytes;
    private final Function<Torrent, PieceLayout> layoutOf;
    private final boolean corrupt;
    private final MetadataStats stats;

    /**
     * @param torrent  the torrent whose info dictionary peers with the metadata serve
     * @param layoutOf the piece layout of the torrent a peer parsed from the fetched metadata
     *                 (must be the swarm's layout)
     * @param corrupt  whether this instance's peers serve data pieces with a flipped byte
     * @param stats    the counters of the swarm
     */
    public MetadataExtension(Torrent torrent, Function<Torrent, PieceLayout> layoutOf, boolean corrupt,
                             MetadataStats stats) {
        this.torrent = Objects.requireNonNull(torrent, "torrent");
        this.layoutOf = Objects.requireNonNull(layoutOf, "layoutOf");
        this.stats = Objects.requireNonNull(stats, "stats");
        this.corrupt = corrupt;
        this.infoBytes = torrent.infoBytes();
        if (infoBytes.length > MAX_METADATA_BYTES) {
            throw new IllegalArgumentException("the info dictionary of " + torrent + " is " + infoBytes.length
                    + " bytes, more than the " + MAX_METADATA_BYTES + " a ut_metadata peer accepts");
        }
    }

    /**
     * As {@link #MetadataExtension(Torrent, Function, boolean, MetadataStats)}, the layout being the
     * torrent's pieces in requests of {@code blockBytes} (the swarm's {@link PieceLayout#blockBytes()}).
     */
    public MetadataExtension(Torrent torrent, int blockBytes, boolean corrupt, MetadataStats stats) {
        this(torrent, t -> new PieceLayout(t.totalBytes(), t.pieceLengthBytes(),
                Math.min(blockBytes, t.pieceLengthBytes())), corrupt, stats);
    }

    /** The same extension, sharing the statistics, whose peers serve corrupt data pieces. */
    public MetadataExtension corrupter() {
        return new MetadataExtension(torrent, layoutOf, true, stats);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public TorrentPlugin create(TorrentHandle handle) {
        return new MetadataPlugin(handle, this, stats.register());
    }

    /** The counters this extension's peers add to. */
    public MetadataStats stats() {
        return stats;
    }

    /** Whether this instance's peers serve corrupt pieces. */
    public boolean corrupt() {
        return corrupt;
    }

    /** The info dictionary's bytes (shared; not to be changed). */
    byte[] infoBytes() {
        return infoBytes;
    }

    PieceLayout layoutOf(Torrent parsed) {
        return layoutOf.apply(parsed);
    }

    @Override
    public String toString() {
        return "MetadataExtension[" + torrent.name() + ", " + infoBytes.length + " bytes" + (corrupt ? ", corrupt" : "")
                + "]";
    }
}
