package org.swarmsim.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ordered (point, replication) tasks of a sweep: point-major, so task {@code i} is replication
 * {@code i mod R} of point {@code i div R}, living in {@code point-NN/rep-RRR}. The order is the
 * same on every machine, which is what makes {@link Shard} slices stable.
 */
public final class SweepPlan {
    private final List<Map<String, String>> points;
    private final int replications;
    private final List<SweepTask> tasks;

    /** The plan of {@code points} x {@code replications} in the sweep folder {@code dir}. */
    public SweepPlan(List<Map<String, String>> points, int replications, Path dir) {
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be >= 1, got " + replications);
        }
        this.points = List.copyOf(points);
        this.replications = replications;
        List<SweepTask> all = new ArrayList<>();
        for (int p = 0; p < points.size(); p++) {
            String label = label(points.get(p));
            for (int r = 0; r < replications; r++) {
                all.add(new SweepTask(all.size(), p, label, points.get(p), r, dir.resolve(pointId(p)).resolve(repId(r))));
            }
        }
        this.tasks = List.copyOf(all);
    }

    /** The grid points, in grid order. */
    public List<Map<String, String>> points() {
        return points;
    }

    /** Replications per point. */
    public int replications() {
        return replications;
    }

    /** Every task, in plan order. */
    public List<SweepTask> tasks() {
        return tasks;
    }

    /** The tasks of one shard, in plan order. */
    public List<SweepTask> tasks(Shard shard) {
        return tasks.stream().filter(t -> shard.owns(t.index())).toList();
    }

    /** {@code point-NN}. */
    public static String pointId(int p) {
        return String.format(Locale.ROOT, "point-%02d", p);
    }

    /** {@code rep-RRR}. */
    public static String repId(int r) {
        return String.format(Locale.ROOT, "rep-%03d", r);
    }

    /** A point's label: its {@code key=value} settings separated by spaces, or {@code base} for none. */
    public static String label(Map<String, String> values) {
        if (values.isEmpty()) {
            return "base";
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(e.getKey()).append('=').append(e.getValue());
        }
        return sb.toString();
    }
}
