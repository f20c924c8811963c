package org.swarmsim.gnutella;

/**
 * A servent's table of descriptor GUIDs it has seen, with the link each came from: what duplicate
 * suppression and reverse-path routing (QueryHits back along the Query's path, Pongs along the
 * Ping's) read. Like LimeWire's route tables it forgets: entries live in two generations; the
 * current one is retired to "previous" when it holds {@code capacity / 2} entries or is
 * {@code lifetime / 2} old, and the previous one is dropped then. So an entry lives at least
 * {@code lifetime / 2} (unless the table overflows) and at most {@code lifetime}, and the table
 * never holds more than {@code capacity} entries.
 *
 * <p>Keys are the simulator ids of GUIDs (see {@code Guid.id()}); values are longs the servent
 * defines (the link a descriptor came from, and for random walks the links it went out on).
 * Open addressing with linear probing; a key of 0 is not allowed.
 */
public final class RouteTable {
    /** What {@link #get} returns for an unknown GUID. */
    public static final long ABSENT = Long.MIN_VALUE;

    private final int capacity;
    private final long lifetimeNanos;
    private Generation current = new Generation(8);
    private Generation previous;
    private long currentStartNanos;
    private long evicted;

    /**
     * @param capacity      most entries held (>= 2)
     * @param lifetimeNanos longest an entry is remembered (> 0)
     */
    public RouteTable(int capacity, long lifetimeNanos) {
        if (capacity < 2 || lifetimeNanos <= 0) {
            throw new IllegalArgumentException("route table needs capacity >= 2 and lifetime > 0 (given " + capacity
                    + ", " + lifetimeNanos + " ns)");
        }
        this.capacity = capacity;
        this.lifetimeNanos = lifetimeNanos;
    }

    /** The value stored for {@code key}, or {@link #ABSENT}; retires old generations first. */
    public long get(long key, long nowNanos) {
        age(nowNanos);
        long v = current.get(key);
        if (v == ABSENT && previous != null) {
            v = previous.get(key);
        }
        return v;
    }

    /**
     * The value stored for {@code key}; if there is none, stores {@code value} for it and returns
     * {@link #ABSENT} (one lookup where {@link #get} then {@link #put} would take two).
     */
    public long putIfAbsent(long key, long value, long nowNanos) {
        age(nowNanos);
        long v = current.get(key);
        if (v == ABSENT && previous != null) {
            v = previous.get(key);
        }
        if (v != ABSENT) {
            return v;
        }
        if (key == 0 || value == ABSENT) {
            throw new IllegalArgumentException("key 0 and value ABSENT are reserved");
        }
        current.put(key, value);
        if (current.size >= Math.max(1, capacity / 2)) {
            retire(nowNanos);
        }
        return ABSENT;
    }

    /** Stores (or replaces) {@code key -> value} in the current generation. */
    public void put(long key, long value, long nowNanos) {
        if (key == 0 || value == ABSENT) {
            throw new IllegalArgumentException("key 0 and value ABSENT are reserved");
        }
        age(nowNanos);
        if (previous != null && current.get(key) == ABSENT) {
            previous.remove(key);
        }
        current.put(key, value);
        if (current.size >= Math.max(1, capacity / 2)) {
            retire(nowNanos);
        }
    }

    /** Entries held now. */
    public int size() {
        return current.size + (previous == null ? 0 : previous.size);
    }

    /** Entries forgotten so far (by age or overflow). */
    public long evicted() {
        return evicted;
    }

    private void age(long nowNanos) {
        long half = Math.max(1, lifetimeNanos / 2);
        long age = nowNanos - currentStartNanos;
        if (age < half) {
            return;
        }
        if (age >= 2 * half) {                  // both generations are older than the lifetime
            evicted += current.size + (previous == null ? 0 : previous.size);
            previous = null;
            current = new Generation(8);
        } else {
            retire(nowNanos);
        }
        currentStartNanos = nowNanos - age % half;   // generations start on the half-lifetime grid
    }

    private void retire(long nowNanos) {
        if (previous != null) {
            evicted += previous.size;
        }
        previous = current.size == 0 ? null : current;
        current = new Generation(8);
        currentStartNanos = nowNanos;
    }

    /** One generation: an open-addressing map from non-zero long keys to long values. */
    private static final class Generation {
        long[] keys;
        long[] values;
        int size;

        Generation(int slots) {
            keys = new long[slots];
            values = new long[slots];
        }

        long get(long key) {
            int mask = keys.length - 1;
            for (int i = slot(key, mask); ; i = (i + 1) & mask) {
                long k = keys[i];
                if (k == key) {
                    return values[i];
                }
                if (k == 0) {
                    return ABSENT;
                }
            }
        }

        void put(long key, long value) {
            if ((size + 1) * 2 > keys.length) {
                grow();
            }
            int mask = keys.length - 1;
            for (int i = slot(key, mask); ; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    values[i] = value;
                    return;
                }
                if (keys[i] == 0) {
                    keys[i] = key;
                    values[i] = value;
                    size++;
                    return;
                }
            }
        }

        void remove(long key) {
            int mask = keys.length - 1;
            int i = slot(key, mask);
            while (keys[i] != key) {
                if (keys[i] == 0) {
                    return;
                }
                i = (i + 1) & mask;
            }
            keys[i] = 0;
            size--;
            // re-insert the rest of the cluster so lookups still find them
            for (int j = (i + 1) & mask; keys[j] != 0; j = (j + 1) & mask) {
                long k = keys[j];
                long v = values[j];
                keys[j] = 0;
                size--;
                put(k, v);
            }
        }

        private void grow() {
            long[] oldKeys = keys;
            long[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new long[oldKeys.length * 2];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != 0) {
                    put(oldKeys[i], oldValues[i]);
                }
            }
        }

        private static int slot(long key, int mask) {
            long h = key;                        // MurmurHash3's 64-bit finaliser
            h ^= h >>> 33;
            h *= 0xff51afd7ed558ccdL;
            h ^= h >>> 33;
            h *= 0xc4ceb9fe1a85ec53L;
            h ^= h >>> 33;
            return (int) h & mask;
        }
    }
}
