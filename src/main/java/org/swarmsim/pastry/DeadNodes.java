package org.swarmsim.pastry;

import java.util.Arrays;

/**
 * The nodes one Pastry node has found dead lately (the last {@value #MEMORY} timeouts), so that it
 * does not take them back from a peer's stale leaf set or table row; a node heard from again is
 * forgotten here at once. Allocated on the first death: most nodes of a static network never need it.
 */
final class DeadNodes {
    static final int MEMORY = 32;

    private int[] dead;
    private int next;

    /** Remembers {@code node} as dead, pushing out the oldest if the memory is full. */
    void remember(int node) {
        if (dead == null) {
            dead = new int[MEMORY];
            Arrays.fill(dead, -1);
        }
        dead[next] = node;
        next = (next + 1) % MEMORY;
    }

    /** {@code node} was heard from: it is alive. */
    void forgive(int node) {
        if (dead == null) {
            return;
        }
        for (int i = 0; i < MEMORY; i++) {
            if (dead[i] == node) {
                dead[i] = -1;
            }
        }
    }

    boolean contains(int node) {
        if (dead == null) {
            return false;
        }
        for (int d : dead) {
            if (d == node) {
                return true;
            }
        }
        return false;
    }

    void clear() {
        dead = null;
        next = 0;
    }
}
