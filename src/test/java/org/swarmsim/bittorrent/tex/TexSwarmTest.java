package org.swarmsim.bittorrent.tex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.swarmsim.bittorrent.extension.Extension;
import org.swarmsim.bittorrent.metainfo.Torrent;
import org.swarmsim.bittorrent.peer.Peer;
import org.swarmsim.bittorrent.peer.PeerSource;
import org.swarmsim.bittorrent.peer.PeerSpec;
import org.swarmsim.bittorrent.peer.Swarm;
import org.swarmsim.bittorrent.piece.PieceLayout;
import org.swarmsim.bittorrent.tracker.Tracker;
import org.swarmsim.bittorrent.tracker.TrackerConfig;
import org.swarmsim.net.Acceptor;
import org.swarmsim.net.ConstantLatency;
import org.swarmsim.net.Network;
import org.swarmsim.sim.SimTime;
import org.swarmsim.sim.Simulation;
import org.swarmsim.sim.random.RandomStreams;

/**
 * End to end: a torrent with two trackers, even peers given only tracker A and odd peers only
 * tracker B. A stand-in rendezvous tells each peer of the one added before it (a chain seed 0,
 * leecher 1, leecher 2, ...), so each peer talks to one of the other half at least; with
 * {@code lt_tex} they learn each other's tracker. Tracker A goes offline mid-run: the BEP 12
 * client announces to its first tracker while it answers, so only then does an even peer that
 * learned B fail over and announce to it.
 */
class TexSwarmTest {
    private static final long KB = 1000;
    private static final String A = "http://tracker-a.example/announce";
    private static final String B = "http://tracker-b.example:6969/announce";
    private static final int PEERS = 12;   // a seed (index 0, even: tracker A), 11 leechers

    /** What one run saw. */
    private record Run(List<Peer> peers, Tracker b, Set<Integer> nodesAnnouncingToB, long oddAnnouncesToB) {
        boolean isEven(int nodeId) {
            return peers.stream().anyMatch(p -> p.node().id() == nodeId && p.index() % 2 == 0);
        }
    }

    private static Run run(List<Extension> extensions) {
        Simulation sim = new Simulation();
        Network network = new Network(sim, new ConstantLatency(SimTime.millis(20)));
        long fileBytes = 64L * 64 * 1024;
        Torrent torrent = Torrent.synthetic("test.bin", fileBytes, 64 * 1024);
        Swarm swarm = Swarm.builder(sim, network, PieceLayout.of(fileBytes, 64 * 1024), torrent.infoHash(),
                new RandomStreams(28)).extensions(extensions).build();
        TrackerConfig trackerConfig = TrackerConfig.defaults().withIntervalSeconds(60);
        Tracker a = swarm.addTracker(trackerConfig, A);
        Tracker b = swarm.addTracker(trackerConfig, B);
        swarm.announceLists((index, spec) -> index % 2 == 0 ? List.of(List.of(A)) : List.of(List.of(B)));
        a.goOfflineAt(SimTime.seconds(300));

        List<Peer> peers = new ArrayList<>();
        Set<Integer> toB = new HashSet<>();
        long[] oddToB = new long[1];
        Acceptor trackerB = b.node().acceptor();
        b.node().setAcceptor(incoming -> {   // every announce opens a connection of its own
            int id = incoming.remote().id();
            toB.add(id);
            for (Peer p : peers) {
                if (p.node().id() == id && p.index() % 2 == 1) {
                    oddToB[0]++;
                }
            }
            return trackerB.accept(incoming);
        });
        swarm.addPeerSource(peer -> new PeerSource() {
            @Override
            public void started() {
                if (peer.index() > 0) {
                    peer.addCandidates("rendezvous", List.of(peers.get(peer.index() - 1).node().id()));
                }
            }

            @Override
            public void completed() {
            }

            @Override
            public void wantMorePeers() {
            }

            @Override
            public void stopping(Runnable then) {
                then.run();
            }
        });
        peers.add(swarm.addPeer(PeerSpec.seed("seed", 300 * KB, 300 * KB, 0, PeerSpec.FOREVER)));
        for (int i = 1; i < PEERS; i++) {
            peers.add(swarm.addPeer(PeerSpec.leecher("leecher", 150 * KB, 600 * KB, SimTime.seconds(3L * i),
                    PeerSpec.FOREVER)));
        }
        sim.afterEachEvent(() -> {
            swarm.checkInvariants();
            network.checkInvariants();
        });
        sim.run(SimTime.seconds(900));
        return new Run(peers, b, toB, oddToB[0]);
    }

    private static Set<String> known(Peer p) {
        Set<String> s = new HashSet<>();
        p.announceList().forEach(s::addAll);
        return s;
    }

    @Test
    void peersGivenOneTrackerEachLearnTheOtherAndFailOverToIt() {
        Run without = run(List.of());
        for (Peer p : without.peers()) {
            assertEquals(Set.of(p.index() % 2 == 0 ? A : B), known(p), "without lt_tex " + p.name()
                    + " knows only its own tracker");
        }
        assertTrue(without.nodesAnnouncingToB().stream().noneMatch(without::isEven), "no even peer reaches B");
        assertEquals(without.oddAnnouncesToB(), without.b().announces(), "B hears the odd peers only");

        TexStats stats = new TexStats();
        Run with = run(List.of(new TexExtension(TexConfig.defaults(), stats)));
        for (Peer p : with.peers()) {
            assertEquals(Set.of(A, B), known(p), p.name() + " " + p.index() + " knows both trackers");
        }
        assertTrue(with.nodesAnnouncingToB().stream().anyMatch(with::isEven),
                "an even peer announced to B once A went offline: " + with.nodesAnnouncingToB());
        assertTrue(with.b().announces() > with.oddAnnouncesToB(), "B heard more than the odd peers: "
                + with.b().announces() + " announces, " + with.oddAnnouncesToB() + " from odd peers");
        assertTrue(stats.trackersAdded() >= PEERS, stats.toString());
        assertEquals(0, stats.malformedMessages(), stats.toString());
    }
}
