package org.swarmsim.kademlia;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.swarmsim.net.Datagrams;
import org.swarmsim.net.DistributionLatency;
import org.swarmsim.net.Network;
import org.swarmsim.net.Node;
import org.swarmsim.overlay.NodeId;
import org.swarmsim.sim.SimTime;
import org.swarmsim.sim.Simulation;
import org.swarmsim.sim.random.Distributions;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

/**
 * A static DHT experiment: {@code nodes} nodes join one after another (one every
 * {@code joinGapNanos}, bootstrapping from the first node), the network settles, then
 * {@code lookups} find_node lookups of random ids start from random nodes, one every
 * {@code lookupGapNanos}. Latencies are log-normal (mean 50 ms, sd 25 ms one way) per node pair,
 * access links 1 MB/s. A test harness for the scaling test (the dht_lookups kind is what users run).
 *
 * @param nodes          network size, >= 2
 * @param lookups        measured lookups, >= 1
 * @param config         DHT parameters
 * @param seed           master seed
 * @param joinGapNanos   time between joins
 * @param lookupGapNanos time between lookups
 */
public record LookupExperiment(int nodes, int lookups, DhtConfig config, long seed, long joinGapNanos,
                               long lookupGapNanos) {
    public LookupExperiment {
        Objects.requireNonNull(config, "config");
        if (nodes < 2 || lookups < 1) {
            throw new IllegalArgumentException("need nodes >= 2 and lookups >= 1, got nodes=" + nodes + " lookups=" + lookups);
        }
        if (joinGapNanos < 0 || lookupGapNanos < 0) {
            throw new IllegalArgumentException("gaps must be >= 0 ns");
        }
    }

    /** Defaults: joins 1 ms apart, lookups 1 ms apart. */
    public static LookupExperiment of(int nodes, int lookups, DhtConfig config, long seed) {
        return new LookupExperiment(nodes, lookups, config, seed, SimTime.millis(1), SimTime.millis(1));
    }

    /**
     * Figures of the measured lookups.
     *
     * @param meanRounds    mean hops
     * @param maxRounds     largest hops of any lookup
     * @param successRate   fraction that returned the true closest node
     * @param exactRate     fraction that returned exactly the true k closest
     * @param meanLatencyNanos mean lookup latency
     * @param meanMessages  mean queries per lookup
     * @param datagrams     datagrams sent over the whole run (joins included)
     * @param rounds        hops of every measured lookup, in completion order
     */
    public record Summary(double meanRounds, int maxRounds, double successRate, double exactRate,
                          double meanLatencyNanos, double meanMessages, long datagrams, int[] rounds) {
    }

    /** Builds the network, runs the lookups, and summarises them. */
    public Summary run() {
        return run(r -> { });
    }

    /** As {@link #run()}, also handing every measured lookup to {@code each}. */
    public Summary run(Consumer<LookupResult> each) {
        Simulation sim = new Simulation(1 << 16);
        RandomStreams streams = new RandomStreams(seed);
        Network network = new Network(sim, new DistributionLatency(
                Distributions.logNormalWithMean(streams.stream("dht/latency"), 50, 25), streams.stream("dht/latency-seed")));
        Datagrams datagrams = new Datagrams(network);
        DhtNetwork dht = new DhtNetwork(network, datagrams, config);
        dht.setJudgeLookups(false);
        RandomStream idStream = streams.stream("dht/ids");
        DhtNode[] all = new DhtNode[nodes];
        List<DhtNode> bootstrap = new ArrayList<>(1);
        for (int i = 0; i < nodes; i++) {
            Node host = network.addNode("dht" + i, 1_000_000, 1_000_000);
            network.setOnline(host, false);
            DhtNode node = dht.addNode(NodeId.random(idStream), host, streams.stream("dht/node", i));
            all[i] = node;
            if (i == 0) {
                node.join(List.of(), null);
                bootstrap.add(node);
            } else {
                sim.scheduleAt((long) i * joinGapNanos, () -> node.join(bootstrap, null));
            }
        }
        long settled = (long) nodes * joinGapNanos + SimTime.seconds(30);
        sim.run(settled);

        dht.setJudgeLookups(true);
        RandomStream pick = streams.stream("dht/lookups");
        int[] rounds = new int[lookups];
        long[] totals = new long[4];   // success, exact, latency, messages
        int[] done = new int[1];
        int[] max = new int[1];
        Consumer<LookupResult> record = r -> {
            rounds[done[0]++] = r.rounds();
            max[0] = Math.max(max[0], r.rounds());
            totals[0] += r.success() ? 1 : 0;
            totals[1] += r.exact() ? 1 : 0;
            totals[2] += r.latencyNanos();
            totals[3] += r.messagesSent();
            each.accept(r);
        };
        for (int i = 0; i < lookups; i++) {
            DhtNode origin = all[pick.nextInt(nodes)];
            NodeId target = NodeId.random(pick);
            sim.scheduleAt(settled + (long) i * lookupGapNanos, () -> origin.lookup(target, record));
        }
        sim.run(settled + (long) lookups * lookupGapNanos + SimTime.seconds(120));
        if (done[0] != lookups) {
            throw new IllegalStateException(done[0] + " of " + lookups + " lookups finished");
        }
        double sum = 0;
        for (int r : rounds) {
            sum += r;
        }
        return new Summary(sum / lookups, max[0], totals[0] / (double) lookups, totals[1] / (double) lookups,
                totals[2] / (double) lookups, totals[3] / (double) lookups, datagrams.sent(), rounds);
    }
}
