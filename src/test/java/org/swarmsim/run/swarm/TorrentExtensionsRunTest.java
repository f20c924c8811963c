package org.swarmsim.run.swarm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarmsim.bittorrent.metainfo.Torrent;
import org.swarmsim.metrics.TraceWriter;
import org.swarmsim.run.RunRequest;
import org.swarmsim.run.Scenarios;
import org.swarmsim.scenario.Scenario;
import org.swarmsim.scenario.ScenarioException;

/** Magnet joins, private torrents and their outputs in a swarm run. */
class TorrentExtensionsRunTest {
    private static final String YAML = String.join("\n",
            "name: magnets",
            "duration: 30min",
            "network: {latency: 20ms, classes: [{name: dsl, share: 100%, upload: 2Mbit/s, download: 8Mbit/s}]}",
            "torrent: {size: 2MiB, piece_length: 64KiB}",
            "population:",
            "  seeds: {count: 1, upload: 4Mbit/s}",
            "  leechers: {count: 12, at: 1s, magnet: 50%, behaviours: {compliant: 100%}}",
            "");

    private static Scenario parse(String yaml, String... sets) {
        return Scenarios.parse(yaml, "magnets.yaml", Path.of("."), List.of(sets));
    }

    @Test
    void magnetJoinsGetTheMetadataThenCompleteAndOnlyTheyHaveATimeToMetadata() {
        SwarmResult r = SwarmRun.run(parse(YAML), RunRequest.of(0));
        assertEquals(12, r.leechersDone());
        int magnets = 0;
        for (PeerRecord p : r.peers()) {
            if (p.discovery().magnet()) {
                magnets++;
                double t = p.discovery().timeToMetadataS();
                assertTrue(t > 0.08 && t < p.downloadTimeS(), p + ": the metadata comes after a few round trips and "
                        + "before the download ends: " + t);
            } else {
                assertTrue(Double.isNaN(p.discovery().timeToMetadataS()), p.toString());
            }
            if (!p.initialSeed()) {
                assertTrue(p.discovery().fromTracker() > 0, p + " heard of peers from the tracker");
                assertEquals(0, p.discovery().fromDht() + p.discovery().fromPex() + p.discovery().fromFinders());
            }
            assertTrue(p.discovery().handshakeBytes() > 0, p + " sent extension handshakes (every peer runs ut_metadata)");
        }
        assertTrue(magnets >= 3 && magnets <= 9, "about half of the 12 leechers join by magnet link: " + magnets);
        assertTrue(r.summary(0).number("metadata_bytes_total") > 0);
    }

    @Test
    void withoutMagnetJoinsNoPeerRunsAnExtension() {
        SwarmResult r = SwarmRun.run(parse(YAML, "population.leechers.magnet=0"), RunRequest.of(0));
        assertEquals(12, r.leechersDone());
        assertTrue(r.peers().stream().allMatch(p -> p.discovery().handshakeBytes() == 0 && !p.discovery().magnet()));
    }

    @Test
    void theTraceShowsMetadataMessagesWithTheirTypeAndPiece(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("trace.jsonl");
        TraceWriter trace = TraceWriter.open(file);
        SwarmRun.run(parse(YAML), new RunRequest(0, null, trace, List.of()));
        trace.close();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> metadata = lines.stream().filter(l -> l.contains("\"type\":\"ut_metadata\"")).toList();
        assertTrue(metadata.stream().anyMatch(l -> l.contains("\"msg_type\":0,\"piece\":0}")), "a request of piece 0");
        assertTrue(metadata.stream().anyMatch(l -> l.contains("\"msg_type\":1,\"piece\":0}")), "data of piece 0");
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"type\":\"extension_handshake\"")));
    }

    @Test
    void aPrivateTorrentHasAnotherInfoHashAndUsesItsTrackerOnly() {
        Torrent open = Torrent.synthetic("magnets", 2L << 20, 64 << 10, List.of(), false);
        Torrent closed = Torrent.synthetic("magnets", 2L << 20, 64 << 10, List.of(), true);
        assertTrue(closed.isPrivate());
        assertNotEquals(open.infoHash(), closed.infoHash());
        assertEquals(Torrent.synthetic("magnets", 2L << 20, 64 << 10).infoHash(), open.infoHash());
        Scenario s = parse(YAML, "torrent.private=true");
        assertTrue(SwarmSpec.of(s).torrent().privateFlag());
        assertEquals(s, Scenarios.parse(s.toYaml(), "resolved.yaml", Path.of("."), List.of()));
        assertEquals(12, SwarmRun.run(s, RunRequest.of(0)).leechersDone());
        ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class,
                () -> parse(YAML, "torrent.private=true", "discovery.sources=[tracker, dht]"));
        assertTrue(e.getMessage().contains("discovery.sources: a private torrent (torrent.private: true, BEP 27) finds "
                + "peers through its tracker only (given sources [tracker, dht]; allowed: [tracker])"), e.getMessage());
    }

    @Test
    void v2AndHybridTorrentsRunWithTheirOwnInfoHashes() {
        Torrent v1 = Torrent.synthetic("magnets", 2L << 20, 64 << 10);
        Torrent v2 = Torrent.syntheticV2("magnets", 2L << 20, 64 << 10, List.of(), false, false);
        Torrent hybrid = Torrent.syntheticV2("magnets", 2L << 20, 64 << 10, List.of(), false, true);
        assertEquals(org.swarmsim.bittorrent.metainfo.MetaVersion.V2, v2.version());
        assertTrue(v2.infoHashV1().isEmpty());
        assertEquals(v2.infoHashV2().orElseThrow().truncated(), v2.infoHash(), "v2 peers use the truncated SHA-256");
        assertNotEquals(v1.infoHash(), v2.infoHash());
        assertEquals(org.swarmsim.bittorrent.metainfo.MetaVersion.HYBRID, hybrid.version());
        assertEquals(hybrid.pieceCount(), v1.pieceCount());
        assertEquals(32, hybrid.pieceCount());
        assertEquals(hybrid, Torrent.parse(hybrid.toBytes()), "a consistent .torrent: layers hash to the root");
        for (String version : List.of("2", "hybrid")) {
            Scenario s = parse(YAML, "population.leechers.magnet=0", "torrent.version=" + version);
            assertEquals(s, Scenarios.parse(s.toYaml(), "resolved.yaml", Path.of("."), List.of()));
            assertEquals(12, SwarmRun.run(s, RunRequest.of(0)).leechersDone(), version);
        }
    }

    @Test
    void magnetJoinsOfV2AndHybridTorrentsFetchThePieceLayerByHashRequests() {
        // 2 MiB in 64 KiB pieces: 32 piece hashes, one request of 32 with no proof (the layer is
        // the whole tree below the root); 53 bytes a request, 53 + 32 x 32 an answer
        for (String version : List.of("2", "hybrid")) {
            SwarmResult r = SwarmRun.run(parse(YAML, "torrent.version=" + version), RunRequest.of(0));
            assertEquals(12, r.leechersDone(), version);
            long requests = 0;
            for (PeerRecord p : r.peers()) {
                double layer = p.discovery().pieceLayerS();
                if (p.discovery().magnet()) {
                    assertTrue(layer > 0.04 && layer < p.downloadTimeS(), p + ": the layer a round trip or more "
                            + "after the metadata: " + layer);
                    requests++;
                } else {
                    assertTrue(Double.isNaN(layer), p.toString());
                }
            }
            long total = (long) r.summary(0).number("hash_bytes_total");
            long answers = (total - 53 * requests) / (53 + 32 * 32);
            assertEquals(53 * requests + answers * (53 + 32 * 32), total, version + ": requests and answers only, "
                    + "no reject");
            assertEquals(requests, answers, version + ": one request and one answer per magnet join");
        }
    }
}
