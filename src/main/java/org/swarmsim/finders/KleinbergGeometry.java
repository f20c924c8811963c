package org.swarmsim.finders;

import java.util.Arrays;
import org.swarmsim.overlay.NodeId;
import org.swarmsim.sim.random.RandomStream;

/**
 * Kleinberg's small world (STOC 2000): finders on a side x side lattice (finder f at column
 * {@code f mod side}, row {@code f / side}; the number of finders must be a square), lattice
 * (Manhattan) distance, no wrap-around. Slots 0..3 are the lattice neighbours (right, up, left,
 * down; empty at the border), slots 4..q+3 the long links: a long link from u goes to v with
 * probability proportional to d(u, v)^-r. Drawn exactly: a distance d with weight
 * (4d) d^-r, then a uniform point of the 4d at that distance, again if it falls off the lattice.
 *
 * <p>A key's point is read from its top 64 bits (32 for the column, 32 for the row, each scaled
 * to the side); a finder's id has its lattice point in those bits, so its own id maps to its point.
 * Learning a finder refills a lattice-neighbour slot that a failure emptied; a dead long link is
 * drawn again and goes to the cached finder closest to the drawn point.
 */
final class KleinbergGeometry implements Geometry {
    private final NodeId[] ids;
    private final int side;
    private final int q;
    private final double[] cumulative;   // P(distance <= d), d = 1..2(side-1)
    private final boolean[] online;
    private int onlineCount;

    KleinbergGeometry(RandomStream idStream, GeometryParams p) {
        int n = p.finders();
        side = sideOf(n);
        if (side < 0) {
            throw new IllegalArgumentException("kleinberg places finders on a side x side lattice, so their number "
                    + "must be a square (given " + n + ")");
        }
        q = p.links();
        ids = new NodeId[n];
        for (int f = 0; f < n; f++) {
            ids[f] = idFor(f % side, f / side, NodeId.random(idStream));
        }
        int maxD = Math.max(1, 2 * (side - 1));
        cumulative = new double[maxD];
        double total = 0;
        for (int d = 1; d <= maxD; d++) {
            total += 4.0 * d * StrictMath.pow(d, -p.exponent());
            cumulative[d - 1] = total;
        }
        for (int d = 0; d < maxD; d++) {
            cumulative[d] /= total;
        }
        online = new boolean[n];
        Arrays.fill(online, true);
        onlineCount = n;
    }

    /** The lattice side for {@code n} finders, or -1 when n is not a square. */
    static int sideOf(int n) {
        int s = (int) Math.round(Math.sqrt(n));
        return (long) s * s == n ? s : -1;
    }

    private NodeId idFor(int x, int y, NodeId random) {
        long hx = ((long) x << 32) / side + (((long) x << 32) % side == 0 ? 0 : 1);
        long hy = ((long) y << 32) / side + (((long) y << 32) % side == 0 ? 0 : 1);
        return NodeId.of((hx << 32) | hy, random.mid(), random.lo());
    }

    @Override
    public String name() {
        return "kleinberg";
    }

    @Override
    public int size() {
        return ids.length;
    }

    @Override
    public NodeId id(int f) {
        return ids[f];
    }

    @Override
    public long point(NodeId key) {
        long x = ((key.hi() >>> 32) * side) >>> 32;
        long y = ((key.hi() & 0xFFFF_FFFFL) * side) >>> 32;
        return y * side + x;
    }

    @Override
    public long pointOf(int f) {
        return f;
    }

    @Override
    public long distance(int f, long point) {
        int x = f % side;
        int y = f / side;
        int px = (int) (point % side);
        int py = (int) (point / side);
        return Math.abs(x - px) + Math.abs(y - py);
    }

    @Override
    public int[] initialLinks(int f, RandomStream random) {
        int[] links = new int[4 + q];
        Arrays.fill(links, EMPTY);
        for (int s = 0; s < 4; s++) {
            links[s] = neighbour(f, s);
        }
        if (ids.length > 1) {
            for (int s = 4; s < 4 + q; s++) {
                links[s] = drawLong(f, random);
            }
        }
        return links;
    }

    /** The lattice neighbour of f in direction s (0 right, 1 up, 2 left, 3 down), or EMPTY at the border. */
    int neighbour(int f, int s) {
        int x = f % side;
        int y = f / side;
        int nx = x + (s == 0 ? 1 : s == 2 ? -1 : 0);
        int ny = y + (s == 1 ? 1 : s == 3 ? -1 : 0);
        return nx < 0 || ny < 0 || nx >= side || ny >= side ? EMPTY : ny * side + nx;
    }

    /** A long-link target for u: v != u with P proportional to d(u, v)^-r. */
    int drawLong(int u, RandomStream random) {
        int x = u % side;
        int y = u / side;
        while (true) {
            double r = random.nextDouble();
            int i = Arrays.binarySearch(cumulative, r);
            int d = i >= 0 ? i + 1 : -i;
            d = Math.min(d, cumulative.length);
            int j = random.nextInt(4 * d);
            int quarter = j / d;
            int t = j % d;
            int dx;
            int dy;
            switch (quarter) {
                case 0 -> { dx = d - t; dy = t; }
                case 1 -> { dx = -t; dy = d - t; }
                case 2 -> { dx = -(d - t); dy = -t; }
                default -> { dx = t; dy = -(d - t); }
            }
            int nx = x + dx;
            int ny = y + dy;
            if (nx >= 0 && ny >= 0 && nx < side && ny < side) {
                return ny * side + nx;
            }
        }
    }

    @Override
    public void learn(int owner, int[] links, int c) {
        for (int s = 0; s < 4; s++) {
            if (links[s] == EMPTY && neighbour(owner, s) == c) {
                links[s] = c;
            }
        }
    }

    @Override
    public void repair(int owner, int[] links, int slot, FinderCache known, RandomStream random) {
        links[slot] = EMPTY;
        if (slot < 4 || known.size() == 0) {
            return;
        }
        int target = drawLong(owner, random);
        int best = EMPTY;
        long bestD = Long.MAX_VALUE;
        for (int i = 0; i < known.size(); i++) {
            int c = known.finder(i);
            long d = distance(c, target);
            if (c != owner && d < bestD) {
                bestD = d;
                best = c;
            }
        }
        links[slot] = best;
    }

    @Override
    public void setOnline(int f, boolean on) {
        if (online[f] != on) {
            online[f] = on;
            onlineCount += on ? 1 : -1;
        }
    }

    @Override
    public int home(long point) {
        int p = (int) point;
        if (online[p]) {
            return p;
        }
        if (onlineCount == 0) {
            return -1;
        }
        int x = p % side;
        int y = p / side;
        for (int d = 1; d <= 2 * side; d++) {
            int best = -1;
            for (int dx = -d; dx <= d; dx++) {
                int rest = d - Math.abs(dx);
                for (int dy : rest == 0 ? new int[] {0} : new int[] {-rest, rest}) {
                    int nx = x + dx;
                    int ny = y + dy;
                    if (nx >= 0 && ny >= 0 && nx < side && ny < side) {
                        int c = ny * side + nx;
                        if (online[c] && (best < 0 || c < best)) {
                            best = c;
                        }
                    }
                }
            }
            if (best >= 0) {
                return best;
            }
        }
        return -1;
    }
}
