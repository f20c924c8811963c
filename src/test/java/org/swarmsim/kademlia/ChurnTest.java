package org.swarmsim.kademlia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.junit.jupiter.api.Test;
import org.swarmsim.overlay.ChurnProcess;
import org.swarmsim.overlay.NodeId;
import org.swarmsim.overlay.Participant;
import org.swarmsim.sim.SimTime;
import org.swarmsim.sim.random.RandomStream;

/**
 * A 1,000-node network under churn (exponential sessions and offline times, mean 20 minutes
 * each, so about half the nodes are online) against the same network without churn: stale
 * contacts make queries time out, the timeouts show up in lookup latency, and success stays
 * high because lookups route around dead nodes. Measured (seed 5): static success 1.0, 0.39 s
 * mean latency; churn success 0.99, exact-k 0.55, mean latency 7.1 s, every lookup meeting
 * timeouts. Lookups whose origin leaves before they finish are dropped (5 of 600).
 */
class ChurnTest {
    private static final int NODES = 1000;
    private static final int LOOKUPS = 600;

    private record Figures(double success, double exact, double meanLatencySeconds, double meanTimeouts,
                           double secondsPerTimeout, int withTimeouts, long departures, int finished) {
    }

    private static Figures run(boolean churn) {
        DhtFixture f = new DhtFixture(5, DhtConfig.bep5(), true).grow(NODES, SimTime.millis(100));
        ChurnProcess<Participant> driver = new ChurnProcess<>(f.sim, 1, null);
        List<DhtNode> bootstrap = List.of(f.nodes.get(0));
        if (churn) {
            for (int i = 1; i < NODES; i++) {
                DhtNode node = f.nodes.get(i);
                RandomStream r = f.streams.stream("churn", i);
                ChurnProcess.Durations twentyMinutes = () -> SimTime.seconds(r.nextExponential(20 * 60));
                driver.startResidual(Participant.of(node::isOnline, () -> node.join(bootstrap, null), node::leave),
                        twentyMinutes, twentyMinutes, r);
            }
        }
        f.sim.run(f.sim.now() + SimTime.minutes(30));   // let churn reach its steady state
        List<LookupResult> results = new ArrayList<>();
        RandomStream r = f.streams.stream("lookups");
        for (int i = 0; i < LOOKUPS; i++) {
            NodeId target = NodeId.random(r);
            int pickSeed = r.nextInt(NODES);
            f.sim.schedule(i * SimTime.seconds(3), () -> {
                RandomStream p = f.streams.stream("origin", pickSeed);
                f.randomOnlineNode(p).lookup(target, results::add);
            });
        }
        f.sim.run(f.sim.now() + LOOKUPS * SimTime.seconds(3) + SimTime.seconds(60));
        int ok = 0;
        int exact = 0;
        int withTimeouts = 0;
        double latency = 0;
        double timeouts = 0;
        SimpleRegression latencyVsTimeouts = new SimpleRegression();
        for (LookupResult res : results) {
            ok += res.success() ? 1 : 0;
            exact += res.exact() ? 1 : 0;
            double s = res.latencyNanos() / 1e9;
            latency += s;
            timeouts += res.timeouts();
            withTimeouts += res.timeouts() > 0 ? 1 : 0;
            latencyVsTimeouts.addData(res.timeouts(), s);
        }
        int n = results.size();
        return new Figures(ok / (double) n, exact / (double) n, latency / n, timeouts / n,
                latencyVsTimeouts.getSlope(), withTimeouts, driver.departures(), n);
    }

    @Test
    void staleContactsUnderChurnCauseTimeoutsThatShowUpInLatency() {
        Figures still = run(false);
        Figures churn = run(true);
        String report = "static " + still + "\nchurn  " + churn;
        assertEquals(1.0, still.success(), report);
        assertEquals(0, still.withTimeouts(), report);
        assertTrue(churn.departures() > 1000, report);
        assertTrue(churn.withTimeouts() > LOOKUPS / 4, "under churn many lookups meet stale contacts\n" + report);
        // each timeout on the lookup's critical path costs up to the 2 s query timeout; with α = 3
        // in parallel some are hidden, so latency grows by a good fraction of 2 s per timeout
        assertTrue(churn.secondsPerTimeout() > 0.3 && churn.secondsPerTimeout() < 2.0, report);
        assertTrue(churn.meanLatencySeconds() > still.meanLatencySeconds() + 1, report);
        assertTrue(churn.success() > 0.9, "lookups route around dead nodes\n" + report);
    }
}
