package org.swarmsim.run.swarm;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.swarmsim.scenario.ArrivalProcess;
import org.swarmsim.scenario.DistributionSpec;
import org.swarmsim.scenario.NetworkSpec;

/**
 * {@code population.leechers}: when leechers arrive, how long they stay after completing
 * ({@code lingering}, default 0 s: leave on completion), and the behaviour mix (name to share,
 * summing to 1; default {@code compliant: 100%}). Their capacity class is drawn by share from
 * {@link NetworkSpec#classes()}. {@code magnet} (default 0): the share of leechers that join from a
 * magnet link, knowing only the info-hash, and fetch the metadata from their peers (BEP 9,
 * {@code ut_metadata}, which every peer then runs).
 */
public record LeecherSpec(ArrivalProcess arrival, DistributionSpec lingering, Map<String, Double> behaviours,
        DistributionSpec abort, double magnetShare) {
    /** Leechers that never abort. */
    public LeecherSpec(ArrivalProcess arrival, DistributionSpec lingering, Map<String, Double> behaviours) {
        this(arrival, lingering, behaviours, DistributionSpec.NEVER, 0);
    }

    public LeecherSpec {
        if (abort == null) {
            abort = DistributionSpec.NEVER;
        }
        if (!(magnetShare >= 0 && magnetShare <= 1)) {
            throw new IllegalArgumentException("the share of magnet joins must be in [0, 1]: " + magnetShare);
        }
        if (arrival == null || lingering == null) {
            throw new IllegalArgumentException("leechers need an arrival process and a lingering time");
        }
        behaviours = Collections.unmodifiableMap(new LinkedHashMap<>(behaviours));
        double sum = behaviours.values().stream().mapToDouble(Double::doubleValue).sum();
        if (Math.abs(sum - 1) > 1e-9) {
            throw new IllegalArgumentException("behaviour shares must sum to 1: " + sum);
        }
    }
}
