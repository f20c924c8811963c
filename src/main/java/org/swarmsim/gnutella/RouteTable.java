package org.swarmsim.gnutella;

/**
 * A servent's table of descriptor GUIDs it has seen, with the link each came from: what duplicate
 * suppression and reverse-path routing (QueryHits back along the Query's path, Pongs along the
 * Ping's) read. Like LimeWire's route tables it forgets: entries live in two generations; the
 * current one is retired to "previous" when it holds {@code capacity / 2} entries or when the
 * half-lifetime grid passes a boundary ({@code lifetime / 2} apart), and the previous one is
 * dropped then. So an entry lives at least {@code lifetime / 2} (unless the table overflows) and
 * at most {@code lifetime}, and the table never holds more than {@code capacity} entries.
 *
 * <p>Keys are the simulator ids of GUIDs (see {@code Guid.id()}); values are longs the servent
 * defines (the link a descriptor came from, and for random walks the links it went out on).
 * Each generation is one array of interleaved keys and values, open addressing with linear
 * probing (a servent's whole table is two arrays: a flood touches a servent once, and every
 * pointer followed is a cache miss); a key of 0 is not allowed.
 */
public final class RouteTable {
    /** What {@link #get} returns for an unknown GUID. */
    public static final long ABSENT = Long.MIN_VALUE;
    private static final long[] EMPTY = new long[0];

    private final int capacity;
    private final long lifetimeNanos;
    private long[] current = EMPTY;
    private int currentSize;
    private long[] previous = EMPTY;
    private int previousSize;
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
        long v = find(current, key);
        return v != ABSENT || previousSize == 0 ? v : find(previous, key);
    }

    /**
     * The value stored for {@code key}; if there is none, stores {@code value} for it and returns
     * {@link #ABSENT} (one lookup where {@link #get} then {@link #put} would take two).
     */
    public long putIfAbsent(long key, long value, long nowNanos) {
        check(key, value);
        long v = get(key, nowNanos);
        if (v == ABSENT) {
            insert(key, value, nowNanos);
        }
        return v;
    }

    /** Stores (or replaces) {@code key -> value} in the current generation. */
    public void put(long key, long value, long nowNanos) {
        check(key, value);
        age(nowNanos);
        if (previousSize > 0 && find(current, key) == ABSENT && remove(previous, key)) {
            previousSize--;
        }
        insert(key, value, nowNanos);
    }

    /** Entries held now. */
    public int size() {
        return currentSize + previousSize;
    }

    /** Entries forgotten so far (by age or overflow). */
    public long evicted() {
        return evicted;
    }

    private static void check(long key, long value) {
        if (key == 0 || value == ABSENT) {
            throw new IllegalArgumentException("key 0 and value ABSENT are reserved");
        }
    }

    private void insert(long key, long value, long nowNanos) {
        if ((currentSize + 1) * 4 > current.length) {         // pairs: load factor at most 1/2
            current = rehash(current, Math.max(16, current.length * 2));
        }
        if (store(current, key, value)) {
            currentSize++;
        }
        if (currentSize >= Math.max(1, capacity / 2)) {
            retire();
            currentStartNanos = nowNanos;
        }
    }

    private void age(long nowNanos) {
        long half = Math.max(1, lifetimeNanos / 2);
        long age = nowNanos - currentStartNanos;
        if (age < half) {
            return;
        }
        if (age >= 2 * half) {                  // both generations are older than the lifetime
            evicted += currentSize + previousSize;
            previous = EMPTY;
            previousSize = 0;
            current = EMPTY;
            currentSize = 0;
        } else {
            retire();
        }
        currentStartNanos = nowNanos - age % half;   // generations start on the half-lifetime grid
    }

    private void retire() {
        evicted += previousSize;
        previous = current;
        previousSize = currentSize;
        current = EMPTY;
        currentSize = 0;
    }

    private static long find(long[] table, long key) {
        if (table.length == 0) {
            return ABSENT;
        }
        int mask = (table.length >> 1) - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            long k = table[2 * i];
            if (k == key) {
                return table[2 * i + 1];
            }
            if (k == 0) {
                return ABSENT;
            }
        }
    }

    /** Stores the pair; true if the key was new. */
    private static boolean store(long[] table, long key, long value) {
        int mask = (table.length >> 1) - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            long k = table[2 * i];
            if (k == key || k == 0) {
                table[2 * i] = key;
                table[2 * i + 1] = value;
                return k == 0;
            }
        }
    }

    /** Removes {@code key}, re-storing the rest of its cluster; true if it was there. */
    private static boolean remove(long[] table, long key) {
        if (table.length == 0) {
            return false;
        }
        int mask = (table.length >> 1) - 1;
        int i = slot(key, mask);
        while (table[2 * i] != key) {
            if (table[2 * i] == 0) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[2 * i] = 0;
        for (int j = (i + 1) & mask; table[2 * j] != 0; j = (j + 1) & mask) {
            long k = table[2 * j];
            long v = table[2 * j + 1];
            table[2 * j] = 0;
            store(table, k, v);
        }
        return true;
    }

    private static long[] rehash(long[] old, int length) {
        long[] t = new long[length];
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != 0) {
                store(t, old[i], old[i + 1]);
            }
        }
        return t;
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
