package org.swarmsim.bittorrent.peer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A peer's open connections: in opening order (the only order ever iterated, so runs are
 * deterministic), by remote node id, and by key. A key is a small integer unique among the open
 * connections, reused after a close; the piece picker records requesters by key.
 */
final class ConnectionTable {
    private final List<PeerConnection> list = new ArrayList<>();
    private final Map<Integer, PeerConnection> byNode = new HashMap<>();   // lookups only, never iterated
    private PeerConnection[] byKey = new PeerConnection[16];
    private final ArrayDeque<Integer> freeKeys = new ArrayDeque<>();
    private int nextKey;
    private int initiated;

    /** A key for the next connection. */
    int nextFreeKey() {
        return freeKeys.isEmpty() ? nextKey++ : freeKeys.poll();
    }

    void add(PeerConnection c) {
        if (c.key >= byKey.length) {
            byKey = Arrays.copyOf(byKey, Math.max(byKey.length * 2, c.key + 1));
        }
        byKey[c.key] = c;
        list.add(c);
        byNode.put(c.remote.id(), c);
        if (c.initiated) {
            initiated++;
        }
    }

    void remove(PeerConnection c) {
        list.remove(c);
        byNode.remove(c.remote.id());
        byKey[c.key] = null;
        freeKeys.add(c.key);
        if (c.initiated) {
            initiated--;
        }
    }

    /** The open connections, in the order they were opened (do not modify). */
    List<PeerConnection> list() {
        return list;
    }

    int size() {
        return list.size();
    }

    PeerConnection get(int index) {
        return list.get(index);
    }

    boolean hasNode(int nodeId) {
        return byNode.containsKey(nodeId);
    }

    PeerConnection byNode(int nodeId) {
        return byNode.get(nodeId);
    }

    PeerConnection byKey(int key) {
        return key < byKey.length ? byKey[key] : null;
    }

    /** Connections this peer opened. */
    int initiated() {
        return initiated;
    }

    /** The three indexes agree and the initiated counter matches. */
    void checkInvariants(String owner) {
        int out = 0;
        for (PeerConnection c : list) {
            if (c.initiated) {
                out++;
            }
            if (byNode.get(c.remote.id()) != c || byKey[c.key] != c) {
                throw new IllegalStateException(owner + ": lookup tables disagree for " + c);
            }
        }
        if (out != initiated || byNode.size() != list.size()) {
            throw new IllegalStateException(owner + ": " + out + " initiated / " + list.size()
                    + " connections, counters say " + initiated + " / " + byNode.size());
        }
    }
}
