package org.swarmsim.bittorrent.peer;

import org.swarmsim.bittorrent.metainfo.Torrent;
import org.swarmsim.bittorrent.piece.PieceLayout;
import org.swarmsim.bittorrent.tracker.TrackerConfig;
import org.swarmsim.net.ConstantLatency;
import org.swarmsim.net.LatencyModel;
import org.swarmsim.net.Network;
import org.swarmsim.sim.SimTime;
import org.swarmsim.sim.Simulation;
import org.swarmsim.sim.random.RandomStreams;

/** Builds small swarms for tests: constant (or given) latency, one tracker, synthetic torrent. */
final class SwarmKit {
    final Simulation sim = new Simulation();
    final Network network;
    final Torrent torrent;
    final PieceLayout layout;
    final Swarm.Builder builder;
    Swarm swarm;

    SwarmKit(long seed, long fileBytes, int pieceBytes, long oneWayLatencyNanos) {
        this(seed, fileBytes, pieceBytes, new ConstantLatency(oneWayLatencyNanos));
    }

    SwarmKit(long seed, long fileBytes, int pieceBytes, LatencyModel latency) {
        network = new Network(sim, latency);
        torrent = Torrent.synthetic("test.bin", fileBytes, pieceBytes);
        layout = PieceLayout.of(fileBytes, pieceBytes);
        builder = Swarm.builder(sim, network, layout, torrent.infoHash(), new RandomStreams(seed));
    }

    Swarm build() {
        swarm = builder.build();
        swarm.addTracker(TrackerConfig.defaults());
        return swarm;
    }

    /** Checks swarm and network invariants after every event. */
    void checkEveryEvent() {
        sim.afterEachEvent(() -> {
            swarm.checkInvariants();
            network.checkInvariants();
        });
    }

    /** Runs until every leecher completed (or the time limit); returns the simulated seconds. */
    double runUntilAllComplete(double limitSeconds) {
        long limit = SimTime.seconds(limitSeconds);
        while (swarm.statistics().completedLeechers() < swarm.leechersExpected() && sim.now() < limit) {
            sim.run(Math.min(limit, sim.now() + SimTime.seconds(1)));
        }
        return SimTime.toSeconds(sim.now());
    }
}
