package org.swarmsim.run.swarm;

import java.util.ArrayList;
import java.util.List;
import org.swarmsim.bittorrent.peer.Behaviour;
import org.swarmsim.bittorrent.peer.PeerSpec;
import org.swarmsim.run.Shares;
import org.swarmsim.scenario.CapacityClass;
import org.swarmsim.scenario.DistributionSpec;
import org.swarmsim.scenario.NetworkSpec;
import org.swarmsim.scenario.Scenario;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

/**
 * Turns a scenario's population section into the list of {@link PeerSpec}s, before the run
 * starts. Capacity classes and behaviours are assigned in exact proportions (largest remainder)
 * and then shuffled, so a 10% share is 10% of the peers, not 10% on average; each peer's
 * lingering time comes from its own stream ({@code leecher/<i>/lingering}).
 */
final class PopulationPlan {
    private PopulationPlan() {
    }

    /** Seeds first, then leechers in arrival order. */
    static List<PeerSpec> of(Scenario s, RandomStreams streams) {
        List<PeerSpec> out = new ArrayList<>();
        NetworkSpec net = s.network();
        SeedSpec seeds = s.section(SwarmSpec.class).population().seeds();
        for (int i = 0; i < seeds.count(); i++) {
            long up = seeds.uploadBytesPerSecond();
            long down = seeds.downloadBytesPerSecond();
            String cls = seeds.capacityClass();
            if (cls != null) {
                CapacityClass c = net.capacityClass(cls);
                up = c.uploadBytesPerSecond();
                down = c.downloadBytesPerSecond();
            } else {
                cls = "seed";
            }
            long linger = sample(seeds.lingering(), streams.stream("seed", i, "lingering"));
            out.add(new PeerSpec(cls, up, Math.max(1, down), Behaviour.COMPLIANT, true, 0, linger, PeerSpec.FOREVER));
        }
        LeecherSpec leechers = s.section(SwarmSpec.class).population().leechers();
        long[] arrivals = leechers.arrival().arrivalTimes(streams.stream("leechers", "arrivals"));
        int n = arrivals.length;
        List<CapacityClass> classes = net.classes();
        double[] classShares = classes.stream().mapToDouble(CapacityClass::share).toArray();
        int[] classOf = Shares.shuffledAssignment(classShares, n, streams.stream("leechers", "classes"));
        List<String> behaviourNames = new ArrayList<>(leechers.behaviours().keySet());
        double[] behaviourShares = behaviourNames.stream().mapToDouble(b -> leechers.behaviours().get(b)).toArray();
        int[] behaviourOf = Shares.shuffledAssignment(behaviourShares, n, streams.stream("leechers", "behaviours"));
        for (int i = 0; i < n; i++) {
            CapacityClass c = classes.get(classOf[i]);
            Behaviour b = SwarmPolicies.BEHAVIOURS.create(behaviourNames.get(behaviourOf[i]), null);
            long linger = sample(leechers.lingering(), streams.stream("leecher", i, "lingering"));
            long abort = leechers.abort().isNever() ? PeerSpec.FOREVER
                    : Math.max(1, sample(leechers.abort(), streams.stream("leecher", i, "abort")));
            out.add(new PeerSpec(c.name(), c.uploadBytesPerSecond(), c.downloadBytesPerSecond(), b, false,
                    arrivals[i], linger, abort));
        }
        return out;
    }

    private static long sample(DistributionSpec d, RandomStream stream) {
        if (d.isNever()) {
            return PeerSpec.FOREVER;
        }
        return Math.max(0, DistributionSpec.sampleNanos(d.build(stream)));
    }
}
