package org.swarmsim.bittorrent.metadata;

import java.util.List;
import org.swarmsim.bittorrent.metainfo.Torrent;
import org.swarmsim.bittorrent.peer.Swarm;
import org.swarmsim.bittorrent.piece.PieceLayout;
import org.swarmsim.bittorrent.tracker.TrackerConfig;
import org.swarmsim.net.ConstantLatency;
import org.swarmsim.net.Network;
import org.swarmsim.sim.SimTime;
import org.swarmsim.sim.Simulation;
import org.swarmsim.sim.random.RandomStreams;

/**
 * A small swarm for the metadata tests (the peer package's {@code SwarmKit} with
 * {@code ut_metadata}): constant latency, one tracker, a synthetic torrent, and one honest
 * {@link MetadataExtension} given to every peer added with the swarm's extensions.
 */
final class MetadataSwarm {
    final Simulation sim = new Simulation();
    final Network network;
    final Torrent torrent;
    final PieceLayout layout;
    final MetadataStats stats = new MetadataStats();
    final MetadataExtension extension;
    final Swarm swarm;

    /** A torrent named {@code metadata.bin}. */
    MetadataSwarm(long seed, long fileBytes, int pieceBytes, long oneWayLatencyNanos) {
        this(seed, fileBytes, pieceBytes, oneWayLatencyNanos, "metadata.bin");
    }

    /** {@code name}: the torrent's name (a long one makes a large info dictionary for a small file). */
    MetadataSwarm(long seed, long fileBytes, int pieceBytes, long oneWayLatencyNanos, String name) {
        network = new Network(sim, new ConstantLatency(oneWayLatencyNanos));
        torrent = Torrent.synthetic(name, fileBytes, pieceBytes);
        layout = PieceLayout.of(fileBytes, pieceBytes);
        extension = new MetadataExtension(torrent, layout.blockBytes(), false, stats);
        swarm = Swarm.builder(sim, network, layout, torrent.infoHash(), new RandomStreams(seed))
                .extensions(List.of(extension)).build();
        swarm.addTracker(TrackerConfig.defaults());
    }

    /** Checks swarm and network invariants after every event. */
    MetadataSwarm checkEveryEvent() {
        sim.afterEachEvent(() -> {
            swarm.checkInvariants();
            network.checkInvariants();
        });
        return this;
    }

    /** Runs until every leecher completed (or the time limit). */
    void runUntilAllComplete(double limitSeconds) {
        long limit = SimTime.seconds(limitSeconds);
        while (swarm.statistics().completedLeechers() < swarm.leechersExpected() && sim.now() < limit) {
            sim.run(Math.min(limit, sim.now() + SimTime.seconds(1)));
        }
    }
}
