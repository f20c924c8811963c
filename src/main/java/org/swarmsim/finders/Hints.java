package org.swarmsim.finders;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.swarmsim.overlay.NodeId;

/**
 * Relayed partial knowledge, "finder F knows swarm X": a bounded table (the oldest hint goes first
 * when it is full), each hint trusted until its time to live runs out. A hint heard again moves to
 * the newest place with its new expiry.
 */
final class Hints {
    private record Entry(int finder, long expiresAt) {
    }

    private final int capacity;
    private final LinkedHashMap<NodeId, Entry> table = new LinkedHashMap<>();

    Hints(int capacity) {
        this.capacity = capacity;
    }

    void put(NodeId swarm, int finder, long expiresAt) {
        if (capacity == 0) {
            return;
        }
        table.remove(swarm);
        table.put(swarm, new Entry(finder, expiresAt));
        if (table.size() > capacity) {
            Iterator<NodeId> it = table.keySet().iterator();
            it.next();
            it.remove();
        }
    }

    /** The finder said to know {@code swarm}, or -1 (an expired hint is dropped). */
    int get(NodeId swarm, long now) {
        Entry e = table.get(swarm);
        if (e == null) {
            return -1;
        }
        if (e.expiresAt() <= now) {
            table.remove(swarm);
            return -1;
        }
        return e.finder();
    }

    /** Forgets hints naming {@code finder} (found dead). */
    void forget(int finder) {
        table.values().removeIf(e -> e.finder() == finder);
    }

    /** Up to {@code n} live hints, newest first. */
    List<FinderMessage.Hint> newest(int n, long now) {
        List<FinderMessage.Hint> all = new ArrayList<>(table.size());
        for (Map.Entry<NodeId, Entry> e : table.entrySet()) {
            if (e.getValue().expiresAt() > now) {
                all.add(new FinderMessage.Hint(e.getKey(), e.getValue().finder()));
            }
        }
        List<FinderMessage.Hint> out = new ArrayList<>(Math.min(n, all.size()));
        for (int i = all.size() - 1; i >= 0 && out.size() < n; i--) {
            out.add(all.get(i));
        }
        return out;
    }

    int size() {
        return table.size();
    }

    void clear() {
        table.clear();
    }
}
