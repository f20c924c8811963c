package org.swarmsim.run.pastry;

import java.util.Arrays;
import org.swarmsim.sim.random.RandomStream;

/** The addresses of the nodes that have joined and are online, for drawing one at random in O(1). */
final class ReadyNodes {
    private int[] list = new int[64];
    private int[] position = new int[64];
    private int count;

    ReadyNodes(int capacity) {
        list = new int[Math.max(1, capacity)];
        position = new int[Math.max(1, capacity)];
        Arrays.fill(position, -1);
    }

    void add(int address) {
        if (address >= position.length) {
            int old = position.length;
            position = Arrays.copyOf(position, Math.max(old * 2, address + 1));
            Arrays.fill(position, old, position.length, -1);
        }
        if (position[address] >= 0) {
            return;
        }
        if (count == list.length) {
            list = Arrays.copyOf(list, count * 2);
        }
        position[address] = count;
        list[count++] = address;
    }

    void remove(int address) {
        if (address >= position.length || position[address] < 0) {
            return;
        }
        int at = position[address];
        int last = list[--count];
        list[at] = last;
        position[last] = at;
        position[address] = -1;
    }

    int size() {
        return count;
    }

    /** A uniformly random member (there must be one). */
    int pick(RandomStream random) {
        return list[random.nextInt(count)];
    }
}
