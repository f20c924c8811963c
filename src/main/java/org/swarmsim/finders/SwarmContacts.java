package org.swarmsim.finders;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import org.swarmsim.overlay.NodeId;
import org.swarmsim.sim.random.RandomStream;

/**
 * What a home finder keeps of the swarms homed at it: each swarm's peer contacts with their expiry
 * times, refreshed by registrations and dropped when they expire (soft state, like a tracker's
 * peer lists); plus the swarms most recently registered, which the finder relays as hints.
 */
final class SwarmContacts {
    /** Contacts kept per swarm, at most (the soonest to expire goes first). */
    static final int MAX_PER_SWARM = 2000;

    private static final class Contacts {
        int[] addresses = new int[4];
        long[] expiry = new long[4];
        int size;
    }

    private final Map<NodeId, Contacts> swarms = new HashMap<>();
    private final ArrayDeque<NodeId> recent = new ArrayDeque<>();
    private final int recentCapacity;

    SwarmContacts(int recentCapacity) {
        this.recentCapacity = recentCapacity;
    }

    /** Registers (or refreshes) {@code address} in {@code swarm} until {@code expiresAt}. */
    void register(NodeId swarm, int address, long expiresAt) {
        Contacts c = swarms.computeIfAbsent(swarm, s -> new Contacts());
        for (int i = 0; i < c.size; i++) {
            if (c.addresses[i] == address) {
                c.expiry[i] = Math.max(c.expiry[i], expiresAt);
                noteRecent(swarm);
                return;
            }
        }
        if (c.size == MAX_PER_SWARM) {
            int soonest = 0;
            for (int i = 1; i < c.size; i++) {
                if (c.expiry[i] < c.expiry[soonest]) {
                    soonest = i;
                }
            }
            c.addresses[soonest] = address;
            c.expiry[soonest] = expiresAt;
        } else {
            if (c.size == c.addresses.length) {
                c.addresses = java.util.Arrays.copyOf(c.addresses, c.size * 2);
                c.expiry = java.util.Arrays.copyOf(c.expiry, c.size * 2);
            }
            c.addresses[c.size] = address;
            c.expiry[c.size++] = expiresAt;
        }
        noteRecent(swarm);
    }

    private void noteRecent(NodeId swarm) {
        if (recentCapacity == 0) {
            return;
        }
        recent.remove(swarm);
        recent.addFirst(swarm);
        while (recent.size() > recentCapacity) {
            recent.removeLast();
        }
    }

    /** Live contacts of {@code swarm} now, expired ones dropped first. */
    int live(NodeId swarm, long now) {
        Contacts c = swarms.get(swarm);
        if (c == null) {
            return 0;
        }
        int k = 0;
        for (int i = 0; i < c.size; i++) {
            if (c.expiry[i] > now) {
                c.addresses[k] = c.addresses[i];
                c.expiry[k++] = c.expiry[i];
            }
        }
        c.size = k;
        if (k == 0) {
            swarms.remove(swarm);
        }
        return k;
    }

    /** Up to {@code max} live contacts of {@code swarm} (all if no more; else a uniform random subset). */
    int[] pick(NodeId swarm, long now, int max, RandomStream random) {
        int n = live(swarm, now);
        if (n == 0) {
            return new int[0];
        }
        int[] all = java.util.Arrays.copyOf(swarms.get(swarm).addresses, n);
        if (n <= max) {
            return all;
        }
        for (int i = 0; i < max; i++) {
            int j = i + random.nextInt(n - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        return java.util.Arrays.copyOf(all, max);
    }

    /** Swarms with at least one contact (expired ones may still count until read). */
    int swarms() {
        return swarms.size();
    }

    /** The swarms most recently registered, newest first. */
    Iterable<NodeId> recent() {
        return recent;
    }

    void clear() {
        swarms.clear();
        recent.clear();
    }
}
