package org.swarmsim.bittorrent.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.swarmsim.bittorrent.picker.PiecePicker;
import org.swarmsim.bittorrent.picker.PieceSelection;
import org.swarmsim.bittorrent.picker.RarestFirstSelection;
import org.swarmsim.bittorrent.piece.Bitfield;
import org.swarmsim.bittorrent.piece.PieceLayout;
import org.swarmsim.scenario.Registry;
import org.swarmsim.sim.SimTime;
import org.swarmsim.sim.random.RandomStreams;

/** The README's example picker (StreamingWindowSelection): on a fixture, then registered by name and run in a swarm. */
class StreamingWindowSelectionTest {
    private static final long KB = 1000;

    @Test
    void picksTheRarestPieceInTheWindowAfterTheFirstMissingOneAndRarestFirstBeyondIt() {
        // We have pieces 0 and 1; the window of 3 is pieces 2..4; availability per piece below.
        PiecePicker picker = new PiecePicker(PieceLayout.ofBlocks(8, 1), Bitfield.parse("11000000"),
                new StreamingWindowSelection(3), new RandomStreams(1).stream("picker"));
        int[] availability = {1, 1, 3, 2, 2, 1, 1, 1};
        for (int p = 0; p < availability.length; p++) {
            for (int k = 0; k < availability[p]; k++) {
                picker.peerHas(p);
            }
        }
        StreamingWindowSelection s = new StreamingWindowSelection(3);
        var rng = new RandomStreams(1).stream("choose");
        assertEquals(3, s.choose(picker, Bitfield.parse("11111111"), rng), "pieces 3 and 4 tie at 2: the lower");
        assertEquals(2, s.choose(picker, Bitfield.parse("00100001"), rng), "in the window beats rarer outside it");
        int outside = s.choose(picker, Bitfield.parse("00000111"), rng);
        assertTrue(outside == 5 || outside == 6 || outside == 7, "nothing in the window: the rarest (1) outside, got " + outside);
        assertEquals(-1, s.choose(picker, Bitfield.parse("11000000"), rng), "nothing we lack");
    }

    @Test
    void registeredByNameItMakesLeechersDownloadInFileOrderWhereRarestFirstDoesNot() {
        Registry<Void, Supplier<PieceSelection>> pickers = new Registry<Void, Supplier<PieceSelection>>("picker")
                .register("rarest_first", "the piece fewest neighbours have",
                        List.of("protocol.picker=rarest_first"), v -> () -> RarestFirstSelection.INSTANCE)
                .register("streaming_window", "rarest of the next 4 pieces after the first missing one",
                        List.of("protocol.picker=streaming_window"), v -> () -> new StreamingWindowSelection(4));
        Map<String, Double> order = new LinkedHashMap<>();
        for (String name : List.of("rarest_first", "streaming_window")) {
            SwarmKit kit = new SwarmKit(7, 8L * 1024 * 1024, 256 * 1024, SimTime.millis(20));
            kit.builder.selection(pickers.create(name, null));
            Swarm swarm = kit.build();
            Map<Peer, List<Integer>> verified = new LinkedHashMap<>();
            swarm.addListener(new SwarmListener() {
                @Override
                public void onPieceVerified(Peer peer, int piece) {
                    verified.computeIfAbsent(peer, p -> new ArrayList<>()).add(piece);
                }
            });
            swarm.addPeer(PeerSpec.seed("seed", 400 * KB, 400 * KB, 0, PeerSpec.FOREVER));
            for (int i = 0; i < 10; i++) {
                swarm.addPeer(PeerSpec.leecher("dsl", 200 * KB, 800 * KB, SimTime.seconds(i), 0));
            }
            kit.checkEveryEvent();
            kit.runUntilAllComplete(3600);
            assertEquals(10, swarm.statistics().completedLeechers(), name);
            order.put(name, verified.values().stream().mapToDouble(StreamingWindowSelectionTest::inOrder).average().orElseThrow());
        }
        assertTrue(order.get("streaming_window") > 0.9 && order.get("rarest_first") < 0.6,
                "share of piece pairs verified in file order: " + order);
    }

    /** Kendall's concordance: the share of pairs of verified pieces that were verified in index order. */
    private static double inOrder(List<Integer> pieces) {
        long concordant = 0;
        long pairs = 0;
        for (int i = 0; i < pieces.size(); i++) {
            for (int j = i + 1; j < pieces.size(); j++) {
                pairs++;
                concordant += pieces.get(i) < pieces.get(j) ? 1 : 0;
            }
        }
        return (double) concordant / pairs;
    }
}
