package org.swarmsim.reproduce;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The registry of named experiments, in {@code --list} order. */
public final class Experiments {
    private static final Map<String, Experiment> ALL = new LinkedHashMap<>();

    static {
        register(new KumarRossExperiment());
        register(new FluidSteadyStateExperiment());
        register(new SeedStabilityExperiment());
        register(new RarestVsRandomExperiment());
        register(new TitForTatFairnessExperiment());
        register(new DhtHopsExperiment());
        register(new SearchMethodsExperiment());
        register(new PastryHopsExperiment());
        register(new PastryFailuresExperiment());
        register(new SmallWorldExperiment());
        register(new FinderDiscoveryExperiment());
        register(new PexDiscoveryExperiment());
        register(new BitTyrantExperiment());
        register(new SuperSeedingExperiment());
    }

    private Experiments() {
    }

    private static void register(Experiment e) {
        ALL.put(e.name(), e);
    }

    /** Every experiment, in listing order. */
    public static List<Experiment> all() {
        return List.copyOf(ALL.values());
    }

    /** The experiment called {@code name}; an exception listing the known names otherwise. */
    public static Experiment named(String name) {
        Experiment e = ALL.get(name);
        if (e == null) {
            throw new IllegalArgumentException("unknown experiment '" + name + "' (allowed: "
                    + String.join(", ", ALL.keySet()) + "; see reproduce --list)");
        }
        return e;
    }
}
