package org.swarmsim.run.swarm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swarmsim.metrics.Summary;
import org.swarmsim.metrics.TimeSeries;
import org.swarmsim.run.RunFacts;

/** The swarm's output tables: stable headers, the summary's statistics and key order, validation. */
class SwarmOutputsTest {
    private static PeerRecord leecher(int id, double join, double completion, double leave, long fromInitialSeeds,
                                      long fromCompleted, long fromLeechers, long uploaded) {
        return new PeerRecord(id, "c", false, "compliant", 1, 1, join, completion, leave, fromInitialSeeds, fromCompleted,
                fromLeechers, uploaded);
    }

    private static Summary summary(List<PeerRecord> peers) {
        return Summary.of(SwarmOutputs.SUMMARY, SwarmTotals.of(peers, new RunFacts(99, 0.5, 7, 2, 60_000_000_000L)));
    }

    @Test
    void theTimeSeriesHeaderIsTheStableColumnNames() {
        assertEquals("time_s,peers,seeds,leechers,upload_rate_Bps,download_rate_Bps,upload_utilisation,"
                + "availability_min,availability_mean,pieces_missing\n", SwarmOutputs.SERIES.newSeries().toCsv());
    }

    @Test
    void thePeerTableHasAnInitialSeedFlagInsteadOfAPrefixedClass() {
        String csv = SwarmOutputs.PEERS.toCsv(SyntheticRun.peers());
        List<String> lines = csv.lines().toList();
        assertEquals("id,class,initial_seed,behaviour,upload_Bps,download_Bps,join_s,completion_s,leave_s,"
                + "download_time_s,bytes_from_initial_seeds,bytes_from_completed,bytes_from_leechers,bytes_downloaded,bytes_uploaded,share_ratio,"
                + "magnet,time_to_metadata_s,peers_from_tracker,peers_from_dht,peers_from_finders,peers_from_pex,"
                + "trackers_known,pex_bytes_sent,metadata_bytes_sent,tex_bytes_sent,encryption,mse_bytes_sent,mse_fallbacks,piece_layer_s,hash_bytes_sent",
                lines.get(0));
        assertEquals("0,fiber,1,compliant,1000000,1000000,0,NaN,NaN,NaN,0,0,0,0,50000000,NaN,0,NaN,0,0,0,0,0,0,0,0,disabled,0,0,NaN,0", lines.get(1));
        assertTrue(lines.get(2).startsWith("1,cable,0,compliant,"), lines.get(2));
        assertTrue(lines.stream().noneMatch(l -> l.contains("seed:")), csv);
    }

    @Test
    void summarisesDownloadTimesOfCompletedPeersOnly() {
        List<PeerRecord> peers = new ArrayList<>();
        // download times 10, 20, 30, 40 (joins at 0..3); one peer never completes; one seed.
        for (int i = 0; i < 4; i++) {
            peers.add(leecher(i, i, i + 10.0 * (i + 1), Double.NaN, 4, 1, 10, 7));
        }
        peers.add(leecher(4, 0, Double.NaN, 50, 1, 0, 2, 3));
        peers.add(new PeerRecord(5, "c", true, "compliant", 1, 1, 0, Double.NaN, Double.NaN, 0, 0, 0, 100));
        Summary s = summary(peers);
        assertEquals(6, s.number("peers_total"));
        assertEquals(4, s.number("peers_completed"));
        assertEquals(25.0, s.number("download_time_mean_s"));
        assertEquals(20.0, s.number("download_time_p50_s"));
        assertEquals(40.0, s.number("download_time_p95_s"));
        assertEquals(40.0, s.number("download_time_max_s"));
        assertEquals(43.0, s.number("last_completion_s"));
        assertEquals(4 * 7 + 3 + 100, s.number("uploaded_bytes_total"));
        assertEquals(4 * 15 + 3, s.number("downloaded_bytes_total"));
        assertEquals(17.0, s.number("bytes_from_initial_seeds_total"));
        assertEquals(4.0, s.number("bytes_from_completed_total"));
        assertEquals(42.0, s.number("bytes_from_leechers_total"));
        assertEquals(60.0, s.number("sim_end_s"));
        assertEquals(2.0, s.number("replication"));
    }

    @Test
    void writesTheKeysInTheDocumentedOrder() {
        Summary s = summary(SyntheticRun.peers());
        List<String> expected = List.of("peers_total", "peers_completed", "download_time_mean_s", "download_time_p50_s",
                "download_time_p95_s", "download_time_max_s", "last_completion_s", "uploaded_bytes_total",
                "downloaded_bytes_total", "bytes_from_initial_seeds_total", "bytes_from_completed_total",
                "bytes_from_leechers_total", "time_to_metadata_mean_s",
                "extension_handshake_bytes_total", "pex_bytes_total", "metadata_bytes_total", "tex_bytes_total", "mse_bytes_total", "piece_layer_mean_s", "hash_bytes_total", "events", "wall_s",
                "seed", "replication", "sim_end_s", "swarmsim_version", "swarmsim_commit");
        assertEquals(expected, new ArrayList<>(s.entries().keySet()));
        String json = s.toJson();
        int last = -1;
        for (String key : expected) {
            int at = json.indexOf("\"" + key + "\":");
            assertTrue(at > last, key + " out of order in\n" + json);
            last = at;
        }
    }

    @Test
    void peerRecordsRejectInvalidFields() {
        IllegalArgumentException early = assertThrows(IllegalArgumentException.class,
                () -> leecher(3, 10, 5, Double.NaN, 0, 0, 0, 0));
        assertTrue(early.getMessage().contains("peer 3: completionS"), early.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new PeerRecord(3, " ", false, "compliant", 1, 1, 0, Double.NaN, Double.NaN, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> leecher(3, 0, Double.NaN, Double.NaN, 0, -1, 0, 0));
    }

    @Test
    void undefinedStatisticsAreWrittenAsJsonNull() {
        String json = Summary.of(SwarmOutputs.SUMMARY, SwarmTotals.of(List.of(leecher(0, 0, Double.NaN, Double.NaN, 0, 0, 0, 0)),
                new RunFacts(0, Double.NaN, 1, 0, 1))).toJson();
        assertTrue(json.contains("\"download_time_mean_s\": null,"), json);
        assertTrue(json.contains("\"download_time_p95_s\": null,"), json);
        assertTrue(json.contains("\"wall_s\": null,"), json);
    }

    @Test
    void timeSeriesRowsComeFromTheSampledState() {
        TimeSeries ts = SyntheticRun.timeSeries();
        assertEquals(61, ts.rowCount());
        assertEquals(120.0, ts.value(60, 0));
        assertEquals(12.0, ts.value(60, ts.columnIndex("peers")));
        assertEquals(11.0, ts.value(60, ts.columnIndex("seeds")));
    }
}
