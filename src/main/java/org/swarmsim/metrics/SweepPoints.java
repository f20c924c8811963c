package org.swarmsim.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code points.csv} of a sweep: one row per grid point with its directory id ({@code point}),
 * its label ({@code protocol.picker=random peers=200}, the {@code grid_point} of
 * {@code sweep.csv}) and one column per varied parameter, named by its field path, holding the
 * point's value.
 */
public final class SweepPoints {
    private SweepPoints() {
    }

    /** The header: {@code point}, {@code label}, then the varied parameters in {@code vary}'s order. */
    public static List<String> header(Map<String, List<String>> vary) {
        List<String> header = new ArrayList<>(List.of("point", "label"));
        header.addAll(vary.keySet());
        return header;
    }

    /** One row: the point's id, label and value of every varied parameter. */
    public static List<String> row(String pointId, String label, Map<String, List<String>> vary, Map<String, String> values) {
        List<String> row = new ArrayList<>(List.of(pointId, label));
        for (String path : vary.keySet()) {
            row.add(values.getOrDefault(path, ""));
        }
        return row;
    }
}
