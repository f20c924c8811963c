package org.swarmsim.run.gnutella;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.swarmsim.gnutella.GnutellaConfig;
import org.swarmsim.gnutella.SearchMethod;
import org.swarmsim.scenario.ChurnSpec;

/**
 * The {@code gnutella} section of a {@code kind: gnutella} scenario: the overlay's graph, an
 * optional two-tier structure, the servents' routing configuration, the content and its
 * replication, the query workload, the search methods (every query is issued once with each, from
 * the same origin at the same instant, for a paired comparison) and optional churn (from the
 * workload's start).
 */
public record GnutellaSpec(TopologySpec topology, Ultrapeers ultrapeers, GnutellaConfig config, Content content,
                           Workload workload, List<SearchMethod> methods, ChurnSpec churn) {
    public GnutellaSpec {
        Objects.requireNonNull(topology, "topology");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(workload, "workload");
        methods = List.copyOf(methods);
        if (methods.isEmpty()) {
            throw new IllegalArgumentException("at least one search method is needed");
        }
    }

    /**
     * A two-tier overlay: the topology's nodes are the ultrapeers; {@code leaves} more servents
     * each attach to {@code perLeaf} ultrapeers, and an ultrapeer takes at most {@code perUltrapeer} leaves.
     */
    public record Ultrapeers(int leaves, int perLeaf, int perUltrapeer) {
    }

    /**
     * {@code objects} objects of {@code sizeBytes}, {@code replicas} replicas in all allocated by
     * {@code allocation} ({@code uniform}, {@code proportional}, {@code square_root}) of the query
     * distribution (uniform, or Zipf with {@code exponent}), or placed as {@code placement} lists
     * ({@link PlacementFile}; then {@code replicas} is its number of lines).
     */
    public record Content(int objects, long replicas, String allocation, Path placement, boolean zipf,
                          double exponent, long sizeBytes) {
    }

    /**
     * Queries start as a Poisson process of {@code perSecond} from {@code startNanos} until the
     * scenario's duration, from random online servents (leaves in a two-tier overlay) or in turn
     * from {@code origins} (node ids as in outputs); each is measured for {@code timeoutNanos}.
     */
    public record Workload(double perSecond, long startNanos, List<Long> origins, long timeoutNanos) {
        public Workload {
            origins = List.copyOf(origins);
        }
    }


    /** Every servent of the run, ultrapeers and leaves. */
    public int servents() {
        return topology.nodes() + (ultrapeers == null ? 0 : ultrapeers.leaves());
    }
}
