package org.swarmsim.cli.bench;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.swarmsim.kademlia.DhtConfig;
import org.swarmsim.kademlia.LookupExperiment;
import org.swarmsim.sim.SimTime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code swarmsim bench dht}: builds an N-node Kademlia network by joins, runs L lookups and
 * prints hops, success, wall time and peak heap.
 */
@Command(name = "dht",
        mixinStandardHelpOptions = true,
        description = "Kademlia (BEP 5) network built by joins, then lookups: hops, success, speed, memory.")
public final class DhtBenchCommand implements Callable<Integer> {
    @Option(names = "--nodes", description = "Nodes (default: ${DEFAULT-VALUE}).")
    int nodes = 10_000;

    @Option(names = "--lookups", description = "Lookups measured (default: ${DEFAULT-VALUE}).")
    int lookups = 1_000;

    @Option(names = "--k", description = "Bucket size (default: ${DEFAULT-VALUE}).")
    int k = 8;

    @Option(names = "--alpha", description = "Parallel queries per lookup (default: ${DEFAULT-VALUE}).")
    int alpha = 3;

    @Option(names = "--join-gap-ms", description = "Milliseconds between joins (default: ${DEFAULT-VALUE}).")
    double joinGapMillis = 1;

    @Option(names = "--seed", description = "Master seed (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Override
    public Integer call() {
        if (nodes < 2 || lookups < 1 || k < 1 || alpha < 1 || joinGapMillis < 0) {
            throw new IllegalArgumentException("need --nodes >= 2, --lookups >= 1, --k >= 1, --alpha >= 1, --join-gap-ms >= 0");
        }
        DhtConfig config = DhtConfig.bep5().withK(k).withAlpha(alpha);
        LookupExperiment experiment = new LookupExperiment(nodes, lookups, config, seed,
                SimTime.millis(joinGapMillis), SimTime.millis(1));
        long t0 = System.nanoTime();
        LookupExperiment.Summary s = experiment.run();
        double wall = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "dht nodes=%d lookups=%d mean_rounds=%.2f success=%.4f wall_s=%.1f peak_heap_mb=%d%n",
                nodes, lookups, s.meanRounds(), s.successRate(), wall, SwarmBenchCommand.peakHeapMb());
        System.out.printf(Locale.ROOT, "dht-detail k=%d alpha=%d max_rounds=%d exact_k_closest=%.4f mean_latency_ms=%.1f"
                        + " mean_queries=%.1f datagrams=%d%n",
                k, alpha, s.maxRounds(), s.exactRate(), s.meanLatencyNanos() / 1e6, s.meanMessages(), s.datagrams());
        return 0;
    }
}
