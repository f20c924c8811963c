package org.swarmsim.bittorrent.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.swarmsim.bittorrent.picker.RandomSelection;
import org.swarmsim.bittorrent.picker.RarestFirstSelection;
import org.swarmsim.sim.SimTime;

/**
 * Flash crowd of one seed and N leechers with homogeneous capacities against the Kumar-Ross lower
 * bound on the distribution time, max(F/u_s, F/d_min, N F / (u_s + sum u_i)) (Kumar and Ross,
 * "Peer-assisted file distribution: the minimum distribution time", 2006). No schedule can beat it,
 * so the last completion must not be below it; with rarest first and enough pieces BitTorrent
 * gets within 25% (the remainder is the start-up, while pieces first spread from the seed, and
 * the tail of peers that tit-for-tat served late). Random selection is checked against the bound
 * and reported; with everyone staying it is about as fast here.
 */
class FlashCrowdBoundTest {

    @ParameterizedTest(name = "{0} leechers, picker {1}")
    @CsvSource({"100, rarest_first, 1.25", "100, random, 1.5"})
    void lastCompletionIsAboveTheKumarRossBoundAndCloseToIt(int n, String picker, double maxRatio) {
        long file = 400L * 256 * 1024;          // 400 pieces of 256 KiB: 100 MiB
        long seedUp = 2_000_000;
        long up = 1_000_000;
        long down = 4_000_000;
        SwarmKit kit = new SwarmKit(11, file, 256 * 1024, SimTime.millis(10));
        kit.builder.selection(() -> picker.equals("random") ? RandomSelection.INSTANCE : RarestFirstSelection.INSTANCE);
        Swarm swarm = kit.build();
        swarm.addPeer(PeerSpec.seed("seed", seedUp, down, 0, PeerSpec.FOREVER));
        for (int i = 0; i < n; i++) {
            swarm.addPeer(PeerSpec.leecher("peer", up, down, 0, PeerSpec.FOREVER));
        }
        kit.runUntilAllComplete(3600);
        assertEquals(n, swarm.statistics().completedLeechers());
        double last = swarm.peers().stream().mapToLong(Peer::completionNanos).max().orElseThrow() / 1e9;
        double bound = Math.max(Math.max(file / (double) seedUp, file / (double) down), n * (double) file / (seedUp + n * up));
        double ratio = last / bound;
        System.out.printf(java.util.Locale.ROOT, "N=%d picker=%s last completion %.2f s, Kumar-Ross bound %.2f s, ratio %.3f%n",
                n, picker, last, bound, ratio);
        assertTrue(last >= bound, "last completion " + last + " s is below the lower bound " + bound + " s");
        assertTrue(ratio <= maxRatio, "last completion " + last + " s is more than " + maxRatio + " x the bound " + bound + " s");
    }
}
