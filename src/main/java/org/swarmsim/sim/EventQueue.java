package org.swarmsim.sim;

import java.util.Arrays;

/**
 * The pending-event set of a {@link Simulation}: a 4-ary min-heap ordered by (time, sequence),
 * kept in primitive arrays so that scheduling and popping an event allocate nothing.
 *
 * <p>Every entry lives in a <em>slot</em>; the heap holds slot numbers, and each slot remembers
 * its position in the heap, so an entry can be removed in O(log n) given its slot. A slot's
 * generation counter is bumped each time the slot is released, which makes stale handles
 * (for events already run or cancelled) harmless. A handle is {@code generation << 32 | slot},
 * with generations starting at 1 so that the handle 0 means "no event".
 *
 * <p>Why a 4-ary heap: the hold benchmark ({@code swarmsim bench kernel}) showed it faster than a
 * binary heap at 10^5..10^6 pending events (fewer levels, children on one cache line), and unlike
 * calendar or ladder queues it has no tuning parameters that depend on the event-time distribution.
 */
final class EventQueue {
    private static final int ARITY = 4;

    // Heap, by position: the slot stored there, and a copy of its key for cache-friendly compares.
    private int[] heapSlot;
    private long[] heapTime;
    private long[] heapSeq;
    private int size;

    // Slots, by slot number.
    private Runnable[] action;
    private int[] position;     // position in the heap, or -1 when free
    private int[] generation;
    private int[] freeSlots;
    private int freeCount;
    private int slotsUsed;

    EventQueue(int initialCapacity) {
        int cap = Math.max(16, initialCapacity);
        heapSlot = new int[cap];
        heapTime = new long[cap];
        heapSeq = new long[cap];
        action = new Runnable[cap];
        position = new int[cap];
        generation = new int[cap];
        freeSlots = new int[cap];
        Arrays.fill(position, -1);
        Arrays.fill(generation, 1);
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Inserts an event and returns its handle. */
    long insert(long time, long seq, Runnable act) {
        int slot = allocateSlot();
        action[slot] = act;
        if (size == heapSlot.length) {
            int cap = size * 2;
            heapSlot = Arrays.copyOf(heapSlot, cap);
            heapTime = Arrays.copyOf(heapTime, cap);
            heapSeq = Arrays.copyOf(heapSeq, cap);
        }
        siftUp(size++, slot, time, seq);
        return ((long) generation[slot] << 32) | slot;
    }

    /** Time of the earliest event; the queue must not be empty. */
    long peekTime() {
        return heapTime[0];
    }

    /**
     * Removes the earliest event and returns its action. The slot is released, so the
     * event's handle becomes stale.
     */
    Runnable pollAction() {
        int slot = heapSlot[0];
        Runnable act = action[slot];
        removeAt(0);
        releaseSlot(slot);
        return act;
    }

    /** Removes the event with this handle if it is still pending; returns whether it was. */
    boolean cancel(long handle) {
        int slot = (int) handle;
        if (slot < 0 || slot >= slotsUsed) {
            return false;
        }
        if (generation[slot] != (int) (handle >>> 32) || position[slot] < 0) {
            return false;
        }
        removeAt(position[slot]);
        releaseSlot(slot);
        return true;
    }

    /** Whether the event with this handle is still pending. */
    boolean isPending(long handle) {
        int slot = (int) handle;
        return slot >= 0 && slot < slotsUsed
                && generation[slot] == (int) (handle >>> 32) && position[slot] >= 0;
    }

    /** Scheduled time of a pending event; the handle must be pending. */
    long timeOf(long handle) {
        return heapTime[position[(int) handle]];
    }

    private int allocateSlot() {
        if (freeCount > 0) {
            return freeSlots[--freeCount];
        }
        if (slotsUsed == action.length) {
            int cap = slotsUsed * 2;
            action = Arrays.copyOf(action, cap);
            int oldCap = position.length;
            position = Arrays.copyOf(position, cap);
            Arrays.fill(position, oldCap, cap, -1);
            generation = Arrays.copyOf(generation, cap);
            Arrays.fill(generation, oldCap, cap, 1);
            freeSlots = Arrays.copyOf(freeSlots, cap);
        }
        return slotsUsed++;
    }

    private void releaseSlot(int slot) {
        action[slot] = null;
        position[slot] = -1;
        // Generation 0 never occurs, so handle 0 is never valid (Scheduler.NO_EVENT).
        if (++generation[slot] == 0) {
            generation[slot] = 1;
        }
        freeSlots[freeCount++] = slot;
    }

    private void removeAt(int pos) {
        int last = --size;
        if (pos == last) {
            return;
        }
        int slot = heapSlot[last];
        long time = heapTime[last];
        long seq = heapSeq[last];
        if (pos > 0 && less(time, seq, heapTime[(pos - 1) / ARITY], heapSeq[(pos - 1) / ARITY])) {
            siftUp(pos, slot, time, seq);
        } else {
            siftDown(pos, slot, time, seq);
        }
    }

    private static boolean less(long t1, long s1, long t2, long s2) {
        return t1 < t2 || (t1 == t2 && s1 < s2);
    }

    private void siftUp(int pos, int slot, long time, long seq) {
        while (pos > 0) {
            int parent = (pos - 1) / ARITY;
            long pt = heapTime[parent];
            if (time > pt || (time == pt && seq > heapSeq[parent])) {
                break;
            }
            move(parent, pos);
            pos = parent;
        }
        put(pos, slot, time, seq);
    }

    private void siftDown(int pos, int slot, long time, long seq) {
        int n = size;
        while (true) {
            int first = pos * ARITY + 1;
            if (first >= n) {
                break;
            }
            int best = first;
            long bt = heapTime[first];
            long bs = heapSeq[first];
            int end = Math.min(first + ARITY, n);
            for (int c = first + 1; c < end; c++) {
                long ct = heapTime[c];
                if (ct < bt || (ct == bt && heapSeq[c] < bs)) {
                    best = c;
                    bt = ct;
                    bs = heapSeq[c];
                }
            }
            if (!less(bt, bs, time, seq)) {
                break;
            }
            move(best, pos);
            pos = best;
        }
        put(pos, slot, time, seq);
    }

    private void move(int from, int to) {
        int s = heapSlot[from];
        heapSlot[to] = s;
        heapTime[to] = heapTime[from];
        heapSeq[to] = heapSeq[from];
        position[s] = to;
    }

    private void put(int pos, int slot, long time, long seq) {
        heapSlot[pos] = slot;
        heapTime[pos] = time;
        heapSeq[pos] = seq;
        position[slot] = pos;
    }
}
