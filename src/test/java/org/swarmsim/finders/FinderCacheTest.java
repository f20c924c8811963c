package org.swarmsim.finders;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

/**
 * The gossiped cache against a plain model: per finder the newest stamp (its load with it), then
 * the C newest entries, ties to the lower finder number; self never enters; entries in finder order.
 */
class FinderCacheTest {
    private record Entry(long stamp, int load) {
    }

    /** The model: merge keeps the newest stamp per finder, then the capacity newest (ties: lower finder). */
    private static final class Model {
        final int capacity;
        TreeMap<Integer, Entry> entries = new TreeMap<>();

        Model(int capacity) {
            this.capacity = capacity;
        }

        int[] merge(int[] fs, long[] st, int[] ld, int n, int self) {
            TreeSet<Integer> before = new TreeSet<>(entries.keySet());
            TreeMap<Integer, Entry> all = new TreeMap<>(entries);
            for (int j = 0; j < n; j++) {
                if (fs[j] == self) {
                    continue;
                }
                Entry old = all.get(fs[j]);
                long stamp = Math.min(FinderCache.MAX_STAMP_MS, st[j]);
                if (old == null || st[j] > old.stamp()) {
                    all.put(fs[j], new Entry(stamp, ld[j]));
                }
            }
            List<Map.Entry<Integer, Entry>> order = new ArrayList<>(all.entrySet());
            order.sort((a, b) -> a.getValue().stamp() != b.getValue().stamp()
                    ? Long.compare(b.getValue().stamp(), a.getValue().stamp())
                    : Integer.compare(a.getKey(), b.getKey()));
            entries = new TreeMap<>();
            for (int i = 0; i < Math.min(capacity, order.size()); i++) {
                entries.put(order.get(i).getKey(), order.get(i).getValue());
            }
            return entries.keySet().stream().filter(f -> !before.contains(f)).mapToInt(Integer::intValue).toArray();
        }
    }

    private static RandomStream stream(String key) {
        return new RandomStreams(20, 0).stream(key);
    }

    private static void assertSame(Model model, FinderCache cache, String when) {
        assertEquals(model.entries.size(), cache.size(), when + ": size");
        int i = 0;
        for (Map.Entry<Integer, Entry> e : model.entries.entrySet()) {
            assertEquals(e.getKey(), cache.finder(i), when + ": finder of entry " + i);
            assertEquals(e.getValue().stamp(), cache.stampMs(i), when + ": stamp of finder " + e.getKey());
            assertEquals(e.getValue().load(), cache.load(i), when + ": load of finder " + e.getKey());
            i++;
        }
    }

    @Test
    void manyRandomMergesMatchTheModelAndNeverExceedTheCapacity() {
        RandomStream r = stream("merges");
        int merges = 0;
        for (int capacity : new int[] {1, 2, 7, 32, 200}) {
            FinderCache cache = new FinderCache(capacity);
            Model model = new Model(capacity);
            int universe = 3 * capacity + 5;
            int self = r.nextInt(universe);
            for (int m = 0; m < 2000; m++) {
                // a sorted batch of distinct finders, sometimes with self; stamps in a narrow range so that ties occur
                TreeSet<Integer> batch = new TreeSet<>();
                int want = r.nextInt(Math.min(universe, 2 * capacity + 2) + 1);
                while (batch.size() < want) {
                    batch.add(r.nextInt(universe));
                }
                int n = batch.size();
                int[] fs = batch.stream().mapToInt(Integer::intValue).toArray();
                long[] st = new long[n];
                int[] ld = new int[n];
                long base = m / 10;
                for (int j = 0; j < n; j++) {
                    st[j] = base + r.nextInt(20);
                    ld[j] = r.nextInt(1000);
                }
                int[] expectedAdded = model.merge(fs, st, ld, n, self);
                int[] added = cache.mergeAndReportAdded(fs, st, ld, n, self);
                String when = "capacity " + capacity + ", merge " + m;
                assertTrue(cache.size() <= capacity, when + ": size " + cache.size() + " <= " + capacity);
                assertFalse(cache.contains(self), when + ": self is never cached");
                for (int i = 1; i < cache.size(); i++) {
                    assertTrue(cache.finder(i - 1) < cache.finder(i), when + ": entries sorted by finder, no repeats");
                }
                assertArrayEquals(expectedAdded, added, when + ": the finders newly present");
                assertSame(model, cache, when);
                merges++;
            }
        }
        assertEquals(10_000, merges);
    }

    @Test
    void mergeCountsTheFindersNewlyPresent() {
        FinderCache cache = new FinderCache(3);
        assertEquals(2, cache.merge(new int[] {1, 4}, new long[] {10, 10}, new int[] {0, 0}, 2, -1));
        // 4 refreshed (not new), 6 new; 9 is self
        assertEquals(1, cache.merge(new int[] {4, 6, 9}, new long[] {20, 5, 99}, new int[] {0, 0, 0}, 3, 9));
        assertArrayEquals(new int[] {1, 4, 6}, finders(cache));
        // 8 (stamp 30) pushes out the oldest, 6 (stamp 5); 7 (stamp 1) is older than everything kept
        assertArrayEquals(new int[] {8}, cache.mergeAndReportAdded(new int[] {7, 8}, new long[] {1, 30},
                new int[] {0, 0}, 2, -1));
        assertArrayEquals(new int[] {1, 4, 8}, finders(cache));
        // only the first n entries of the arrays count
        assertEquals(0, cache.merge(new int[] {2, 3}, new long[] {0, 100}, new int[] {0, 0}, 0, -1));
        assertArrayEquals(new int[] {1, 4, 8}, finders(cache));
    }

    @Test
    void keepsTheNewestStampAndItsLoadForEachFinder() {
        FinderCache cache = new FinderCache(10);
        cache.put(5, 100, 7);
        cache.put(5, 50, 9);     // older: ignored, load too
        assertEquals(100, cache.stampMs(0));
        assertEquals(7, cache.load(0));
        cache.put(5, 100, 3);    // as old: ignored
        assertEquals(7, cache.load(0));
        cache.put(5, 150, 2);
        assertEquals(150, cache.stampMs(0));
        assertEquals(2, cache.load(0));
        cache.put(5, Long.MAX_VALUE, 1);
        assertEquals(FinderCache.MAX_STAMP_MS, cache.stampMs(0), "stamps are capped at 39 bits");
        assertEquals(1, cache.size());
    }

    @Test
    void whenFullKeepsTheNewestWithTiesToTheLowerFinder() {
        FinderCache cache = new FinderCache(3);
        int[] fs = {2, 3, 5, 8, 9};
        long[] st = {40, 50, 40, 40, 60};
        cache.merge(fs, st, new int[5], 5, -1);
        // 9 (60) and 3 (50), then of 2, 5 and 8 at 40 the lowest, 2
        assertArrayEquals(new int[] {2, 3, 9}, finders(cache));
        // an older entry does not displace anything; a newer one displaces the oldest, tie to the higher finder out
        cache.put(1, 39, 0);
        assertArrayEquals(new int[] {2, 3, 9}, finders(cache));
        cache.put(0, 40, 0);
        assertArrayEquals(new int[] {0, 3, 9}, finders(cache), "0 and 2 tie at 40: the lower, 0, stays");
    }

    @Test
    void selfIsSkippedWhereverItIsInTheBatch() {
        for (int self : new int[] {1, 4, 9}) {
            FinderCache cache = new FinderCache(10);
            int[] added = cache.mergeAndReportAdded(new int[] {1, 4, 9}, new long[] {1, 2, 3}, new int[3], 3, self);
            assertEquals(2, cache.size());
            assertFalse(cache.contains(self));
            assertEquals(2, added.length);
            for (int f : added) {
                assertTrue(f != self);
            }
        }
    }

    @Test
    void removeDropsExactlyThatEntry() {
        FinderCache cache = new FinderCache(10);
        cache.merge(new int[] {1, 3, 5, 7}, new long[] {10, 30, 50, 70}, new int[] {1, 3, 5, 7}, 4, -1);
        assertTrue(cache.remove(3));
        assertFalse(cache.remove(3));
        assertFalse(cache.remove(4));
        assertFalse(cache.contains(3));
        assertArrayEquals(new int[] {1, 5, 7}, finders(cache));
        assertEquals(50, cache.stampMs(1));
        assertEquals(5, cache.load(1));
        assertTrue(cache.remove(7));
        assertTrue(cache.remove(1));
        assertArrayEquals(new int[] {5}, finders(cache));
        assertTrue(cache.remove(5));
        assertEquals(0, cache.size());
        assertEquals(-1, cache.random(stream("empty")));
        cache.put(3, 1, 0);
        assertArrayEquals(new int[] {3}, finders(cache), "a removed finder can come back");
    }

    @Test
    void randomDrawsEveryEntryUniformly() {
        FinderCache cache = new FinderCache(8);
        cache.merge(new int[] {0, 2, 4, 6}, new long[4], new int[4], 4, -1);
        RandomStream r = stream("random");
        int[] counts = new int[7];
        for (int i = 0; i < 40_000; i++) {
            counts[cache.random(r)]++;
        }
        for (int f = 0; f < 7; f++) {
            if (f % 2 == 0) {
                assertEquals(10_000, counts[f], 400, "finder " + f + " drawn a quarter of the time");
            } else {
                assertEquals(0, counts[f]);
            }
        }
    }

    @Test
    void refusesACapacityBelowOne() {
        assertThrows(IllegalArgumentException.class, () -> new FinderCache(0));
    }

    private static int[] finders(FinderCache c) {
        int[] out = new int[c.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = c.finder(i);
        }
        return out;
    }
}
