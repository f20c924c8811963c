package org.swarmsim.cli.bench;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.swarmsim.net.Network;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code swarmsim bench network}: flow-set changes per second of wall time with about
 * {@code --flows} flows active over {@code --nodes} nodes, for the incremental max-min allocation
 * and for a full recomputation on every change (the reference), and the speed-up between them.
 */
@Command(name = "network",
        mixinStandardHelpOptions = true,
        description = "Max-min flow allocation speed: incremental vs full recomputation.")
public final class NetworkBenchCommand implements Callable<Integer> {
    @Option(names = "--nodes", description = "Nodes (default: ${DEFAULT-VALUE}).")
    int nodes = 10_000;

    @Option(names = "--flows", description = "Flows kept active (default: ${DEFAULT-VALUE}).")
    int flows = 50_000;

    @Option(names = "--changes", description = "Flow-set changes measured, incremental (default: ${DEFAULT-VALUE}).")
    long changes = 400_000;

    @Option(names = "--reference-changes", description = "Flow-set changes measured, full recomputation (default: ${DEFAULT-VALUE}).")
    long referenceChanges = 2_000;

    @Option(names = "--mix", description = "Access links: realistic (ADSL to campus) or uniform (all 1 MB/s both ways; more"
            + " saturated downlinks, longer propagation). Default: ${DEFAULT-VALUE}.")
    String mix = "realistic";

    @Option(names = "--seed", description = "Master seed of the workload (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Override
    public Integer call() {
        if (nodes < 2 || flows < 1 || changes < 1 || referenceChanges < 1) {
            throw new IllegalArgumentException("need --nodes >= 2, --flows >= 1, --changes >= 1 and --reference-changes >= 1");
        }
        if (!mix.equals("realistic") && !mix.equals("uniform")) {
            throw new IllegalArgumentException("--mix must be realistic or uniform, got '" + mix + "'");
        }
        boolean uniform = mix.equals("uniform");
        NetworkBenchWorkload incremental = new NetworkBenchWorkload(seed, nodes, flows, true, uniform);
        incremental.run(Math.min(changes / 4 + 1, 100_000));   // warm-up: let the JIT compile the hot paths
        Network before = incremental.network();
        long recomputationsBefore = before.recomputations();
        long solvedBefore = before.flowsSolved();
        long updatesBefore = before.rateUpdates();
        long wall = incremental.run(changes);
        double ours = changes / (wall / 1e9);
        long recomputations = before.recomputations() - recomputationsBefore;
        print("network", changes, wall);
        System.out.printf(Locale.ROOT, "network-detail active_flows=%d recomputations=%d flows_resolved_per_recomputation=%.1f"
                        + " rate_changes_per_recomputation=%.1f%n",
                before.activeFlows(), recomputations,
                (before.flowsSolved() - solvedBefore) / (double) recomputations,
                (before.rateUpdates() - updatesBefore) / (double) recomputations);
        System.out.flush();

        NetworkBenchWorkload reference = new NetworkBenchWorkload(seed, nodes, flows, false, uniform);
        reference.run(Math.max(1, referenceChanges / 4));
        long referenceWall = reference.run(referenceChanges);
        double theirs = referenceChanges / (referenceWall / 1e9);
        print("network-reference", referenceChanges, referenceWall);
        System.out.printf(Locale.ROOT, "speedup=%.1f%n", ours / theirs);
        return 0;
    }

    private void print(String label, long measuredChanges, long wallNanos) {
        System.out.printf(Locale.ROOT, "%s flows=%d nodes=%d changes/s=%.0f wall_s=%.1f%n",
                label, flows, nodes, measuredChanges / (wallNanos / 1e9), wallNanos / 1e9);
        System.out.flush();
    }
}
