package org.swarmsim.finders;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The ground truth of the ring and XOR geometries: the points of the online finders, sorted, with
 * their numbers. The closest on the ring is the nearer of the point's successor and predecessor (or,
 * clockwise, the finder at or before the point); the
 * closest by XOR is found bit by bit from the top, taking the half that matches the point's bit
 * when any online finder is in it. Finders that share a point (ids equal in their top 63 bits) all
 * count: the lowest online number among them answers, as ties go to the lower number.
 */
final class OnlinePoints {
    private final TreeMap<Long, Integer> points = new TreeMap<>();       // point -> the lowest online finder there
    private final Map<Long, TreeSet<Integer>> shared = new HashMap<>();  // point -> its finders, if two or more
    private int count;

    /** Finder {@code finder} at {@code point} is online. */
    void put(long point, int finder) {
        Integer first = points.putIfAbsent(point, finder);
        if (first == null) {
            count++;
            return;
        }
        if (first == finder) {
            return;
        }
        TreeSet<Integer> s = shared.computeIfAbsent(point, p -> new TreeSet<>(List.of(first)));
        if (s.add(finder)) {
            count++;
        }
        points.put(point, s.first());
    }

    /** Finder {@code finder} at {@code point} is offline (the others at that point stay). */
    void remove(long point, int finder) {
        Integer first = points.get(point);
        if (first == null) {
            return;
        }
        TreeSet<Integer> s = shared.get(point);
        if (s == null) {
            if (first == finder) {
                points.remove(point);
                count--;
            }
            return;
        }
        if (s.remove(finder)) {
            count--;
        }
        points.put(point, s.first());
        if (s.size() == 1) {
            shared.remove(point);
        }
    }

    /** Online finders. */
    int size() {
        return count;
    }

    int ringClosest(long p) {
        if (points.isEmpty()) {
            return -1;
        }
        Map.Entry<Long, Integer> up = points.ceilingEntry(p);
        if (up == null) {
            up = points.firstEntry();
        }
        Map.Entry<Long, Integer> down = points.lowerEntry(p);
        if (down == null) {
            down = points.lastEntry();
        }
        long du = HashPoints.ring(p, up.getKey());
        long dd = HashPoints.ring(p, down.getKey());
        if (du != dd) {
            return du < dd ? up.getValue() : down.getValue();
        }
        return Math.min(up.getValue(), down.getValue());
    }

    /** The online finder at {@code p} or the first counter-clockwise from it (wrapping past 0); -1 if none. */
    int atOrBefore(long p) {
        if (points.isEmpty()) {
            return -1;
        }
        Map.Entry<Long, Integer> e = points.floorEntry(p);
        return (e != null ? e : points.lastEntry()).getValue();
    }

    int xorClosest(long p) {
        if (points.isEmpty()) {
            return -1;
        }
        long prefix = 0;   // the bits chosen so far, from bit 62 down
        for (int bit = 62; bit >= 0; bit--) {
            long want = prefix | (p & (1L << bit));
            long lowMask = (1L << bit) - 1;
            Long in = points.ceilingKey(want);
            if (in != null && in <= (want | lowMask)) {
                prefix = want;
            } else {
                prefix = want ^ (1L << bit);
            }
        }
        return points.get(prefix);
    }
}
