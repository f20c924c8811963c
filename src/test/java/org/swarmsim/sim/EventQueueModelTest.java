package org.swarmsim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

/**
 * The radix-heap queue against a reference model (a TreeMap ordered by (time, insertion number)),
 * under random inserts, cancels and polls with many ties and a wide spread of times. Any
 * difference in the order of extracted events is a bug.
 */
class EventQueueModelTest {

    private record Key(long time, long seq) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = Long.compare(time, o.time);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void extractsExactlyWhatAReferenceQueueExtracts(long seed) {
        RandomStream rng = new RandomStreams(seed).stream("event-queue-model");
        EventQueue queue = new EventQueue(16);
        TreeMap<Key, Integer> reference = new TreeMap<>();
        List<long[]> handles = new ArrayList<>();   // {handle, seq}
        List<Key> keys = new ArrayList<>();
        long now = 0;
        long seq = 0;
        int[] ranId = {-1};
        for (int step = 0; step < 60_000; step++) {
            int op = rng.nextInt(10);
            if (op < 5) {
                long delay = switch (rng.nextInt(4)) {
                    case 0 -> 0;                                  // ties at "now"
                    case 1 -> rng.nextInt(4);                     // ties nearby
                    case 2 -> rng.nextLong(1_000_000);
                    default -> rng.nextLong(1L << 40);            // far future
                };
                long time = now + delay;
                int id = (int) seq;
                long h = queue.insert(time, () -> ranId[0] = id);
                Key key = new Key(time, seq);
                reference.put(key, id);
                handles.add(new long[] {h, seq});
                keys.add(key);
                seq++;
            } else if (op < 7 && !handles.isEmpty()) {
                int i = rng.nextInt(handles.size());
                long h = handles.get(i)[0];
                Key key = keys.get(i);
                boolean expected = reference.containsKey(key);
                assertEquals(expected, queue.isPending(h));
                assertEquals(expected, queue.cancel(h));
                reference.remove(key);
            } else {
                long until = rng.nextInt(3) == 0 ? now + rng.nextLong(2_000_000) : Long.MAX_VALUE;
                var first = reference.isEmpty() ? null : reference.firstEntry();
                Runnable act = queue.pollUntil(until);
                if (first == null || first.getKey().time() > until) {
                    assertNull(act, "nothing due before " + until);
                    if (until != Long.MAX_VALUE) {
                        now = Math.max(now, until);
                    }
                } else {
                    act.run();
                    assertEquals(first.getValue().intValue(), ranId[0], "wrong event extracted at step " + step);
                    assertEquals(first.getKey().time(), queue.lastPolledTime());
                    now = first.getKey().time();
                    reference.pollFirstEntry();
                }
            }
            assertEquals(reference.size(), queue.size());
        }
        // Drain and compare the rest.
        while (!reference.isEmpty()) {
            Runnable act = queue.pollUntil(Long.MAX_VALUE);
            act.run();
            assertEquals(reference.pollFirstEntry().getValue().intValue(), ranId[0]);
        }
        assertNull(queue.pollUntil(Long.MAX_VALUE));
        assertEquals(0, queue.size());
    }

    @ParameterizedTest
    @ValueSource(ints = {10_000, 100_000})
    void massCancellationCompactsWithoutLosingOrder(int n) {
        EventQueue queue = new EventQueue(16);
        long[] handles = new long[n];
        int[] ran = {-1};
        for (int i = 0; i < n; i++) {
            int id = i;
            handles[i] = queue.insert(1_000 + (i % 97), () -> ran[0] = id);
        }
        for (int i = 0; i < n; i++) {
            if (i % 3 != 0) {
                queue.cancel(handles[i]);
            }
        }
        assertEquals((n + 2) / 3, queue.size());
        long lastTime = -1;
        int lastId = -1;
        int count = 0;
        Runnable act;
        while ((act = queue.pollUntil(Long.MAX_VALUE)) != null) {
            act.run();
            long t = queue.lastPolledTime();
            assertEquals(0, ran[0] % 3);
            if (t == lastTime) {
                assertEquals(true, ran[0] > lastId, "FIFO among equal times");
            } else {
                assertEquals(true, t > lastTime);
            }
            lastTime = t;
            lastId = ran[0];
            count++;
        }
        assertEquals((n + 2) / 3, count);
    }
}
