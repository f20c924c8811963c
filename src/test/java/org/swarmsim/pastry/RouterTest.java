package org.swarmsim.pastry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.swarmsim.overlay.NodeId;

class RouterTest {
    //                                       0       1       2       3       4       5       6       7       8
    private final StateFixture f = new StateFixture("a3f0", "a3f1", "a3ef", "5000", "a400", "a3c0", "a390", "a3f2",
            "a3ee");

    private NodeState state(int... known) {
        NodeState s = new NodeState(f.ids, 0, 4, 4, 2, NeighbourSelection.CLOSEST);
        for (int n : known) {
            s.learn(n, 0, StateFixture.BY_ADDRESS);
        }
        return s;
    }

    private static NextHop route(NodeState s, String key) {
        NodeId k = StateFixture.id(key);
        return Router.next(s, k.hi(), k.mid());
    }

    @Test
    void aKeyInTheLeafSetRangeGoesToTheNumericallyClosestLeafOrIsDeliveredHere() {
        NodeState s = state(1, 2);
        assertEquals(new NextHop(1, HopKind.LEAF), route(s, "a3f0c"));
        assertEquals(new NextHop(0, HopKind.DELIVER), route(s, "a3f02"));
    }

    @Test
    void otherwiseTheTableEntryForTheNextDigitOfTheKey() {
        NodeState s = state(1, 2, 3, 4);
        // leaf set: larger {a3f1, a400}, smaller {a3ef, 5000}: 5000 is the farthest smaller, so the
        // range runs from 5000 up to a400; keys outside it go by the table
        assertEquals(new NextHop(3, HopKind.LEAF), route(s, "5001"));
        NodeState t = state(1, 2, 5, 6, 3);
        assertEquals(new NextHop(3, HopKind.TABLE), route(t, "5f"), "row 0, column 5");
    }

    @Test
    void theRareCaseTakesAKnownNodeWithAsLongAPrefixThatIsNumericallyCloser() {
        // leaf set {a3f1, a3f2 | a3ef, a3ee} covers a3ee..a3f2; no node has prefix a38, so the entry
        // (row 2, column 8) is empty; of the nodes sharing "a3" with the key, a390 is the closest
        NodeState s = state(1, 2, 7, 8, 5, 6);
        assertEquals(RoutingTable.EMPTY, s.table().get(2, 8));
        assertEquals(new NextHop(6, HopKind.RARE), route(s, "a38"));
        // knowing only the leaves, the closest of those to the key is taken
        NodeState leavesOnly = state(1, 2, 7, 8);
        assertEquals(new NextHop(8, HopKind.RARE), route(leavesOnly, "a38"));
        // and with no node closer than this one, the message is delivered here
        NodeState alone = new NodeState(f.ids, 0, 4, 4, 2, NeighbourSelection.CLOSEST);
        assertEquals(new NextHop(0, HopKind.DELIVER), route(alone, "a38"));
    }
}
