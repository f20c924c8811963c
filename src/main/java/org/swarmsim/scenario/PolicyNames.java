package org.swarmsim.scenario;

import java.util.List;

/**
 * The policy names a scenario may use, which validation checks and lists in "allowed:". The
 * built-in names are {@link #BUILT_IN}; once the factories are registered, build the names from
 * the registries with {@link #of(Registry, Registry, Registry)} so that a newly registered policy
 * is accepted by validation without further edits.
 */
public record PolicyNames(List<String> pickers, List<String> chokers, List<String> behaviours) {
    /** Piece pickers: rarest first, uniformly random, in order, random for the first pieces then rarest. */
    public static final List<String> PICKERS = List.of("rarest_first", "random", "sequential", "random_first");
    /** Chokers: the reference BitTorrent tit-for-tat choker. */
    public static final List<String> CHOKERS = List.of("tit_for_tat");
    /** How a seed picks whom to unchoke: fastest downloaders, or Legout et al.'s round robin. */
    public static final List<String> SEED_RULES = List.of("upload_rate", "legout");
    /** Peer behaviours: follow the protocol, or download without ever uploading. */
    public static final List<String> BEHAVIOURS = List.of("compliant", "free_rider", "corrupter");
    /** Latency models (their parameters are parsed into {@link LatencySpec}). */
    public static final List<String> LATENCY_MODELS = List.of("constant", "distribution", "coordinates", "matrix");
    /** Leecher arrival processes (parsed into {@link ArrivalProcess}). */
    public static final List<String> ARRIVALS = List.of("flash_crowd", "poisson", "trace");

    /** The names shipped with swarmsim. */
    public static final PolicyNames BUILT_IN = new PolicyNames(PICKERS, CHOKERS, BEHAVIOURS);

    public PolicyNames {
        pickers = List.copyOf(pickers);
        chokers = List.copyOf(chokers);
        behaviours = List.copyOf(behaviours);
    }

    /** The names registered in the given registries. */
    public static PolicyNames of(Registry<?, ?> pickers, Registry<?, ?> chokers, Registry<?, ?> behaviours) {
        return new PolicyNames(pickers.names(), chokers.names(), behaviours.names());
    }
}
