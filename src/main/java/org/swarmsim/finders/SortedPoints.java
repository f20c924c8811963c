package org.swarmsim.finders;

import java.util.Arrays;

/** The hash points of a whole population, sorted (ties by finder number), for building links. */
final class SortedPoints {
    final long[] points;
    final int[] finders;

    SortedPoints(long[] byFinder) {
        int n = byFinder.length;
        long[] packed = new long[n];
        Integer[] order = new Integer[n];
        for (int f = 0; f < n; f++) {
            order[f] = f;
        }
        Arrays.sort(order, (a, b) -> byFinder[a] != byFinder[b] ? Long.compare(byFinder[a], byFinder[b])
                : Integer.compare(a, b));
        points = packed;
        finders = new int[n];
        for (int i = 0; i < n; i++) {
            finders[i] = order[i];
            points[i] = byFinder[order[i]];
        }
    }

    /** The first index whose point is >= {@code p}. */
    int lowerBound(long p) {
        int lo = 0;
        int hi = points.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (points[mid] < p) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
