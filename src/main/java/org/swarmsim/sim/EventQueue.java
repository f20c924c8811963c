package org.swarmsim.sim;

import java.util.Arrays;

/**
 * The pending-event set of a {@link Simulation}: a monotone radix heap (Ahuja, Mehlhorn, Orlin,
 * Tarjan 1990) over {@code long} nanosecond times, with FIFO order among equal times.
 *
 * <p>Simulated time never goes backwards, so every key inserted is at least the last key
 * extracted ({@code last}). Bucket {@code b} holds the entries whose key differs from
 * {@code last} first at bit {@code b-1} (bucket 0: key equal to {@code last}). Extraction takes
 * bucket 0 front to back; when it is empty, the first non-empty bucket is scanned for its
 * minimum, which becomes {@code last}, and its entries are redistributed into lower buckets. An
 * entry moves down at most 64 times, so operations are O(1) amortised, with no comparisons
 * between entries on insert.
 *
 * <p>Equal times run in scheduling order without a sequence number: entries with equal keys
 * always land in the same bucket at the same moment, buckets are append-only, and redistribution
 * is a stable pass, so their relative order is their insertion order.
 *
 * <p>An entry is (time, slot); a slot holds the action and a generation counter. A handle is
 * {@code generation << 32 | slot}; generations start at 1, so handle 0 is never valid.
 * Cancellation is O(1): the slot's action is cleared and its generation bumped; the entry is
 * dropped when it is extracted or redistributed (or by a compaction pass when cancelled entries
 * outnumber live ones).
 *
 * <p>Chosen by measurement ({@code swarmsim bench kernel}, hold model, same machine): a 4-ary
 * implicit heap with lazy cancellation reached about 1.3x {@code java.util.PriorityQueue} at
 * 100,000 pending events; this radix heap is several times faster (see the README's figures).
 */
final class EventQueue {
    private static final int BUCKETS = 65;
    private static final int MIN_BUCKET_CAPACITY = 8;

    private final long[][] bucketTime = new long[BUCKETS][];
    private final int[][] bucketSlot = new int[BUCKETS][];
    private final int[] bucketSize = new int[BUCKETS];
    private int head0;             // bucket 0 is consumed from the front
    private long nonEmpty;         // bit b set when bucket b (b >= 1) may hold entries
    private long last;             // the key all of bucket 0 has; no key below it may be inserted
    private int entries;           // entries in buckets, including cancelled ones
    private int cancelled;         // cancelled entries still in buckets
    private long lastPolledTime;

    private Runnable[] action;     // by slot; null when free or cancelled
    private long[] slotTime;       // by slot: scheduled time
    private int[] generation;      // by slot
    private int[] freeSlots;
    private int freeCount;
    private int slotsUsed;

    EventQueue(int initialCapacity) {
        int cap = Math.max(16, initialCapacity);
        for (int b = 0; b < BUCKETS; b++) {
            bucketTime[b] = new long[MIN_BUCKET_CAPACITY];
            bucketSlot[b] = new int[MIN_BUCKET_CAPACITY];
        }
        action = new Runnable[cap];
        slotTime = new long[cap];
        generation = new int[cap];
        freeSlots = new int[cap];
        Arrays.fill(generation, 1);
    }

    /** Live (not cancelled) pending events. */
    int size() {
        return entries - cancelled;
    }

    boolean isEmpty() {
        return size() == 0;
    }

    /**
     * Inserts an event and returns its handle. {@code time} must not be earlier than the time of
     * the last event extracted (the kernel guarantees this: nothing is scheduled in the past).
     */
    long insert(long time, Runnable act) {
        if (time < last) {
            throw new IllegalArgumentException("time " + time + " is before the last extracted event " + last);
        }
        int slot = allocateSlot();
        action[slot] = act;
        slotTime[slot] = time;
        append(bucketOf(time), time, slot);
        entries++;
        return ((long) generation[slot] << 32) | slot;
    }

    /**
     * Removes and returns the action of the earliest live event if its time is at most
     * {@code untilNanos}; otherwise (or if the queue is empty) returns null and changes nothing
     * observable. The time of the returned event is {@link #lastPolledTime()}.
     */
    Runnable pollUntil(long untilNanos) {
        while (true) {
            if (head0 == bucketSize[0]) {
                head0 = 0;
                bucketSize[0] = 0;
                if (nonEmpty == 0 || !refill(untilNanos)) {
                    return null;
                }
            }
            int slot = bucketSlot[0][head0++];
            entries--;
            Runnable act = action[slot];
            if (act == null) {          // cancelled: drop it
                cancelled--;
                freeSlots[freeCount++] = slot;
                continue;
            }
            if (last > untilNanos) {    // only possible when bucket 0 was refilled by an earlier call
                head0--;
                entries++;
                return null;
            }
            lastPolledTime = last;
            releaseSlot(slot);
            return act;
        }
    }

    long lastPolledTime() {
        return lastPolledTime;
    }

    /**
     * Time of the earliest live event, or {@code Long.MAX_VALUE} if none. Read-only: it scans
     * instead of restructuring, so that inserting between now and that time stays legal.
     */
    long peekTime() {
        for (int i = head0; i < bucketSize[0]; i++) {
            if (action[bucketSlot[0][i]] != null) {
                return last;
            }
        }
        long bits = nonEmpty;
        while (bits != 0) {
            int b = Long.numberOfTrailingZeros(bits) + 1;
            long min = Long.MAX_VALUE;
            for (int i = 0; i < bucketSize[b]; i++) {
                if (bucketTime[b][i] < min && action[bucketSlot[b][i]] != null) {
                    min = bucketTime[b][i];
                }
            }
            if (min != Long.MAX_VALUE) {
                return min;
            }
            bits &= bits - 1;
        }
        return Long.MAX_VALUE;
    }

    /** Cancels the event with this handle if it is still pending; returns whether it was. */
    boolean cancel(long handle) {
        if (!isPending(handle)) {
            return false;
        }
        int slot = (int) handle;
        action[slot] = null;
        bumpGeneration(slot);   // the handle is stale from now on; the slot is freed when dropped
        cancelled++;
        if (cancelled > 4096 && cancelled > entries / 2) {
            compact();
        }
        return true;
    }

    /** Whether the event with this handle is still pending. */
    boolean isPending(long handle) {
        int slot = (int) handle;
        return slot >= 0 && slot < slotsUsed
                && generation[slot] == (int) (handle >>> 32) && action[slot] != null;
    }

    /** Scheduled time of a pending event; the handle must be pending. */
    long timeOf(long handle) {
        return slotTime[(int) handle];
    }

    private int bucketOf(long time) {
        long diff = time ^ last;
        return diff == 0 ? 0 : 64 - Long.numberOfLeadingZeros(diff);
    }

    private void append(int b, long time, int slot) {
        int n = bucketSize[b];
        if (n == bucketTime[b].length) {
            bucketTime[b] = Arrays.copyOf(bucketTime[b], n * 2);
            bucketSlot[b] = Arrays.copyOf(bucketSlot[b], n * 2);
        }
        bucketTime[b][n] = time;
        bucketSlot[b][n] = slot;
        bucketSize[b] = n + 1;
        if (b != 0) {
            nonEmpty |= 1L << (b - 1);
        }
    }

    /**
     * Bucket 0 is empty: moves the first non-empty bucket's entries down, its minimum live key
     * becoming {@code last}. Does nothing and returns false if that minimum is after
     * {@code untilNanos} (so a later insert between now and that minimum stays legal) or if only
     * cancelled entries were left.
     */
    private boolean refill(long untilNanos) {
        while (nonEmpty != 0) {
            int b = Long.numberOfTrailingZeros(nonEmpty) + 1;
            long[] times = bucketTime[b];
            int[] slots = bucketSlot[b];
            int n = bucketSize[b];
            long min = Long.MAX_VALUE;
            for (int i = 0; i < n; i++) {
                if (times[i] < min && action[slots[i]] != null) {
                    min = times[i];
                }
            }
            if (min == Long.MAX_VALUE) {        // only cancelled entries: drop them all
                for (int i = 0; i < n; i++) {
                    freeSlots[freeCount++] = slots[i];
                }
                entries -= n;
                cancelled -= n;
                clearBucket(b);
                continue;
            }
            if (min > untilNanos) {
                return false;
            }
            last = min;
            clearBucket(b);
            for (int i = 0; i < n; i++) {
                int slot = slots[i];
                if (action[slot] == null) {
                    freeSlots[freeCount++] = slot;
                    entries--;
                    cancelled--;
                } else {
                    append(bucketOf(times[i]), times[i], slot);
                }
            }
            return true;
        }
        return false;
    }

    private void clearBucket(int b) {
        bucketSize[b] = 0;
        nonEmpty &= ~(1L << (b - 1));
        if (bucketTime[b].length > 4096) {
            // Give back memory after a burst; the arrays grow again on demand.
            bucketTime[b] = new long[MIN_BUCKET_CAPACITY];
            bucketSlot[b] = new int[MIN_BUCKET_CAPACITY];
        }
    }

    /** Drops every cancelled entry, keeping the order of the others (a stable filter per bucket). */
    private void compact() {
        for (int b = 0; b < BUCKETS; b++) {
            long[] times = bucketTime[b];
            int[] slots = bucketSlot[b];
            int from = b == 0 ? head0 : 0;
            int n = 0;
            for (int i = from; i < bucketSize[b]; i++) {
                int slot = slots[i];
                if (action[slot] == null) {
                    freeSlots[freeCount++] = slot;
                } else {
                    times[n] = times[i];
                    slots[n] = slot;
                    n++;
                }
            }
            bucketSize[b] = n;
            if (b == 0) {
                head0 = 0;
            } else if (n == 0) {
                nonEmpty &= ~(1L << (b - 1));
            }
        }
        entries -= cancelled;
        cancelled = 0;
    }

    private int allocateSlot() {
        if (freeCount > 0) {
            return freeSlots[--freeCount];
        }
        if (slotsUsed == action.length) {
            int cap = slotsUsed * 2;
            int oldCap = action.length;
            action = Arrays.copyOf(action, cap);
            slotTime = Arrays.copyOf(slotTime, cap);
            generation = Arrays.copyOf(generation, cap);
            Arrays.fill(generation, oldCap, cap, 1);
            freeSlots = Arrays.copyOf(freeSlots, cap);
        }
        return slotsUsed++;
    }

    /** An extracted live event: stale handle, slot reusable. */
    private void releaseSlot(int slot) {
        action[slot] = null;
        bumpGeneration(slot);
        freeSlots[freeCount++] = slot;
    }

    private void bumpGeneration(int slot) {
        if (++generation[slot] == 0) {
            generation[slot] = 1;
        }
    }
}
