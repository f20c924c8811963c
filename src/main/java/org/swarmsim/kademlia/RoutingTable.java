package org.swarmsim.kademlia;

import java.util.Arrays;
import java.util.Objects;
import org.swarmsim.overlay.NodeId;
import org.swarmsim.sim.random.RandomStream;

/**
 * A node's k-buckets, BEP 5 style: the table starts with one bucket covering the whole id space;
 * only the bucket that covers the node's own id splits when it is full, so bucket {@code i} below
 * the last holds contacts sharing exactly {@code i} leading bits with the own id and the last
 * bucket holds every contact sharing at least {@code bucketCount()-1} bits. Buckets are created
 * only by splitting, so a node of an N-node network holds about log2(N/k) buckets, not 160.
 *
 * <h2>Insertion rules ({@link #offer})</h2>
 * <ol>
 *   <li>A contact already present is moved to the tail (most recently seen), failures cleared.</li>
 *   <li>A bucket with room appends the contact.</li>
 *   <li>A full bucket covering the own id splits (up to 160 buckets) and the insertion retries.</li>
 *   <li>A full bucket holding a bad contact (at least {@code badAfterFailures} consecutive
 *       failures) replaces the oldest bad contact.</li>
 *   <li>Otherwise live contacts are never evicted for new ones: the newcomer becomes the bucket's
 *       replacement candidate and the caller is asked to ping the least recently seen contact
 *       ({@link Insertion#PING_OLDEST}); only if that ping fails ({@link #onFailure}) is the oldest
 *       replaced. While a ping is pending, later newcomers just take the replacement slot.</li>
 * </ol>
 *
 * <h2>Layout</h2>
 * A million-node network holds over a hundred million contacts, so the table keeps them in a few
 * primitive arrays shared by all its buckets rather than in objects, and an event that touches the
 * table touches few cache lines: slot {@code s = b * k + i} is contact {@code i} of bucket
 * {@code b}, its id a reference to the node's own {@link NodeId} at {@code ids[s]}, and three ints
 * at {@code slots[3s]}: a key (the id's first 24 bits above the failure count, so that bucket
 * scans, splits and distance comparisons read the slot rather than the id object, and touch the id
 * only when 24 bits do not decide), the address, and when it was last seen, to the millisecond
 * (no rule here reads it finer). A bucket's size, pending ping and replacement address are three
 * ints at {@code meta[3b]}, its last touch at {@code lastTouched[b]}. The arrays grow by one bucket
 * at each split. {@link #bucket} returns a {@link KBucket} view.
 */
public final class RoutingTable {
    /** What {@link #offer} did with a contact. */
    public enum Insertion {
        /** Appended to a bucket with room (possibly after splits). */
        ADDED,
        /** Already present: moved to the tail. */
        UPDATED,
        /** Replaced a bad contact. */
        REPLACED_BAD,
        /** Bucket full of live contacts: ping {@link #pingTarget} (the oldest); the contact waits. */
        PING_OLDEST,
        /** Bucket full, a ping of its oldest already pending: the contact is the new replacement candidate. */
        PENDING,
        /** The own id: never stored. */
        SELF
    }

    private static final long NANOS_PER_MILLI = 1_000_000L;
    private final NodeId own;
    private final int k;
    private final int badAfterFailures;
    private int bucketCount;
    private int contactCount;
    private int pingAddress = -1;
    private NodeId pingId;
    // contact i of bucket b is slot s = b * k + i: its id at ids[s], the rest at slots[3s..3s+2]
    private static final int KEY = 0;       // the id's first 24 bits, then 8 bits of consecutive failures (at most 127)
    private static final int ADDRESS = 1;
    private static final int SEEN = 2;      // last seen, in whole milliseconds (unsigned, saturating: 49 days)
    private static final int STRIDE = 3;
    private NodeId[] ids;
    private int[] slots;
    // bucket b at meta[3b..3b+2]: size, address of the oldest contact being pinged before a
    // replacement (or -1), the replacement's address (or -1); its last touch at lastTouched[b]
    private static final int SIZE = 0;
    private static final int PINGING = 1;
    private static final int REPLACEMENT = 2;
    private static final int META = 3;
    private int[] meta;
    private long[] lastTouched;
    private NodeId[] replacementIds;

    /**
     * @param own              this node's id
     * @param k                bucket capacity (8 in BEP 5, 20 in the Kademlia paper), 1..127
     * @param badAfterFailures consecutive unanswered queries after which a contact is bad, >= 1
     */
    public RoutingTable(NodeId own, int k, int badAfterFailures, long nowNanos) {
        this.own = Objects.requireNonNull(own, "own");
        if (k < 1 || k > 127) {
            throw new IllegalArgumentException("bucket size k must be 1..127, got " + k);
        }
        if (badAfterFailures < 1) {
            throw new IllegalArgumentException("badAfterFailures must be >= 1, got " + badAfterFailures);
        }
        this.k = k;
        this.badAfterFailures = badAfterFailures;
        ids = new NodeId[k];
        slots = new int[STRIDE * k];
        meta = new int[] {0, -1, -1};
        lastTouched = new long[] {nowNanos};
        replacementIds = new NodeId[1];
        bucketCount = 1;
    }

    public NodeId ownId() {
        return own;
    }

    public int k() {
        return k;
    }

    public int bucketCount() {
        return bucketCount;
    }

    /** A view of bucket {@code index}. */
    public KBucket bucket(int index) {
        if (index < 0 || index >= bucketCount) {
            throw new IndexOutOfBoundsException("bucket " + index + " of " + bucketCount);
        }
        return new KBucket(this, index);
    }

    /** Number of contacts in all buckets. */
    public int size() {
        return contactCount;
    }

    /** Index of the bucket that covers {@code id}. */
    public int bucketIndex(NodeId id) {
        return Math.min(own.commonPrefixLength(id), bucketCount - 1);
    }

    /** Whether a contact with this id is in the table. */
    public boolean contains(NodeId id) {
        return indexIn(bucketIndex(id), id) >= 0;
    }

    /** Whether the contact is bad (too many consecutive failures); false if absent. */
    public boolean isBad(NodeId id) {
        int b = bucketIndex(id);
        int i = indexIn(b, id);
        return i >= 0 && failures(b * k + i) >= badAfterFailures;
    }

    /** After {@link Insertion#PING_OLDEST}: the address of the contact to ping. */
    public int pingTarget() {
        return pingAddress;
    }

    /** After {@link Insertion#PING_OLDEST}: the id of the contact to ping. */
    public NodeId pingTargetId() {
        return pingId;
    }

    /**
     * A node was heard from (it answered a query or sent one): applies the insertion rules above.
     */
    public Insertion offer(NodeId id, int address, long nowNanos) {
        if (id.equals(own)) {
            return Insertion.SELF;
        }
        while (true) {
            int b = bucketIndex(id);
            int i = indexIn(b, id);
            if (i >= 0) {
                moveToTail(b, i, nowNanos);
                lastTouched[b] = nowNanos;
                if (meta[b * META + PINGING] == address) {
                    meta[b * META + PINGING] = -1;
                    setReplacement(b, null, -1);
                }
                return Insertion.UPDATED;
            }
            if (meta[b * META + SIZE] < k) {
                append(b, id, address, nowNanos);
                lastTouched[b] = nowNanos;
                contactCount++;
                return Insertion.ADDED;
            }
            if (b == bucketCount - 1 && bucketCount < NodeId.BITS) {
                split();
                continue;
            }
            int bad = oldestBad(b);
            if (bad >= 0) {
                removeAt(b, bad);
                append(b, id, address, nowNanos);
                lastTouched[b] = nowNanos;
                return Insertion.REPLACED_BAD;
            }
            setReplacement(b, id, address);
            if (meta[b * META + PINGING] >= 0) {
                return Insertion.PENDING;
            }
            int oldest = b * k;
            meta[b * META + PINGING] = slots[STRIDE * oldest + ADDRESS];
            pingAddress = slots[STRIDE * oldest + ADDRESS];
            pingId = ids[oldest];
            return Insertion.PING_OLDEST;
        }
    }

    /**
     * A node was heard about (named in another node's answer) but not heard from: it is added only
     * if its bucket has room (splitting the own bucket if needed), never by pinging or replacing a
     * contact, and an existing contact keeps its place. Returns whether it was added.
     */
    public boolean offerHeardAbout(NodeId id, int address, long nowNanos) {
        if (id.equals(own)) {
            return false;
        }
        while (true) {
            int b = bucketIndex(id);
            if (indexIn(b, id) >= 0) {
                return false;
            }
            if (meta[b * META + SIZE] < k) {
                append(b, id, address, nowNanos);
                contactCount++;
                return true;
            }
            if (b == bucketCount - 1 && bucketCount < NodeId.BITS) {
                split();
                continue;
            }
            return false;
        }
    }

    /**
     * A query to this contact went unanswered: its failure count grows; if it was the oldest
     * contact being pinged for a replacement, or it is now bad and a replacement waits, the
     * replacement takes its place. Returns whether the contact was removed.
     */
    public boolean onFailure(NodeId id, int address, long nowNanos) {
        int b = bucketIndex(id);
        int i = indexIn(b, id);
        if (i < 0) {
            return false;
        }
        int slot = b * k + i;
        if (failures(slot) < Byte.MAX_VALUE) {
            slots[STRIDE * slot + KEY]++;
        }
        boolean pinged = meta[b * META + PINGING] == address;
        if (pinged) {
            meta[b * META + PINGING] = -1;
        }
        if ((pinged || failures(slot) >= badAfterFailures) && replacementIds[b] != null) {
            removeAt(b, i);
            append(b, replacementIds[b], meta[b * META + REPLACEMENT], nowNanos);
            setReplacement(b, null, -1);
            lastTouched[b] = nowNanos;
            return true;
        }
        return false;
    }

    /** Forgets every pending ping of an oldest contact (the node went offline; no answer will come). */
    public void clearPendingPings() {
        for (int b = 0; b < bucketCount; b++) {
            meta[b * META + PINGING] = -1;
        }
    }

    /** Removes a contact (for example one that answered with a different id); returns whether present. */
    public boolean remove(NodeId id) {
        int b = bucketIndex(id);
        int i = indexIn(b, id);
        if (i < 0) {
            return false;
        }
        removeAt(b, i);
        contactCount--;
        return true;
    }

    /** Marks the bucket covering {@code id} as touched now (a lookup of {@code id} refreshes it). */
    public void touch(NodeId id, long nowNanos) {
        lastTouched[bucketIndex(id)] = nowNanos;
    }

    /** A uniformly random id in the range of bucket {@code index} (for refreshing it). */
    public NodeId randomIdInBucket(int index, RandomStream random) {
        bucket(index);
        NodeId r = NodeId.random(random);
        if (index == bucketCount - 1) {
            return own.withPrefixOf(index, r);
        }
        NodeId p = own.withPrefixOf(index + 1, r);
        return p.flipBit(index);
    }

    /**
     * Writes the up to {@code count} good (not bad) contacts closest to {@code target}, nearest
     * first, into {@code outIds}/{@code outAddresses}; returns how many. Visits buckets from the
     * one covering the target outwards and stops when the rest must be farther.
     */
    public int closest(NodeId target, int count, NodeId[] outIds, int[] outAddresses) {
        int n = 0;
        int c = own.commonPrefixLength(target);
        int first = Math.min(c, bucketCount - 1);
        n = collect(first, target, count, outIds, outAddresses, n);
        if (first == c) {
            for (int j = c + 1; j < bucketCount; j++) {
                n = collect(j, target, count, outIds, outAddresses, n);
            }
        }
        for (int j = first - 1; j >= 0 && n < count; j--) {
            n = collect(j, target, count, outIds, outAddresses, n);
        }
        return n;
    }

    private int collect(int b, NodeId target, int count, NodeId[] outIds, int[] outAddresses, int n) {
        int base = b * k;
        int end = base + meta[b * META + SIZE];
        int t = prefix24(target);
        for (int s = base; s < end; s++) {
            if (failures(s) >= badAfterFailures) {
                continue;
            }
            int d = (slots[STRIDE * s + KEY] >>> 8) ^ t;   // the first 24 bits of the distance; the id is read only on a tie
            int pos = n;
            while (pos > 0 && closer(d, s, outIds[pos - 1], target)) {
                pos--;
            }
            if (pos >= count) {
                continue;
            }
            NodeId id = ids[s];
            int last = Math.min(n, count - 1);
            for (int j = last; j > pos; j--) {
                outIds[j] = outIds[j - 1];
                outAddresses[j] = outAddresses[j - 1];
            }
            outIds[pos] = id;
            outAddresses[pos] = slots[STRIDE * s + ADDRESS];
            if (n < count) {
                n++;
            }
        }
        return n;
    }

    // ---------------------------------------------------------------- what the KBucket view reads

    int sizeOf(int b) {
        return meta[b * META + SIZE];
    }

    NodeId idAt(int b, int i) {
        return ids[b * k + i];
    }

    int addressAt(int b, int i) {
        return slots[STRIDE * (b * k + i) + ADDRESS];
    }

    long lastSeenAt(int b, int i) {
        return Integer.toUnsignedLong(slots[STRIDE * (b * k + i) + SEEN]) * NANOS_PER_MILLI;
    }

    int failuresAt(int b, int i) {
        return failures(b * k + i);
    }

    long lastTouchedOf(int b) {
        return lastTouched[b];
    }

    NodeId replacementIdOf(int b) {
        return replacementIds[b];
    }

    int replacementAddressOf(int b) {
        return meta[b * META + REPLACEMENT];
    }

    /** Index in bucket {@code b} of the contact with this id, or -1. */
    int indexIn(int b, NodeId id) {
        int base = b * k;
        int size = meta[b * META + SIZE];
        int p = prefix24(id);
        for (int i = 0; i < size; i++) {
            if (slots[STRIDE * (base + i) + KEY] >>> 8 == p && id.equals(ids[base + i])) {
                return i;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- keeping a bucket's order

    /** Appends a contact to bucket {@code b} as the most recently seen; the bucket must not be full. */
    private void append(int b, NodeId id, int address, long nowNanos) {
        int size = meta[b * META + SIZE];
        if (size == k) {
            throw new IllegalStateException("bucket full (" + size + " contacts)");
        }
        int s = b * k + size;
        ids[s] = id;
        slots[STRIDE * s + ADDRESS] = address;
        slots[STRIDE * s + SEEN] = millis(nowNanos);
        slots[STRIDE * s + KEY] = prefix24(id) << 8;
        meta[b * META + SIZE] = (size + 1);
    }

    /** Marks contact {@code i} of bucket {@code b} as just seen: moves it to the tail and clears its failures. */
    private void moveToTail(int b, int i, long nowNanos) {
        int s = b * k + i;
        NodeId id = ids[s];
        int address = slots[STRIDE * s + ADDRESS];
        removeAt(b, i);
        append(b, id, address, nowNanos);
    }

    private void removeAt(int b, int i) {
        int size = meta[b * META + SIZE];
        int s = b * k + i;
        int tail = size - i - 1;
        System.arraycopy(ids, s + 1, ids, s, tail);
        System.arraycopy(slots, STRIDE * (s + 1), slots, STRIDE * s, STRIDE * tail);
        size--;
        meta[b * META + SIZE] = size;
        ids[b * k + size] = null;
    }

    /** The first 24 bits of {@code id}, as a non-negative int. */
    private static int prefix24(NodeId id) {
        return (int) (id.hi() >>> 40);
    }

    private int failures(int slot) {
        return slots[STRIDE * slot + KEY] & 0xFF;
    }

    /** Whether the contact in slot {@code s}, whose distance to {@code target} starts with {@code d}, is closer than {@code other}. */
    private boolean closer(int d, int s, NodeId other, NodeId target) {
        int e = prefix24(other) ^ prefix24(target);
        if (d != e) {
            return d < e;
        }
        return NodeId.compareDistance(ids[s], other, target) < 0;
    }

    /** {@code nanos} in whole milliseconds as an unsigned int, saturating at 2^32 - 1 (49.7 days). */
    private static int millis(long nanos) {
        return (int) Math.min(nanos / NANOS_PER_MILLI, 0xFFFF_FFFFL);
    }

    private void setReplacement(int b, NodeId id, int address) {
        replacementIds[b] = id;
        meta[b * META + REPLACEMENT] = id == null ? -1 : address;
    }

    private int oldestBad(int b) {
        int base = b * k;
        int size = meta[b * META + SIZE];
        for (int i = 0; i < size; i++) {
            if (failures(base + i) >= badAfterFailures) {
                return i;
            }
        }
        return -1;
    }

    /** Splits the last bucket (the one covering the own id) into two. */
    private void split() {
        int old = bucketCount - 1;
        int fresh = bucketCount;
        grow(bucketCount + 1);
        lastTouched[fresh] = lastTouched[old];
        meta[fresh * META + REPLACEMENT] = -1;
        meta[fresh * META + PINGING] = -1;
        int depth = bucketCount;   // contacts sharing >= depth bits with own move to the new bucket
        int base = old * k;
        int ownPrefix = prefix24(own);
        for (int i = 0; i < meta[old * META + SIZE]; ) {
            int s = base + i;
            int x = (slots[STRIDE * s + KEY] >>> 8) ^ ownPrefix;
            int cpl = x != 0 ? Integer.numberOfLeadingZeros(x) - 8 : own.commonPrefixLength(ids[s]);
            if (cpl >= depth) {
                append(fresh, ids[s], slots[STRIDE * s + ADDRESS], 0);
                int moved = fresh * k + meta[fresh * META + SIZE] - 1;
                slots[STRIDE * moved + SEEN] = slots[STRIDE * s + SEEN];
                slots[STRIDE * moved + KEY] = slots[STRIDE * s + KEY];
                removeAt(old, i);
            } else {
                i++;
            }
        }
        // A bucket that can split never has a pending ping or a replacement: those arise only in
        // full buckets that cannot split.
        bucketCount++;
    }

    /** Room for exactly {@code buckets} buckets (a table grows a bucket at a time, about log2(N/k) times). */
    private void grow(int buckets) {
        ids = Arrays.copyOf(ids, buckets * k);
        slots = Arrays.copyOf(slots, STRIDE * buckets * k);
        meta = Arrays.copyOf(meta, META * buckets);
        lastTouched = Arrays.copyOf(lastTouched, buckets);
        replacementIds = Arrays.copyOf(replacementIds, buckets);
    }

    /**
     * For tests: every contact lies in the bucket that covers it, no id appears twice, no bucket
     * exceeds k, the own id is absent and the contact count is right.
     *
     * @throws IllegalStateException describing the first violation
     */
    public void checkInvariants() {
        int total = 0;
        for (int bi = 0; bi < bucketCount; bi++) {
            KBucket b = bucket(bi);
            if (b.size() > k) {
                throw new IllegalStateException("bucket " + bi + " holds " + b.size() + " > k=" + k);
            }
            for (int i = 0; i < b.size(); i++) {
                NodeId id = b.id(i);
                if (id.equals(own)) {
                    throw new IllegalStateException("own id stored in bucket " + bi);
                }
                if (bucketIndex(id) != bi) {
                    throw new IllegalStateException(id + " in bucket " + bi + " but covered by " + bucketIndex(id));
                }
                if (b.indexOf(id) != i) {
                    throw new IllegalStateException(id + " twice in bucket " + bi);
                }
                if (i > 0 && b.lastSeenNanos(i) < b.lastSeenNanos(i - 1)) {
                    throw new IllegalStateException("bucket " + bi + " not in least-recently-seen order at " + i);
                }
            }
            total += b.size();
        }
        if (total != contactCount) {
            throw new IllegalStateException("counted " + contactCount + " contacts but buckets hold " + total);
        }
    }
}
