package org.swarmsim.sweep;

import java.nio.file.Path;
import java.util.Map;

/**
 * One replication of one grid point.
 *
 * @param index       position in the plan (point-major: all replications of point 0, then point 1, ...)
 * @param point       the grid point's number
 * @param label       the grid point's label ({@code key=value ...}, or {@code base})
 * @param values      the point's {@code path=value} settings, in grid order
 * @param replication the replication number, which is also the random substream
 * @param dir         the replication's folder {@code point-NN/rep-RRR}
 */
public record SweepTask(int index, int point, String label, Map<String, String> values, int replication, Path dir) {
    /** The folder relative to the sweep folder, {@code point-NN/rep-RRR}, with '/' whatever the platform. */
    public String relativeName() {
        return SweepPlan.pointId(point) + "/" + SweepPlan.repId(replication);
    }
}
