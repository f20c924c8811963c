package org.swarmsim.pastry;

/**
 * Pastry's routing rule (Rowstron and Druschel 2001, Section 2.2), a pure function of a node's
 * {@link NodeState} and a key:
 * <ol>
 *   <li>if the key is within the leaf set's range, to the numerically closest of the leaf set
 *       and this node (deliver here if that is this node);</li>
 *   <li>else to the routing-table entry at row l (the digits this node shares with the key),
 *       column the key's digit l: that node shares at least l + 1 digits with the key;</li>
 *   <li>else (the rare case: the entry is empty) to a known node, of the table, the leaf set or
 *       the neighbourhood set, that shares at least l digits with the key and is numerically
 *       closer to it than this node: the one with the longest shared prefix, then the closest;</li>
 *   <li>else deliver here: no known node is closer.</li>
 * </ol>
 * So every table step lengthens the shared prefix, every rare-case step keeps it and shrinks the
 * numeric distance, and every leaf-set step shrinks the numeric distance.
 */
public final class Router {
    private Router() {
    }

    /** The next hop for the key (kh, kl) at the node whose state is {@code s}. */
    public static NextHop next(NodeState s, long kh, long kl) {
        KnownIds ids = s.ids();
        int self = s.self();
        long ah = ids.hi(self);
        long al = ids.lo(self);
        LeafSet leaves = s.leaves();
        if (leaves.covers(kh, kl)) {
            int closest = leaves.closest(kh, kl);
            return closest == self ? new NextHop(self, HopKind.DELIVER) : new NextHop(closest, HopKind.LEAF);
        }
        RoutingTable table = s.table();
        int b = table.bitsPerDigit();
        int l = Ring.sharedDigits(ah, al, kh, kl, b);
        if (l >= Ring.digitCount(b)) {
            return new NextHop(self, HopKind.DELIVER);
        }
        int entry = table.get(l, Ring.digit(kh, kl, l, b));
        if (entry != RoutingTable.EMPTY) {
            return new NextHop(entry, HopKind.TABLE);
        }
        int rare = rareCase(s, kh, kl, l);
        return rare < 0 ? new NextHop(self, HopKind.DELIVER) : new NextHop(rare, HopKind.RARE);
    }

    /** The best known node sharing >= l digits with the key and closer to it than this node, or -1. */
    static int rareCase(NodeState s, long kh, long kl, int l) {
        Best best = new Best(s, kh, kl, l);
        LeafSet leaves = s.leaves();
        for (int i = 0; i < leaves.largerCount(); i++) {
            best.consider(leaves.larger(i));
        }
        for (int i = 0; i < leaves.smallerCount(); i++) {
            best.consider(leaves.smaller(i));
        }
        RoutingTable table = s.table();
        for (int row = l; row < table.rows(); row++) {
            for (int c = 0; c < table.columns(); c++) {
                int e = table.get(row, c);
                if (e != RoutingTable.EMPTY) {
                    best.consider(e);
                }
            }
        }
        NeighbourhoodSet m = s.neighbours();
        for (int i = 0; i < m.size(); i++) {
            best.consider(m.member(i));
        }
        return best.node;
    }

    /** The running best of the rare case. */
    private static final class Best {
        final KnownIds ids;
        final long kh;
        final long kl;
        final int minShared;
        final int b;
        final long selfHi;
        final long selfLo;
        int node = -1;
        int shared = -1;

        Best(NodeState s, long kh, long kl, int minShared) {
            this.ids = s.ids();
            this.kh = kh;
            this.kl = kl;
            this.minShared = minShared;
            this.b = s.table().bitsPerDigit();
            this.selfHi = ids.hi(s.self());
            this.selfLo = ids.lo(s.self());
        }

        void consider(int t) {
            long th = ids.hi(t);
            long tl = ids.lo(t);
            int sh = Ring.sharedDigits(th, tl, kh, kl, b);
            if (sh < minShared || Ring.compareDistance(th, tl, selfHi, selfLo, kh, kl) >= 0) {
                return;
            }
            if (node < 0 || sh > shared
                    || sh == shared && Ring.compareDistance(th, tl, ids.hi(node), ids.lo(node), kh, kl) < 0) {
                node = t;
                shared = sh;
            }
        }
    }
}
