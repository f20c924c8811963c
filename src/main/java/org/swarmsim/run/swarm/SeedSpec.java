package org.swarmsim.run.swarm;

import org.swarmsim.scenario.DistributionSpec;

/**
 * {@code population.seeds}: the peers that hold the whole content at time 0. Their capacity comes
 * from a capacity class ({@code class: fast}; {@link #capacityClass()} is its name) or from
 * {@code upload}/{@code download} given directly ({@link #capacityClass()} is then null). With
 * neither, the first capacity class is used. {@code lingering}: how long a seed stays (default
 * {@code forever}).
 */
public record SeedSpec(int count, String capacityClass, long uploadBytesPerSecond, long downloadBytesPerSecond,
        DistributionSpec lingering) {
    public SeedSpec {
        if (count < 0 || uploadBytesPerSecond <= 0 || downloadBytesPerSecond <= 0 || lingering == null) {
            throw new IllegalArgumentException("seeds need count >= 0, positive capacities and a lingering time");
        }
    }
}
