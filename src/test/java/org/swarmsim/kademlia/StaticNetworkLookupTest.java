package org.swarmsim.kademlia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swarmsim.overlay.NodeId;
import org.swarmsim.sim.SimTime;
import org.swarmsim.sim.random.RandomStream;

class StaticNetworkLookupTest {
    @Test
    void everyLookupInAStatic2000NodeNetworkReturnsExactlyTheTrueKClosest() {
        DhtFixture f = new DhtFixture(42, DhtConfig.bep5(), true).grow(2000, SimTime.millis(100));
        List<LookupResult> results = new ArrayList<>();
        RandomStream r = f.streams.stream("lookups");
        for (int i = 0; i < 500; i++) {
            DhtNode origin = f.randomOnlineNode(r);
            // half random targets, half ids of existing nodes (the target itself must come first)
            NodeId target = i % 2 == 0 ? NodeId.random(r) : f.nodes.get(r.nextInt(f.nodes.size())).id();
            f.sim.schedule(i * SimTime.millis(20), () -> origin.lookup(target, results::add));
        }
        f.sim.run(f.sim.now() + SimTime.seconds(60));
        assertEquals(500, results.size());
        int exact = 0;
        for (LookupResult res : results) {
            List<NodeId> truth = f.dht.trueClosest(res.target(), 8, f.nodes.get(res.origin()).id());
            assertEquals(truth, List.of(res.closestIds()), () -> "lookup of " + res.target() + " from " + res.origin());
            assertTrue(res.exact());
            assertEquals(0, res.timeouts(), "no node is offline, so nothing times out");
            exact++;
        }
        assertEquals(500, exact);
        for (DhtNode n : f.nodes) {
            n.routingTable().checkInvariants();
        }
    }
}
