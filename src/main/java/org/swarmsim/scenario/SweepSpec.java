package org.swarmsim.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code sweep}: {@code replications} runs (default 1) of every point of the grid spanned by
 * {@code vary} (field path to the values it takes, each value the YAML text a {@code --set} would
 * take). No {@code vary} means one point: the scenario itself. {@code metrics} lists the metrics
 * {@code sweep.csv} summarises; empty means the kind's default.
 */
public record SweepSpec(int replications, Map<String, List<String>> vary, List<String> metrics) {
    public static final SweepSpec NONE = new SweepSpec(1, Map.of());

    /** A sweep of the kind's default metrics. */
    public SweepSpec(int replications, Map<String, List<String>> vary) {
        this(replications, vary, List.of());
    }

    public SweepSpec {
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be >= 1: " + replications);
        }
        LinkedHashMap<String, List<String>> copy = new LinkedHashMap<>();
        vary.forEach((k, v) -> {
            if (v.isEmpty()) {
                throw new IllegalArgumentException("vary." + k + " needs at least one value");
            }
            copy.put(k, List.copyOf(v));
        });
        vary = Collections.unmodifiableMap(copy);
        metrics = List.copyOf(metrics);
    }

    /**
     * The grid points, each a path-to-value map in {@code vary}'s order; the last path varies
     * fastest. Apply a point with {@code Scenarios.loadPoint(file, sets, point)}.
     */
    public List<Map<String, String>> points() {
        List<Map<String, String>> points = new ArrayList<>();
        points.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<String>> e : vary.entrySet()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> p : points) {
                for (String value : e.getValue()) {
                    Map<String, String> q = new LinkedHashMap<>(p);
                    q.put(e.getKey(), value);
                    next.add(q);
                }
            }
            points = next;
        }
        List<Map<String, String>> result = new ArrayList<>();
        points.forEach(p -> result.add(Collections.unmodifiableMap(p)));
        return Collections.unmodifiableList(result);
    }
}
