package org.swarmsim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunSummaryTest {
    @Test
    void nearestRankPercentilesOfOneToTwentyAreKnownValues() {
        double[] v = new double[20];
        for (int i = 0; i < 20; i++) {
            v[i] = i + 1;
        }
        assertEquals(10, RunSummary.percentileNearestRank(v, 50));
        assertEquals(19, RunSummary.percentileNearestRank(v, 95));
        assertEquals(20, RunSummary.percentileNearestRank(v, 100));
        assertEquals(1, RunSummary.percentileNearestRank(v, 0));
        assertEquals(1, RunSummary.percentileNearestRank(v, 5));
        assertEquals(2, RunSummary.percentileNearestRank(v, 5.01));
        assertEquals(7, RunSummary.percentileNearestRank(new double[] {7}, 95));
        assertTrue(Double.isNaN(RunSummary.percentileNearestRank(new double[0], 50)));
        assertThrows(IllegalArgumentException.class, () -> RunSummary.percentileNearestRank(v, 101));
    }

    @Test
    void summarisesDownloadTimesOfCompletedPeersOnly() {
        PeerTable peers = new PeerTable();
        // download times 10, 20, 30, 40 (joins at 0..3); one peer never completes; one seed.
        for (int i = 0; i < 4; i++) {
            peers.add(new PeerRecord(i, "c", "leecher", 1, 1, i, i + 10.0 * (i + 1), Double.NaN, 5, 10, 7));
        }
        peers.add(new PeerRecord(4, "c", "leecher", 1, 1, 0, Double.NaN, 50, 1, 2, 3));
        peers.add(new PeerRecord(5, "c", "seed", 1, 1, 0, Double.NaN, Double.NaN, 0, 0, 100));
        RunSummary s = RunSummary.builder(peers).events(99).wallS(0.5).seed(7).build();
        assertEquals(6, s.peersTotal());
        assertEquals(4, s.peersCompleted());
        assertEquals(25.0, s.number(RunSummary.DOWNLOAD_TIME_MEAN_S));
        assertEquals(20.0, s.number(RunSummary.DOWNLOAD_TIME_P50_S));
        assertEquals(40.0, s.number(RunSummary.DOWNLOAD_TIME_P95_S));
        assertEquals(40.0, s.number(RunSummary.DOWNLOAD_TIME_MAX_S));
        assertEquals(43.0, s.number(RunSummary.LAST_COMPLETION_S));
        assertEquals(4 * 7 + 3 + 100, s.uploadedBytesTotal());
        assertEquals(4 * 15 + 3, s.downloadedBytesTotal());
        assertEquals(21.0, s.number(RunSummary.BYTES_FROM_SEEDS_TOTAL));
        assertEquals(42.0, s.number(RunSummary.BYTES_FROM_LEECHERS_TOTAL));
    }

    @Test
    void writesTheStandardKeysInFixedOrderThenExtras() {
        Map<String, Object> dht = new LinkedHashMap<>();
        dht.put("lookups", 12L);
        dht.put("hops_mean", 3.25);
        RunSummary s = RunSummary.builder(SyntheticRun.peers()).seed(1).put("scenario", "x").put("dht", dht).build();
        List<String> expected = new ArrayList<>(RunSummary.STANDARD_KEYS);
        expected.add("scenario");
        expected.add("dht");
        assertEquals(expected, new ArrayList<>(s.entries().keySet()));
        String json = s.toJson();
        int last = -1;
        for (String key : expected) {
            int at = json.indexOf("\"" + key + "\":");
            assertTrue(at > last, key + " out of order in\n" + json);
            last = at;
        }
        assertTrue(json.contains("  \"dht\": {\n    \"lookups\": 12,\n    \"hops_mean\": 3.25\n  }\n}\n"), json);
    }

    @Test
    void peerTableRejectsDuplicateIdsAndInvalidRecords() {
        PeerTable t = new PeerTable().add(new PeerRecord(Integer.MAX_VALUE, "c", "leecher", 1, 1, 0, Double.NaN, Double.NaN, 0, 0, 0));
        assertThrows(IllegalArgumentException.class,
                () -> t.add(new PeerRecord(Integer.MAX_VALUE, "c", "leecher", 1, 1, 0, Double.NaN, Double.NaN, 0, 0, 0)));
        IllegalArgumentException early = assertThrows(IllegalArgumentException.class,
                () -> new PeerRecord(3, "c", "leecher", 1, 1, 10, 5, Double.NaN, 0, 0, 0));
        assertTrue(early.getMessage().contains("peer 3: completionS"), early.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new PeerRecord(3, " ", "leecher", 1, 1, 0, Double.NaN, Double.NaN, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new PeerRecord(3, "c", "leecher", 1, 1, 0, Double.NaN, Double.NaN, -1, 0, 0));
    }

    @Test
    void undefinedStatisticsAreWrittenAsJsonNull() {
        PeerTable peers = new PeerTable().add(new PeerRecord(0, "c", "leecher", 1, 1, 0, Double.NaN, Double.NaN, 0, 0, 0));
        String json = RunSummary.builder(peers).build().toJson();
        assertTrue(json.contains("\"download_time_mean_s\": null,"), json);
        assertTrue(json.contains("\"download_time_p95_s\": null,"), json);
        assertTrue(json.contains("\"wall_s\": null,"), json);
    }

    @Test
    void refusesExtrasThatShadowStandardKeysOrHaveNoDefinedOrder() {
        RunSummary.Builder b = RunSummary.builder(new PeerTable());
        assertThrows(IllegalArgumentException.class, () -> b.put("seed", 3L));
        Map<String, Object> unordered = new java.util.HashMap<>();
        unordered.put("a", 1L);
        unordered.put("b", 2L);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.put("x", unordered));
        assertTrue(e.getMessage().contains("LinkedHashMap"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> b.put("y", new Object()));
    }
}
