package org.swarmsim.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.swarmsim.cli.MainRun;

/**
 * {@code swarmsim bench swarm} runs {@code scenarios/bench/swarm.yaml} (a small flash crowd here) to
 * completion through the normal run path and prints one {@code key=value} line per figure.
 */
class SwarmBenchCommandTest {
    /** The printed figures, in order. */
    private static Map<String, String> figures(MainRun run) {
        Map<String, String> f = new LinkedHashMap<>();
        for (String line : run.out().split("\n")) {
            int eq = line.indexOf('=');
            assertTrue(eq > 0, "not a key=value line: '" + line + "' in\n" + run.out() + run.err());
            f.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return f;
    }

    private static long events(MainRun run) {
        return Long.parseLong(figures(run).get("events"));
    }

    private static MainRun bench(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "bench";
        all[1] = "swarm";
        System.arraycopy(args, 0, all, 2, args.length);
        return MainRun.of(all);
    }

    @Test
    void aSmallFlashCrowdCompletesAndPrintsItsFigures() {
        MainRun run = bench("--peers", "8", "--size", "2MiB");
        assertEquals(0, run.exit(), run.out() + run.err());
        Map<String, String> f = figures(run);
        assertEquals(java.util.List.of("bench", "peers_total", "peers_completed", "download_time_mean_s",
                "last_completion_s", "sim_end_s", "events", "wall_s", "events_per_s", "peak_heap_mb", "kb_per_peer",
                "events_by_kind"),
                java.util.List.copyOf(f.keySet()));
        assertEquals("swarm", f.get("bench"));
        assertEquals("9", f.get("peers_total"), "8 leechers and the seed");
        assertEquals("8", f.get("peers_completed"));
        assertTrue(Double.parseDouble(f.get("last_completion_s")) > 0);
        assertTrue(Long.parseLong(f.get("peak_heap_mb")) > 0);
        assertEquals(Long.parseLong(f.get("peak_heap_mb")) * 1024 / 9.0, Double.parseDouble(f.get("kb_per_peer")), 1024 / 9.0);
    }

    @Test
    void theEventsByKindAddUpToTheEventsAndEveryBlockHasItsFinishEvent() {
        Map<String, String> f = figures(bench("--peers", "8", "--size", "2MiB"));
        Map<String, Long> kinds = new LinkedHashMap<>();
        long previous = Long.MAX_VALUE;
        for (String entry : f.get("events_by_kind").split(",")) {
            int colon = entry.lastIndexOf(':');
            long n = Long.parseLong(entry.substring(colon + 1));
            assertTrue(n <= previous, "not most first: " + f.get("events_by_kind"));
            previous = n;
            kinds.put(entry.substring(0, colon), n);
        }
        assertEquals(Long.parseLong(f.get("events")), kinds.values().stream().mapToLong(Long::longValue).sum());
        // 2 MiB is 128 blocks of 16 KiB for each of 8 leechers; a block's last byte leaving is an event
        assertTrue(kinds.get("sent_Piece") >= 8 * 128, kinds.toString());
        assertTrue(kinds.get("deliver_Piece") >= 8 * 128, kinds.toString());
        assertTrue(kinds.get("deliver_Request") > 0 && kinds.get("deliver_Have") > 0 && kinds.get("timer_Peer") > 0, kinds.toString());
    }

    @Test
    void theBenchRunsTheScenarioOfTheNormalRunPath() {
        MainRun bench = bench("--peers", "8", "--size", "2MiB");
        MainRun run = MainRun.of("run", "scenarios/bench/swarm.yaml", "--set", "population.leechers.count=8",
                "--set", "torrent.size=2MiB", "--out", System.getProperty("java.io.tmpdir") + "/swarmsim-bench-run-"
                        + ProcessHandle.current().pid(), "--no-report");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("events " + events(bench) + ","), run.out() + "\n" + bench.out());
    }

    @Test
    void theSameSeedGivesTheSameRunAndAnotherSeedAnother() {
        MainRun a = bench("--peers", "8", "--size", "2MiB", "--seed", "5");
        MainRun b = bench("--peers", "8", "--size", "2MiB", "--seed", "5");
        MainRun c = bench("--peers", "8", "--size", "2MiB", "--seed", "6");
        assertEquals(figures(a).get("last_completion_s"), figures(b).get("last_completion_s"));
        assertEquals(events(a), events(b));
        assertTrue(events(a) != events(c) || !figures(a).get("last_completion_s").equals(figures(c).get("last_completion_s")),
                "seeds 5 and 6 gave the same run");
    }

    @Test
    void largerBlocksMeanFewerRequestsAndBlocksSoFewerEvents() {
        // 2 MiB is 128 blocks of 16 KiB but 32 of 64 KiB, and every block a leecher receives has a
        // delivery event of its own: 8 leechers receive at least (128 - 32) x 8 blocks fewer.
        long small = events(bench("--peers", "8", "--size", "2MiB"));
        long large = events(bench("--peers", "8", "--size", "2MiB", "--block", "64KiB"));
        assertTrue(small - large >= (128 - 32) * 8, small + " events with 16 KiB blocks, " + large + " with 64 KiB");
    }

    @Test
    void theOldSpellingsInMibAndKibGiveTheSameRun() {
        assertEquals(figures(bench("--peers", "8", "--size", "2MiB", "--block", "64KiB")).get("events"),
                figures(bench("--peers", "8", "--size-mib", "2", "--block-kib", "64")).get("events"));
    }

    @Test
    void aBlockSizeClientsWouldRefuseIsAClearError() {
        for (String block : new String[] {"0", "129KiB"}) {
            MainRun run = bench("--peers", "8", "--size", "2MiB", "--block", block);
            assertEquals(2, run.exit(), run.out());
            assertTrue(run.err().contains("--block from 1B to 128KiB") && run.err().contains("--block " + block),
                    run.err());
            assertEquals("", run.out());
        }
    }

    @Test
    void aSizeWithoutAKnownUnitIsAUsageErrorNamingTheAllowedUnits() {
        MainRun run = bench("--peers", "8", "--size", "2 mebibytes");
        assertEquals(2, run.exit(), run.out());
        assertTrue(run.err().startsWith("Invalid value for option '--size': unknown byte size unit 'mebibytes'"), run.err());
        assertTrue(run.err().contains("allowed units: B, KB, MB, GB, TB, KiB, MiB, GiB, TiB"), run.err());
        assertEquals("", run.out());
    }
}
