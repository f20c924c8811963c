package org.swarmsim.bittorrent.pex;

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
import org.swarmsim.bittorrent.peer.SwarmListener;
import org.swarmsim.bittorrent.piece.PieceLayout;
import org.swarmsim.bittorrent.wire.Handshake;
import org.swarmsim.net.ConstantLatency;
import org.swarmsim.net.Message;
import org.swarmsim.net.Network;
import org.swarmsim.sim.SimTime;
import org.swarmsim.sim.Simulation;
import org.swarmsim.sim.random.RandomStreams;

/**
 * End to end: a stand-in tracker tells each leecher of the seed only, so leechers meet only if
 * PEX introduces them (as {@code PlugInPeerExchangeTest} does with a toy gossip plug-in).
 */
class PexSwarmTest {
    private static final long KB = 1000;
    private static final int LEECHERS = 8;

    /** What one run saw. */
    private record Run(Set<String> leecherPairs, Set<String> givenByTracker, int completed, double seconds,
                       long pexCandidates, PexStats stats) {
    }

    private static Run run(List<Extension> extensions, PexStats stats) {
        Simulation sim = new Simulation();
        Network network = new Network(sim, new ConstantLatency(SimTime.millis(20)));
        long fileBytes = 64L * 64 * 1024;
        Torrent torrent = Torrent.synthetic("test.bin", fileBytes, 64 * 1024);
        Swarm swarm = Swarm.builder(sim, network, PieceLayout.of(fileBytes, 64 * 1024), torrent.infoHash(),
                new RandomStreams(5)).extensions(extensions).build();
        Set<String> pairs = new HashSet<>();
        Set<String> given = new HashSet<>();
        long[] pexCandidates = new long[1];
        Peer seed = swarm.addPeer(PeerSpec.seed("seed", 300 * KB, 300 * KB, 0, PeerSpec.FOREVER));
        swarm.addListener(new SwarmListener() {
            @Override
            public boolean wantsMessages() {
                return true;
            }

            @Override
            public void onMessage(long arrivalNanos, Peer from, Peer to, Message message) {
                if (message instanceof Handshake && from != seed && to != seed) {
                    pairs.add(pair(from.node().id(), to.node().id()));
                }
            }

            @Override
            public void onCandidates(Peer peer, String source, List<Integer> nodeIds) {
                for (int id : nodeIds) {
                    if (source.equals(PexExtension.NAME)) {
                        pexCandidates[0]++;
                    } else {
                        given.add(pair(peer.node().id(), id));
                    }
                }
            }
        });
        swarm.addPeerSource(peer -> new PeerSource() {
            @Override
            public void started() {
                peer.addCandidates("tracker", List.of(seed.node().id()));
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
        List<Peer> leechers = new ArrayList<>();
        for (int i = 0; i < LEECHERS; i++) {
            leechers.add(swarm.addPeer(PeerSpec.leecher("leecher", 150 * KB, 600 * KB, SimTime.millis(700L * i),
                    PeerSpec.FOREVER)));
        }
        sim.afterEachEvent(() -> {
            swarm.checkInvariants();
            network.checkInvariants();
        });
        long limit = SimTime.seconds(900);
        while (swarm.statistics().completedLeechers() < swarm.leechersExpected() && sim.now() < limit) {
            sim.run(Math.min(limit, sim.now() + SimTime.seconds(1)));
        }
        return new Run(pairs, given, swarm.statistics().completedLeechers(), SimTime.toSeconds(sim.now()),
                pexCandidates[0], stats);
    }

    private static String pair(int a, int b) {
        return Math.min(a, b) + "-" + Math.max(a, b);
    }

    @Test
    void leechersToldOnlyOfTheSeedMeetThroughPex() {
        Run without = run(List.of(), null);
        assertEquals(LEECHERS, without.completed());
        assertTrue(without.leecherPairs().isEmpty(), "without PEX every leecher talks to the seed only");

        PexStats stats = new PexStats();
        Run with = run(List.of(new PexExtension(PexConfig.bep11(), stats)), stats);
        assertEquals(LEECHERS, with.completed(), "the download completes");
        Set<String> introduced = new HashSet<>(with.leecherPairs());
        introduced.removeAll(with.givenByTracker());
        assertEquals(with.leecherPairs(), introduced, "the tracker never named a leecher");
        assertTrue(introduced.size() >= LEECHERS, "leechers met through PEX: " + introduced);
        assertTrue(with.pexCandidates() > 0 && stats.peersAddedReceived() > 0, stats.toString());
        assertEquals(0, stats.violations(), stats.toString());
        assertTrue(with.seconds() < without.seconds(), "leechers trading among themselves finish sooner: "
                + with.seconds() + " s with PEX, " + without.seconds() + " s without");
    }
}
