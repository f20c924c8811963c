package org.swarmsim.run.swarm;

import org.swarmsim.bittorrent.metainfo.Torrent;
import org.swarmsim.bittorrent.piece.PieceLayout;
import org.swarmsim.discovery.SwarmSetup;

/** The BEP 10 extensions a swarm's torrent needs, installed after the discovery sources' own. */
final class TorrentExtensions {
    private TorrentExtensions() {
    }

    static void install(SwarmSetup setup, Torrent torrent, PieceLayout layout, SwarmSpec spec) {
    }
}
