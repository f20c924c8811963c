package org.swarmsim.finders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.swarmsim.finders.FinderMessage.Found;
import org.swarmsim.overlay.NodeId;
import org.swarmsim.sim.random.RandomStream;

/**
 * "With a complete, fresh table every search succeeds in one finder hop": when every finder's
 * cache holds every other finder and routing uses the cache, the origin forwards straight to the
 * key's home, which answers.
 */
class CompleteTableTest {
    private static FinderTestNetwork completeNetwork(String geometry, int n) {
        FinderTestNetwork t = new FinderTestNetwork(41, geometry, n, 2, 2, FinderTestNetwork.config(n, 0, true));
        t.net.start();
        int[] all = new int[n];
        for (int f = 0; f < n; f++) {
            all[f] = f;
        }
        for (FinderNode node : t.net.finders()) {
            node.cache().merge(all, new long[n], new int[n], n, node.number());
            assertEquals(n - 1, node.cache().size(), "every other finder is cached");
        }
        return t;
    }

    @Test
    void everyLocateIsAnsweredByTheHomeInAtMostOneHop() {
        for (String geometry : new String[] {"symphony", "kleinberg", "kademlia", "random"}) {
            int n = 256;
            FinderTestNetwork t = completeNetwork(geometry, n);
            Geometry g = t.geometry;
            RandomStream r = t.streams.stream("keys");
            int direct = 0;
            for (int i = 0; i < 500; i++) {
                // every fifth key is an origin's own id: the origin is its home
                int origin = r.nextInt(n);
                NodeId key = i % 5 == 0 ? g.id(origin) : NodeId.random(r);
                int home = g.home(g.point(key));
                int id = t.locate(origin, key);
                Found f = t.onlyAnswer(id);
                String where = geometry + ", locate " + i + " from " + origin;
                assertEquals(home, f.answerer(), where + ": answered by the true home");
                assertEquals(origin == home ? 0 : 1, f.hops(), where + ": hops");
                List<Integer> route = t.routes.get(id);
                assertEquals(origin == home ? List.of(origin) : List.of(origin, home), route, where + ": route");
                direct += origin == home ? 0 : 1;
            }
            // the 400 random keys have another finder as home but for about 1.6 (1/256 each)
            assertTrue(direct >= 395, geometry + ": " + direct + " one-hop locates");
        }
    }
}
