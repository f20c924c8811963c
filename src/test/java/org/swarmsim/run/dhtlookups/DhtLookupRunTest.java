package org.swarmsim.run.dhtlookups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swarmsim.metrics.Summary;
import org.swarmsim.metrics.TimeSeries;
import org.swarmsim.run.RunRequest;
import org.swarmsim.run.Scenarios;
import org.swarmsim.scenario.Scenario;

/** {@link DhtLookupRun}: lookups, the time series, churn's effect, determinism. */
class DhtLookupRunTest {
    static final String YAML = """
            name: small-lookups
            seed: 3
            kind: dht_lookups
            network:
              latency: {model: distribution, dist: lognormal, mean: 50ms, sd: 25ms}
            dht:
              nodes: 300
              join_interval: 50ms
              lookups_per_second: 2
              lookup_duration: 5min
              churn: {session: {dist: exponential, mean: 5min}, offline: {dist: exponential, mean: 5min}}
            metrics: {sample_interval: 10s}
            """;

    static Scenario scenario(boolean churn) throws Exception {
        Path f = java.nio.file.Files.createTempFile("dht-lookups", ".yaml");
        java.nio.file.Files.writeString(f, churn ? YAML : YAML.replaceAll("(?m)^  churn:.*\\n", ""));
        try {
            return Scenarios.load(f);
        } finally {
            java.nio.file.Files.delete(f);
        }
    }

    @Test
    void withoutChurnEveryLookupFinishesAndFindsTheTrueClosestNodes() throws Exception {
        DhtLookupResult r = new DhtLookupRun(scenario(false), 0).run(RunRequest.of(0));
        Summary s = r.summary(0);
        assertEquals(r.lookupsStarted(), r.lookups().size());
        assertEquals(0, r.lookupsAbandoned());
        assertEquals(0, r.departures());
        // Poisson, 2/s for 300 s: mean 600, sd 24.5; these bounds are four sd away.
        assertTrue(r.lookupsStarted() > 500 && r.lookupsStarted() < 700, "lookups " + r.lookupsStarted());
        assertEquals(1.0, s.number("success_rate"), s.toJson());
        assertEquals(0.0, s.number("timeouts_per_lookup"), s.toJson());
        // log2(300 / 8) ~ 5.2 buckets to cross: a few rounds, never more than the id length
        assertTrue(s.number("rounds_mean") >= 1 && s.number("rounds_max") <= 8, s.toJson());
        for (LookupRecord row : r.lookups()) {
            assertTrue(row.startNanos() >= 300 * 50_000_000L, "lookups start after the joins: " + row);
            assertEquals("find_node", row.kind());
        }
    }

    @Test
    void theTimeSeriesCountsEveryLookupOnceAndSeesEveryNodeOnlineAfterTheJoins() throws Exception {
        DhtLookupResult r = new DhtLookupRun(scenario(false), 0).run(RunRequest.of(0));
        TimeSeries ts = r.timeSeries();
        assertEquals(DhtLookupOutputs.SERIES.header(), List.of(ts.toCsv().lines().findFirst().orElseThrow().split(",")));
        double sum = 0;
        for (double v : ts.column("lookups")) {
            sum += v;
        }
        assertEquals(r.lookups().size(), (long) sum);
        double[] time = ts.column("time_s");
        double[] online = ts.column("nodes_online");
        double[] fill = ts.column("routing_table_fill");
        double[] messages = ts.column("dht_messages_per_s");
        for (int i = 0; i < time.length; i++) {
            if (time[i] >= 20) {
                assertEquals(300, online[i], "at " + time[i] + " s");
                assertTrue(fill[i] >= 8, "each node knows at least its own k closest: " + fill[i]);
                assertTrue(messages[i] > 0, "lookups send messages at " + time[i] + " s");
            }
        }
        assertEquals(10, time[1] - time[0], 0);
    }

    @Test
    void churnRaisesTimeoutsAndLatencyAndLowersExactness() throws Exception {
        Summary calm = new DhtLookupRun(scenario(false), 0).run(RunRequest.of(0)).summary(0);
        DhtLookupResult churned = new DhtLookupRun(scenario(true), 0).run(RunRequest.of(0));
        Summary churn = churned.summary(0);
        assertTrue(churned.departures() > 50, "sessions of 5 min mean over 5 min: " + churned.departures());
        assertEquals(churned.lookupsStarted(), churned.lookups().size() + churned.lookupsAbandoned());
        assertTrue(churn.number("timeouts_per_lookup") > calm.number("timeouts_per_lookup") + 1,
                churn.toJson());
        // each timeout costs the 2 s query timeout on the lookup's critical path more often than not
        assertTrue(churn.number("latency_mean_s") > 2 * calm.number("latency_mean_s"),
                calm.toJson() + churn.toJson());
        assertTrue(churn.number("exact_rate") < calm.number("exact_rate"), churn.toJson());
        double[] online = churned.timeSeries().column("nodes_online");
        assertTrue(online[online.length - 1] < 250, "churn takes nodes offline: " + online[online.length - 1]);
    }

    @Test
    void theSameScenarioAndSeedGiveTheSameRunAndAnotherReplicationDiffers() throws Exception {
        Scenario s = scenario(true);
        DhtLookupResult a = new DhtLookupRun(s, 0).run(RunRequest.of(0));
        DhtLookupResult b = new DhtLookupRun(s, 0).run(RunRequest.of(0));
        DhtLookupResult c = new DhtLookupRun(s, 1).run(RunRequest.of(1));
        assertEquals(a.timeSeries().toCsv(), b.timeSeries().toCsv());
        assertEquals(csv(a.lookups()), csv(b.lookups()));
        assertEquals(a.summary(0).toJson(), b.summary(0).toJson());
        assertTrue(!csv(a.lookups()).equals(csv(c.lookups())));
    }

    private static String csv(List<LookupRecord> lookups) {
        return DhtLookupOutputs.LOOKUPS.toCsv(lookups);
    }
}
