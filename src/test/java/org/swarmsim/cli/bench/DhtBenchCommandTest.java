package org.swarmsim.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.swarmsim.cli.MainRun;

/**
 * {@code swarmsim bench dht} runs {@code scenarios/bench/dht.yaml} and prints its figures, then the
 * memory per node and the cost of the join phase.
 */
class DhtBenchCommandTest {
    private static Map<String, String> figures(MainRun run) {
        Map<String, String> f = new LinkedHashMap<>();
        for (String line : run.out().split("\n")) {
            int eq = line.indexOf('=');
            assertTrue(eq > 0, "not a key=value line: '" + line + "' in\n" + run.out() + run.err());
            f.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return f;
    }

    @Test
    void printsTheMemoryPerNodeAndTheJoinPhaseAfterThePeakHeap() {
        MainRun run = MainRun.of("bench", "dht", "--nodes", "300", "--lookups", "200");
        assertEquals(0, run.exit(), run.out() + run.err());
        Map<String, String> f = figures(run);
        List<String> keys = List.copyOf(f.keySet());
        assertEquals(List.of("bench", "nodes", "lookups_total", "rounds_mean", "rounds_max", "success_rate",
                "exact_rate", "latency_mean_s", "messages_per_lookup", "sim_end_s", "events", "wall_s",
                "events_per_s", "peak_heap_mb", "kb_per_node", "events_by_kind", "join_wall_s", "join_events", "events_per_join"), keys);
        double kbPerNode = Double.parseDouble(f.get("kb_per_node"));
        long peakMb = Long.parseLong(f.get("peak_heap_mb"));
        assertTrue(Math.abs(kbPerNode * 300 / 1024 - peakMb) <= 1, kbPerNode + " KiB x 300 nodes against " + peakMb + " MB");
        long events = Long.parseLong(f.get("events"));
        long joinEvents = Long.parseLong(f.get("join_events"));
        assertTrue(joinEvents > 0 && joinEvents < events, joinEvents + " join events of " + events);
        assertEquals(joinEvents / 299.0, Double.parseDouble(f.get("events_per_join")), 0.05);
        assertTrue(Double.parseDouble(f.get("join_wall_s")) <= Double.parseDouble(f.get("wall_s")) + 0.05);
    }

    @Test
    void theJoinEventsAreTheRunsEventsBeforeTheFirstLookupWhateverTheLookupsAfter() {
        Map<String, String> few = figures(MainRun.of("bench", "dht", "--nodes", "300", "--lookups", "100"));
        Map<String, String> many = figures(MainRun.of("bench", "dht", "--nodes", "300", "--lookups", "400"));
        assertEquals(few.get("join_events"), many.get("join_events"));
        assertTrue(Long.parseLong(many.get("events")) > Long.parseLong(few.get("events")));
    }
}
