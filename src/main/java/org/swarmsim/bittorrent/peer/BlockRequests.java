package org.swarmsim.bittorrent.peer;

/**
 * A small FIFO of block requests (piece, begin, length) kept in one int array: the requests we
 * have outstanding to a peer, or the requests a peer has queued with us. Removal by value is a
 * linear scan, which is cheap at pipeline depths of a few dozen. The array is allocated on the
 * first request (a large swarm holds three of these per connection side).
 */
final class BlockRequests {
    private static final int[] NONE = new int[0];

    /** Allocated on the first request: most connections never queue a cancel, and many never request. */
    private int[] data = NONE;
    private int head;   // index of the first triple's first int
    private int size;   // number of requests

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    void add(int piece, int begin, int length) {
        int cap = data.length / 3;
        if (size == cap) {
            int[] grown = new int[Math.max(3 * 8, data.length * 2)];
            for (int i = 0; i < size; i++) {
                int from = (head + 3 * i) % data.length;
                System.arraycopy(data, from, grown, 3 * i, 3);
            }
            data = grown;
            head = 0;
        }
        int at = (head + 3 * size) % data.length;
        data[at] = piece;
        data[at + 1] = begin;
        data[at + 2] = length;
        size++;
    }

    int piece(int i) {
        return data[(head + 3 * i) % data.length];
    }

    int begin(int i) {
        return data[(head + 3 * i) % data.length + 1];
    }

    int length(int i) {
        return data[(head + 3 * i) % data.length + 2];
    }

    /** Removes the first request; the queue must not be empty. */
    void removeFirst() {
        head = (head + 3) % data.length;
        size--;
        if (size == 0) {
            head = 0;
        }
    }

    /** Removes the request (piece, begin) if present, keeping the order of the others. */
    boolean remove(int piece, int begin) {
        for (int i = 0; i < size; i++) {
            if (piece(i) == piece && begin(i) == begin) {
                for (int j = i; j < size - 1; j++) {
                    int to = (head + 3 * j) % data.length;
                    int from = (head + 3 * (j + 1)) % data.length;
                    data[to] = data[from];
                    data[to + 1] = data[from + 1];
                    data[to + 2] = data[from + 2];
                }
                size--;
                if (size == 0) {
                    head = 0;
                }
                return true;
            }
        }
        return false;
    }

    boolean contains(int piece, int begin) {
        for (int i = 0; i < size; i++) {
            if (piece(i) == piece && begin(i) == begin) {
                return true;
            }
        }
        return false;
    }

    void clear() {
        head = 0;
        size = 0;
    }
}
