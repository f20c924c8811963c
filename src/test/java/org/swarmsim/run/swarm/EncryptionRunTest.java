package org.swarmsim.run.swarm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarmsim.bittorrent.mse.EncryptionPolicy;
import org.swarmsim.bittorrent.peer.Peer;
import org.swarmsim.bittorrent.peer.SwarmListener;
import org.swarmsim.metrics.TraceWriter;
import org.swarmsim.run.Probe;
import org.swarmsim.run.RunRequest;
import org.swarmsim.run.Scenarios;
import org.swarmsim.scenario.Scenario;

/**
 * Protocol encryption (MSE/PE) in swarm runs: the handshake's bytes on the wire, its extra round
 * trip, the plaintext fall-back of an enabled peer, and a swarm of forced and disabled peers that
 * splits in two.
 */
class EncryptionRunTest {
    private static final String PAIR = String.join("\n",
            "name: mse-pair",
            "duration: 10min",
            "network: {latency: 50ms, classes: [{name: lan, share: 100%, upload: 8Mbit/s, download: 8Mbit/s}]}",
            "torrent: {size: 1MiB, piece_length: 256KiB}",
            "population:",
            "  seeds: {count: 1, class: lan}",
            "  leechers: {count: 1, at: 1s}",
            "");

    private static Scenario parse(String yaml, String... sets) {
        return Scenarios.parse(yaml, "mse.yaml", Path.of("."), List.of(sets));
    }

    @Test
    void theHandshakeBytesAreTheMessagesOnTheWireAndTheirSizesAreInRange(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("trace.jsonl");
        TraceWriter trace = TraceWriter.open(file);
        SwarmResult r = SwarmRun.run(parse(PAIR, "protocol.encryption=forced"), new RunRequest(0, null, trace, List.of()));
        trace.close();
        Pattern type = Pattern.compile("\"type\":\"(mse_[a-z]+)\",\"size\":(\\d+)");
        long sum = 0;
        int keys = 0;
        int requests = 0;
        int selects = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Matcher m = type.matcher(line);
            if (!m.find()) {
                continue;
            }
            int size = Integer.parseInt(m.group(2));
            sum += size;
            switch (m.group(1)) {
                case "mse_key" -> {
                    keys++;
                    assertTrue(size >= 96 && size <= 96 + 512, line);
                }
                case "mse_request" -> {
                    requests++;
                    assertTrue(size >= 56 && size <= 56 + 512, line);
                }
                default -> {
                    selects++;
                    assertTrue(size >= 14 && size <= 14 + 512, line);
                }
            }
        }
        assertEquals(2, keys);
        assertEquals(1, requests);
        assertEquals(1, selects);
        assertEquals(sum, r.summary(0).number("mse_bytes_total"), "per-peer counts are the traced messages");
        assertEquals(1, r.leechersDone());
    }

    @Test
    void encryptionCostsOneMoreRoundTripBeforeTheFirstBlock() {
        double plain = SwarmRun.run(parse(PAIR), RunRequest.of(0)).peers().get(1).completionS();
        double rc4 = SwarmRun.run(parse(PAIR, "protocol.encryption=forced"), RunRequest.of(0)).peers().get(1).completionS();
        double extra = rc4 - plain;
        // the key exchange is one round trip (2 x 50 ms) before the request and handshake go out,
        // plus the transmission of keys and pads (at most about 2 KB at 1 MB/s)
        assertTrue(extra >= 0.100 && extra < 0.100 + 0.004, "extra time to completion " + extra + " s");
    }

    @Test
    void anEnabledPeerFallsBackToPlaintextWithADisabledOne() {
        SwarmResult r = SwarmRun.run(parse(PAIR, "protocol.encryption={enabled: 50%, disabled: 50%}",
                "population.leechers.count=20"), RunRequest.of(0));
        assertEquals(20, r.leechersDone());
        long fallbacks = r.peers().stream().mapToLong(p -> p.discovery().mseFallbacks()).sum();
        assertTrue(fallbacks > 0, "enabled peers met disabled ones: " + fallbacks);
        assertTrue(r.peers().stream().anyMatch(p -> p.discovery().encryption().equals("enabled")));
    }

    /** Bytes of payload between a forced and a disabled peer. */
    private static final class CrossTraffic implements Probe, SwarmListener {
        long bytes;
        long total;

        @Override
        public void sample(long nowNanos) {
        }

        @Override
        public void onPayload(Peer receiver, Peer sender, long n) {
            total += n;
            if ((receiver.encryption() == EncryptionPolicy.FORCED) != (sender.encryption() == EncryptionPolicy.FORCED)) {
                bytes += n;
            }
        }
    }

    @Test
    void forcedAndDisabledPeersSplitIntoTwoSwarms() {
        CrossTraffic probe = new CrossTraffic();
        SwarmResult r = SwarmRun.run(parse(PAIR, "protocol.encryption={forced: 50%, disabled: 50%}",
                "population.seeds.count=4", "population.leechers.count=30"), new RunRequest(0, null, null, List.of(probe)));
        assertTrue(probe.total > 0);
        assertEquals(0, probe.bytes, "no data between a forced and a disabled peer");
        long forced = r.peers().stream().filter(p -> p.discovery().encryption().equals("forced")).count();
        assertTrue(forced > 5 && forced < 29, "about half forced: " + forced);
    }
}
