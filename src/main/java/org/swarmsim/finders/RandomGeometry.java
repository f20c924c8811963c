package org.swarmsim.finders;

import java.util.Arrays;
import org.swarmsim.overlay.NodeId;
import org.swarmsim.sim.random.RandomStream;

/**
 * The baseline without geometry: each finder links to {@code links} finders drawn uniformly at
 * random. Distance is still XOR in the hash space (so a search still moves greedily towards the
 * key's home), but the links are not arranged for it, so greedy routing soon stops at a local
 * minimum and the fall-back does the work. Learning a finder fills an empty slot; a dead link is
 * replaced by a random cached finder not linked already.
 */
final class RandomGeometry extends HashedGeometry {
    private final int degree;

    RandomGeometry(NodeId[] ids, GeometryParams p) {
        super(ids);
        this.degree = p.links();
    }

    @Override
    public String name() {
        return "random";
    }





    @Override
    public long distance(int f, long point) {
        return HashPoints.xor(points[f], point);
    }

    @Override
    public int[] initialLinks(int f, RandomStream random) {
        int n = ids.length;
        int[] links = new int[degree];
        Arrays.fill(links, EMPTY);
        int want = Math.min(degree, n - 1);
        for (int s = 0; s < want; ) {
            int c = random.nextInt(n);
            if (c != f && !SymphonyGeometry.holds(links, c)) {
                links[s++] = c;
            }
        }
        return links;
    }

    @Override
    public void learn(int owner, int[] links, int c) {
        if (c == owner || c < 0 || SymphonyGeometry.holds(links, c)) {
            return;
        }
        for (int s = 0; s < links.length; s++) {
            if (links[s] == EMPTY) {
                links[s] = c;
                return;
            }
        }
    }

    @Override
    public void repair(int owner, int[] links, int slot, FinderCache known, RandomStream random) {
        int dead = links[slot];
        links[slot] = EMPTY;
        for (int attempt = 0; attempt < 8 && known.size() > 0; attempt++) {
            int c = known.random(random);
            if (c != owner && c != dead && !SymphonyGeometry.holds(links, c)) {
                links[slot] = c;
                return;
            }
        }
    }


    @Override
    public int home(long point) {
        return online.xorClosest(point);
    }
}
