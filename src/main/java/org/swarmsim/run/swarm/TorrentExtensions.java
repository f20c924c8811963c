package org.swarmsim.run.swarm;

import org.swarmsim.bittorrent.metadata.MetadataExtension;
import org.swarmsim.bittorrent.metadata.MetadataStats;
import org.swarmsim.bittorrent.metainfo.Torrent;
import org.swarmsim.bittorrent.peer.Behaviour;
import org.swarmsim.bittorrent.piece.PieceLayout;
import org.swarmsim.discovery.SwarmSetup;

/**
 * The BEP 10 extensions a swarm's torrent needs, installed after the discovery sources' own: with
 * magnet joins ({@code population.leechers.magnet} above 0) every peer runs {@code ut_metadata}
 * (BEP 9), those with the metadata serving it; a corrupter serves corrupt metadata pieces, as it
 * sends corrupt blocks.
 */
final class TorrentExtensions {
    private TorrentExtensions() {
    }

    static void install(SwarmSetup setup, Torrent torrent, PieceLayout layout, SwarmSpec spec) {
        if (spec.population().leechers().magnetShare() <= 0) {
            return;
        }
        MetadataExtension honest = new MetadataExtension(torrent, layout.blockBytes(), false, new MetadataStats());
        MetadataExtension corrupt = honest.corrupter();
        setup.addExtension(honest, p -> p.behaviour() != Behaviour.CORRUPTER);
        setup.addExtension(corrupt, p -> p.behaviour() == Behaviour.CORRUPTER);
    }
}
