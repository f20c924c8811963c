package org.swarmsim.bittorrent.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swarmsim.bittorrent.peer.DisconnectRanking.View;

class DisconnectRankingTest {
    private static final long S = 1_000_000_000L;

    /** key, useful, seed, payload bytes, connected seconds, chokes us, last received (s). */
    private static View v(int key, boolean useful, boolean seed, long bytes, long seconds, boolean choking, long last) {
        return new View(key, useful, seed, bytes, seconds * S, choking, last * S);
    }

    private static List<Integer> order(View... views) {
        List<View> list = new ArrayList<>(List.of(views));
        list.sort(DisconnectRanking.DISCONNECT_FIRST);
        return list.stream().map(View::key).toList();
    }

    @Test
    void uselessPeersGoBeforeUsefulOnesWhateverTheirRate() {
        assertEquals(List.of(2, 1), order(v(1, true, false, 0, 5, true, 0), v(2, false, false, 10_000_000, 5, false, 9)));
    }

    @Test
    void amongUsefulPeersASeedIsKeptOverAFasterLeecher() {
        assertEquals(List.of(1, 2), order(v(1, true, false, 50_000_000, 10, false, 9), v(2, true, true, 0, 0, true, 0)));
    }

    @Test
    void thenTheSlowerAverageRateSinceConnectingGoesFirst() {
        // 1 MB over 9 s (100 kB/s) against 1 MB over 1 s (500 kB/s); the new connection counts as 0.
        assertEquals(List.of(3, 1, 2), order(v(1, true, false, 1_000_000, 9, false, 0),
                v(2, true, false, 1_000_000, 1, false, 0), v(3, true, false, 0, 0, false, 0)));
    }

    @Test
    void equalRatesFallBackToChokingThenSilenceThenKey() {
        assertEquals(List.of(2, 1), order(v(1, true, false, 0, 3, false, 0), v(2, true, false, 0, 3, true, 0)));
        assertEquals(List.of(1, 2), order(v(1, true, false, 0, 3, true, 4), v(2, true, false, 0, 3, true, 7)));
        assertEquals(List.of(4, 5), order(v(5, false, false, 0, 3, true, 4), v(4, false, false, 0, 3, true, 4)));
    }

    @Test
    void anIdleUselessPeerGoesBeforeANewSeed() {
        assertEquals(List.of(2, 1), order(v(1, true, true, 0, 1, false, 0), v(2, false, false, 0, 100, true, 0)));
    }
}
