package org.swarmsim.kademlia;

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

    private final NodeId own;
    private final int k;
    private final int badAfterFailures;
    private KBucket[] buckets = new KBucket[4];
    private int bucketCount;
    private int contactCount;
    private int pingAddress = -1;
    private NodeId pingId;

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
        buckets[0] = new KBucket(k, nowNanos);
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

    public KBucket bucket(int index) {
        if (index < 0 || index >= bucketCount) {
            throw new IndexOutOfBoundsException("bucket " + index + " of " + bucketCount);
        }
        return buckets[index];
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
        return buckets[bucketIndex(id)].indexOf(id) >= 0;
    }

    /** Whether the contact is bad (too many consecutive failures); false if absent. */
    public boolean isBad(NodeId id) {
        KBucket b = buckets[bucketIndex(id)];
        int i = b.indexOf(id);
        return i >= 0 && b.failures(i) >= badAfterFailures;
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
            int bi = bucketIndex(id);
            KBucket b = buckets[bi];
            int i = b.indexOf(id);
            if (i >= 0) {
                b.moveToTail(i, nowNanos);
                b.touch(nowNanos);
                if (b.pingingAddress == address) {
                    b.pingingAddress = -1;
                    b.setReplacement(null, -1);
                }
                return Insertion.UPDATED;
            }
            if (!b.isFull()) {
                b.append(id, address, nowNanos);
                b.touch(nowNanos);
                contactCount++;
                return Insertion.ADDED;
            }
            if (bi == bucketCount - 1 && bucketCount < NodeId.BITS) {
                split();
                continue;
            }
            int bad = oldestBad(b);
            if (bad >= 0) {
                b.removeAt(bad);
                b.append(id, address, nowNanos);
                b.touch(nowNanos);
                return Insertion.REPLACED_BAD;
            }
            b.setReplacement(id, address);
            if (b.pingingAddress >= 0) {
                return Insertion.PENDING;
            }
            b.pingingAddress = b.address(0);
            pingAddress = b.address(0);
            pingId = b.id(0);
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
            int bi = bucketIndex(id);
            KBucket b = buckets[bi];
            if (b.indexOf(id) >= 0) {
                return false;
            }
            if (!b.isFull()) {
                b.append(id, address, nowNanos);
                contactCount++;
                return true;
            }
            if (bi == bucketCount - 1 && bucketCount < NodeId.BITS) {
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
        KBucket b = buckets[bucketIndex(id)];
        int i = b.indexOf(id);
        if (i < 0) {
            return false;
        }
        b.incrementFailures(i);
        boolean pinged = b.pingingAddress == address;
        if (pinged) {
            b.pingingAddress = -1;
        }
        if ((pinged || b.failures(i) >= badAfterFailures) && b.replacementId() != null) {
            b.removeAt(i);
            b.append(b.replacementId(), b.replacementAddress(), nowNanos);
            b.setReplacement(null, -1);
            b.touch(nowNanos);
            return true;
        }
        return false;
    }

    /** Forgets every pending ping of an oldest contact (the node went offline; no answer will come). */
    public void clearPendingPings() {
        for (int i = 0; i < bucketCount; i++) {
            buckets[i].pingingAddress = -1;
        }
    }

    /** Removes a contact (for example one that answered with a different id); returns whether present. */
    public boolean remove(NodeId id) {
        KBucket b = buckets[bucketIndex(id)];
        int i = b.indexOf(id);
        if (i < 0) {
            return false;
        }
        b.removeAt(i);
        contactCount--;
        return true;
    }

    /** Marks the bucket covering {@code id} as touched now (a lookup of {@code id} refreshes it). */
    public void touch(NodeId id, long nowNanos) {
        buckets[bucketIndex(id)].touch(nowNanos);
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
        n = collect(buckets[first], target, count, outIds, outAddresses, n);
        if (first == c) {
            for (int j = c + 1; j < bucketCount; j++) {
                n = collect(buckets[j], target, count, outIds, outAddresses, n);
            }
        }
        for (int j = first - 1; j >= 0 && n < count; j--) {
            n = collect(buckets[j], target, count, outIds, outAddresses, n);
        }
        return n;
    }

    private int collect(KBucket b, NodeId target, int count, NodeId[] outIds, int[] outAddresses, int n) {
        for (int i = 0; i < b.size(); i++) {
            if (b.failures(i) >= badAfterFailures) {
                continue;
            }
            NodeId id = b.id(i);
            int pos = n;
            while (pos > 0 && NodeId.compareDistance(id, outIds[pos - 1], target) < 0) {
                pos--;
            }
            if (pos >= count) {
                continue;
            }
            int last = Math.min(n, count - 1);
            for (int j = last; j > pos; j--) {
                outIds[j] = outIds[j - 1];
                outAddresses[j] = outAddresses[j - 1];
            }
            outIds[pos] = id;
            outAddresses[pos] = b.address(i);
            if (n < count) {
                n++;
            }
        }
        return n;
    }

    private int oldestBad(KBucket b) {
        for (int i = 0; i < b.size(); i++) {
            if (b.failures(i) >= badAfterFailures) {
                return i;
            }
        }
        return -1;
    }

    /** Splits the last bucket (the one covering the own id) into two. */
    private void split() {
        if (bucketCount == buckets.length) {
            buckets = java.util.Arrays.copyOf(buckets, bucketCount * 2);
        }
        KBucket old = buckets[bucketCount - 1];
        KBucket fresh = new KBucket(k, old.lastTouchedNanos());
        int depth = bucketCount;   // contacts sharing >= depth bits with own move to the new bucket
        for (int i = 0; i < old.size(); ) {
            if (own.commonPrefixLength(old.id(i)) >= depth) {
                fresh.append(old.id(i), old.address(i), old.lastSeenNanos(i));
                for (int f = old.failures(i); f > 0; f--) {
                    fresh.incrementFailures(fresh.size() - 1);
                }
                old.removeAt(i);
            } else {
                i++;
            }
        }
        // A bucket that can split never has a pending ping or a replacement: those arise only in
        // full buckets that cannot split.
        buckets[bucketCount++] = fresh;
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
            KBucket b = buckets[bi];
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
