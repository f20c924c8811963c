package org.swarmsim.kademlia;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import org.swarmsim.overlay.NodeId;

/**
 * The state of one iterative lookup, as a pure state machine (no network, no clock): a shortlist
 * of candidates sorted by XOR distance to the target, each new, in flight, answered or failed.
 * The driver ({@link DhtNode}) asks {@link #nextToQuery()} for the next node to query, reports
 * {@link #onResponse answers} (with the closer nodes they carry) and {@link #onTimeout timeouts},
 * and stops when {@link #isDone()}.
 *
 * <p>Selection: only the k closest non-failed candidates are queried, with at most α of them in
 * flight at once (queries out to nodes that have dropped out of that window do not count against
 * α). Stopping follows the {@link Termination} rule.
 *
 * <p>Rounds (hops): a node from the querier's own routing table is at depth 1, a node first
 * learned from an answer of a node at depth d is at depth d + 1; the lookup's rounds are the
 * largest depth of a node that answered, the length of the longest chain of dependent queries.
 */
public final class Lookup {
    static final byte NEW = 0;
    static final byte IN_FLIGHT = 1;
    static final byte ANSWERED = 2;
    static final byte FAILED = 3;

    private final NodeId target;
    private final NodeId self;
    private final int k;
    private final int alpha;
    private final Termination termination;
    private final int capacity;
    private NodeId[] ids;
    private int[] addresses;
    private byte[] states;
    private short[] depths;
    private int[] tokens;
    private int size;
    private int inFlightTotal;
    private int messagesSent;
    private int timeouts;
    private int answers;
    private int noProgressStreak;
    private NodeId closestAnswered;
    private int[] peerAddresses = new int[0];
    private int[] peerPorts = new int[0];
    private int peerCount;
    private HashSet<Long> peerSet;   // membership only, never iterated

    /**
     * @param target the id looked up
     * @param self   the querying node's id, never a candidate
     */
    public Lookup(NodeId target, NodeId self, int k, int alpha, Termination termination) {
        this.target = Objects.requireNonNull(target, "target");
        this.self = Objects.requireNonNull(self, "self");
        this.termination = Objects.requireNonNull(termination, "termination");
        if (k < 1 || alpha < 1) {
            throw new IllegalArgumentException("k and alpha must be >= 1, got k=" + k + " alpha=" + alpha);
        }
        this.k = k;
        this.alpha = alpha;
        this.capacity = Math.max(32, 16 * k);
        int initial = Math.min(capacity, 4 * k);
        ids = new NodeId[initial];
        addresses = new int[initial];
        states = new byte[initial];
        depths = new short[initial];
        tokens = new int[initial];
    }

    public NodeId target() {
        return target;
    }

    /**
     * Adds a candidate at {@code depth} (1 for contacts of the own table); duplicates keep the
     * smaller depth, the own id is ignored, and beyond the shortlist capacity the farthest
     * candidate is dropped.
     */
    public void addCandidate(NodeId id, int address, int depth) {
        if (id.equals(self)) {
            return;
        }
        int pos = search(id);
        if (pos >= 0) {
            if (depth < depths[pos]) {
                depths[pos] = (short) depth;
            }
            return;
        }
        pos = -pos - 1;
        if (pos >= capacity) {
            return;
        }
        if (size == ids.length) {
            int n = Math.min(capacity, ids.length * 2);
            if (n == size) {
                // full: drop the farthest
                if (states[size - 1] == IN_FLIGHT) {
                    inFlightTotal--;
                }
                size--;
            } else {
                ids = Arrays.copyOf(ids, n);
                addresses = Arrays.copyOf(addresses, n);
                states = Arrays.copyOf(states, n);
                depths = Arrays.copyOf(depths, n);
                tokens = Arrays.copyOf(tokens, n);
            }
        }
        int tail = size - pos;
        System.arraycopy(ids, pos, ids, pos + 1, tail);
        System.arraycopy(addresses, pos, addresses, pos + 1, tail);
        System.arraycopy(states, pos, states, pos + 1, tail);
        System.arraycopy(depths, pos, depths, pos + 1, tail);
        System.arraycopy(tokens, pos, tokens, pos + 1, tail);
        ids[pos] = id;
        addresses[pos] = address;
        states[pos] = NEW;
        depths[pos] = (short) Math.min(depth, Short.MAX_VALUE);
        tokens[pos] = 0;
        size++;
    }

    /**
     * The index of the next candidate to query, marked in flight, or -1 if none should be queried
     * now (α in flight in the window, nothing new in it, or done).
     */
    public int nextToQuery() {
        if (isDone()) {
            return -1;
        }
        int window = 0;
        int inFlight = 0;
        int firstNew = -1;
        for (int i = 0; i < size && window < k; i++) {
            byte s = states[i];
            if (s == FAILED) {
                continue;
            }
            window++;
            if (s == IN_FLIGHT) {
                inFlight++;
            } else if (s == NEW && firstNew < 0) {
                firstNew = i;
            }
        }
        if (firstNew < 0 || inFlight >= alpha) {
            return -1;
        }
        states[firstNew] = IN_FLIGHT;
        inFlightTotal++;
        messagesSent++;
        return firstNew;
    }

    public NodeId candidateId(int index) {
        return ids[index];
    }

    public int candidateAddress(int index) {
        return addresses[index];
    }

    public int candidateDepth(int index) {
        return depths[index];
    }

    /**
     * The candidate {@code id} answered, with {@code token} (get_peers; 0 otherwise). Returns its
     * depth (so the closer nodes it returned can be added at depth + 1), or -1 if it is no longer
     * a candidate in flight (dropped, or answered after a timeout).
     */
    public int onResponse(NodeId id, int token) {
        int pos = search(id);
        if (pos < 0 || states[pos] != IN_FLIGHT) {
            return -1;
        }
        states[pos] = ANSWERED;
        tokens[pos] = token;
        inFlightTotal--;
        answers++;
        if (closestAnswered == null || NodeId.compareDistance(id, closestAnswered, target) < 0) {
            closestAnswered = id;
            noProgressStreak = 0;
        } else {
            noProgressStreak++;
        }
        return depths[pos];
    }

    /** The query to {@code id} timed out. */
    public void onTimeout(NodeId id) {
        timeouts++;
        int pos = search(id);
        if (pos < 0 || states[pos] != IN_FLIGHT) {
            return;
        }
        states[pos] = FAILED;
        inFlightTotal--;
    }

    /** Records peers from a get_peers answer (duplicates ignored). */
    public void addPeers(int[] addressesOfPeers, int[] ports) {
        if (addressesOfPeers.length == 0) {
            return;
        }
        if (peerSet == null) {
            peerSet = new HashSet<>();
        }
        for (int i = 0; i < addressesOfPeers.length; i++) {
            long key = ((long) addressesOfPeers[i] << 16) | ports[i];
            if (!peerSet.add(key)) {
                continue;
            }
            if (peerCount == peerAddresses.length) {
                peerAddresses = Arrays.copyOf(peerAddresses, Math.max(8, peerCount * 2));
                peerPorts = Arrays.copyOf(peerPorts, peerAddresses.length);
            }
            peerAddresses[peerCount] = addressesOfPeers[i];
            peerPorts[peerCount++] = ports[i];
        }
    }

    /** Whether the lookup has finished under its termination rule (or ran out of candidates). */
    public boolean isDone() {
        int window = 0;
        boolean allAnswered = true;
        boolean anythingToDo = false;
        for (int i = 0; i < size && window < k; i++) {
            byte s = states[i];
            if (s == FAILED) {
                continue;
            }
            window++;
            if (s != ANSWERED) {
                allAnswered = false;
                anythingToDo = true;
            }
        }
        if (!anythingToDo) {
            // window all answered (or empty): done, except that STRICT waits for stragglers
            return termination != Termination.STRICT || inFlightTotal == 0;
        }
        if (termination == Termination.NO_PROGRESS) {
            int first = firstNonFailed();
            return first >= 0 && states[first] == ANSWERED && noProgressStreak >= alpha;
        }
        return false;
    }

    private int firstNonFailed() {
        for (int i = 0; i < size; i++) {
            if (states[i] != FAILED) {
                return i;
            }
        }
        return -1;
    }

    /** Queries sent so far. */
    public int messagesSent() {
        return messagesSent;
    }

    public int timeouts() {
        return timeouts;
    }

    public int answers() {
        return answers;
    }

    /** Largest depth of a node that answered (see the class comment); 0 if none answered. */
    public int rounds() {
        int r = 0;
        for (int i = 0; i < size; i++) {
            if (states[i] == ANSWERED && depths[i] > r) {
                r = depths[i];
            }
        }
        return r;
    }

    /** Number of closest answered nodes, at most k: the result. */
    public int resultCount() {
        int n = 0;
        for (int i = 0; i < size && n < k; i++) {
            if (states[i] == ANSWERED) {
                n++;
            }
        }
        return n;
    }

    /**
     * Fills the closest answered nodes (at most k), nearest first, with their tokens; returns how
     * many. The arrays must hold k entries.
     */
    public int result(NodeId[] outIds, int[] outAddresses, int[] outTokens) {
        int n = 0;
        for (int i = 0; i < size && n < k; i++) {
            if (states[i] == ANSWERED) {
                outIds[n] = ids[i];
                outAddresses[n] = addresses[i];
                outTokens[n] = tokens[i];
                n++;
            }
        }
        return n;
    }

    public int[] peerAddresses() {
        return Arrays.copyOf(peerAddresses, peerCount);
    }

    public int[] peerPorts() {
        return Arrays.copyOf(peerPorts, peerCount);
    }

    /** Binary search by distance to the target: index, or -(insertion point) - 1. */
    private int search(NodeId id) {
        int lo = 0;
        int hi = size - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = NodeId.compareDistance(ids[mid], id, target);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }
}
