package org.swarmsim.pastry;

import java.util.Arrays;
import java.util.Collection;
import java.util.TreeMap;

/** The values one node holds, by key, with the replica holders it has pushed each to. */
final class StoredValues {
    /** A key of 128 bits, ordered as unsigned numbers. */
    private record Key(long hi, long lo) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            return Ring.compareUnsigned(hi, lo, o.hi, o.lo);
        }
    }

    /** One stored value. */
    static final class Stored {
        private final long keyHi;
        private final long keyLo;
        private final int valueBytes;
        private int[] pushedTo = new int[0];

        Stored(long keyHi, long keyLo, int valueBytes) {
            this.keyHi = keyHi;
            this.keyLo = keyLo;
            this.valueBytes = valueBytes;
        }

        long keyHi() {
            return keyHi;
        }

        long keyLo() {
            return keyLo;
        }

        int valueBytes() {
            return valueBytes;
        }

        /**
         * The replica holders to push this value to now, recorded as pushed: if {@code self} is one
         * of the {@code k} nodes of itself and its leaf set {@code members} closest to the key, the
         * others of those k not pushed to (nor received from) before; else none.
         */
        int[] newHolders(int self, int[] members, KnownIds ids, int k) {
            if (k <= 1) {
                return new int[0];
            }
            int[] candidates = Arrays.copyOf(members, members.length + 1);
            candidates[members.length] = self;
            int take = Math.min(k, candidates.length);
            for (int i = 0; i < take; i++) {                       // partial selection sort by distance to the key
                int best = i;
                for (int j = i + 1; j < candidates.length; j++) {
                    if (Ring.compareDistance(ids.hi(candidates[j]), ids.lo(candidates[j]), ids.hi(candidates[best]),
                            ids.lo(candidates[best]), keyHi, keyLo) < 0) {
                        best = j;
                    }
                }
                int tmp = candidates[i];
                candidates[i] = candidates[best];
                candidates[best] = tmp;
            }
            boolean mine = false;
            for (int i = 0; i < take; i++) {
                mine |= candidates[i] == self;
            }
            if (!mine) {
                return new int[0];
            }
            int[] out = new int[take];
            int n = 0;
            for (int i = 0; i < take; i++) {
                int c = candidates[i];
                if (c != self && pushTo(c)) {
                    out[n++] = c;
                }
            }
            return Arrays.copyOf(out, n);
        }

        /** Records a push to {@code node}; false if it was pushed to (or came from) it before. */
        boolean pushTo(int node) {
            for (int p : pushedTo) {
                if (p == node) {
                    return false;
                }
            }
            pushedTo = Arrays.copyOf(pushedTo, pushedTo.length + 1);
            pushedTo[pushedTo.length - 1] = node;
            return true;
        }
    }

    private final TreeMap<Key, Stored> values = new TreeMap<>();

    /** Stores a value (received from {@code from}, or -1 if inserted here); false if it was held already. */
    boolean put(long kh, long kl, int valueBytes, int from) {
        Key k = new Key(kh, kl);
        Stored s = values.get(k);
        boolean fresh = s == null;
        if (fresh) {
            s = new Stored(kh, kl, valueBytes);
            values.put(k, s);
        }
        if (from >= 0) {
            s.pushTo(from);
        }
        return fresh;
    }

    Stored get(long kh, long kl) {
        return values.get(new Key(kh, kl));
    }

    boolean contains(long kh, long kl) {
        return values.containsKey(new Key(kh, kl));
    }

    int size() {
        return values.size();
    }

    /** The values in key order. */
    Collection<Stored> values() {
        return values.values();
    }
}
