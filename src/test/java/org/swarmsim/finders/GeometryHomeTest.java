package org.swarmsim.finders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.swarmsim.overlay.NodeId;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

/**
 * Every geometry's ground truth, {@code home(point)}, is the online finder at the least
 * {@code distance} from the point (ties to the lower number), as finders go offline and come back.
 */
class GeometryHomeTest {
    private static final String[] NAMES = {"symphony", "kleinberg", "kademlia", "random"};

    private static int bruteHome(Geometry g, boolean[] on, long point) {
        int best = -1;
        long bestD = Long.MAX_VALUE;
        for (int f = 0; f < g.size(); f++) {
            if (on[f]) {
                long d = g.distance(f, point);
                if (d < bestD) {
                    bestD = d;
                    best = f;
                }
            }
        }
        return best;
    }

    @Test
    void homeEqualsBruteForceAfterRandomChurn() {
        for (String name : NAMES) {
            int n = 400;   // 20 x 20 for kleinberg
            RandomStreams streams = new RandomStreams(21, 0);
            Geometry g = Geometries.build(name, streams.stream("ids"), new GeometryParams(n, 3, 2));
            RandomStream r = streams.stream("churn");
            boolean[] on = new boolean[n];
            java.util.Arrays.fill(on, true);
            for (int step = 0; step < 2000; step++) {
                // a phase that takes most finders offline, then one that brings them back
                int f = r.nextInt(n);
                boolean online = step % 1000 < 500 ? r.nextInt(10) == 0 : r.nextInt(10) != 0;
                on[f] = online;
                g.setOnline(f, online);
                for (int q = 0; q < 4; q++) {
                    long p = q == 0 ? g.pointOf(r.nextInt(n)) : g.point(NodeId.random(r));
                    assertEquals(bruteHome(g, on, p), g.home(p), name + ", step " + step + ", point " + p);
                }
            }
        }
    }

    @Test
    void withNoFinderOnlineThereIsNoHomeAndOneFinderIsEveryonesHome() {
        for (String name : NAMES) {
            int n = 16;
            Geometry g = Geometries.build(name, new RandomStreams(22, 0).stream("ids"), new GeometryParams(n, 2, 2));
            for (int f = 0; f < n; f++) {
                g.setOnline(f, false);
            }
            RandomStream r = new RandomStreams(22, 0).stream("keys");
            assertEquals(-1, g.home(g.point(NodeId.random(r))), name);
            g.setOnline(5, true);
            g.setOnline(5, true);   // twice is once
            for (int i = 0; i < 20; i++) {
                assertEquals(5, g.home(g.point(NodeId.random(r))), name);
            }
            g.setOnline(5, false);
            assertEquals(-1, g.home(g.pointOf(5)), name);
        }
    }

    @Test
    void aFindersOwnPointIsItsHomeWhileItIsOnline() {
        for (String name : NAMES) {
            int n = 64;
            Geometry g = Geometries.build(name, new RandomStreams(23, 0).stream("ids"), new GeometryParams(n, 2, 2));
            for (int f = 0; f < n; f++) {
                assertEquals(f, g.home(g.pointOf(f)), name);
                assertEquals(g.pointOf(f), g.point(g.id(f)), name + ": a finder's id maps to its point");
            }
        }
    }

    /** Two ids equal in their top 63 bits share a point: both count, and the lower number is the home. */
    @Test
    void findersSharingAPointLeaveTheOtherAsHome() {
        NodeId[] ids = {NodeId.of(0x4000_0000_0000_0000L, 1, 1), NodeId.of(0x4000_0000_0000_0001L, 2, 2),
                NodeId.of(0x1000_0000_0000_0000L, 3, 3)};
        GeometryParams p = new GeometryParams(3, 1, 0);
        for (Geometry g : new Geometry[] {new SymphonyGeometry(ids, p), new KademliaGeometry(ids, p),
                new RandomGeometry(ids, p)}) {
            long at = g.pointOf(0);
            assertEquals(at, g.pointOf(1));
            assertEquals(0, g.home(at), g.name() + ": the lower of the two");
            g.setOnline(1, false);
            assertEquals(0, g.home(at), g.name() + ": 0 is still there");
            g.setOnline(1, true);
            g.setOnline(0, false);
            assertEquals(1, g.home(at), g.name() + ": 1 is still there");
            g.setOnline(1, false);
            assertEquals(2, g.home(at), g.name());
        }
    }
}
