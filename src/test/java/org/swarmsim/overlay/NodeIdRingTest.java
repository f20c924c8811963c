package org.swarmsim.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

/** Ring distance and clockwise order modulo 2^160, on hex fixtures and against BigInteger. */
class NodeIdRingTest {
    private static final BigInteger RING = BigInteger.ONE.shiftLeft(160);

    private static NodeId hex(String h) {
        return NodeId.fromHex(h);
    }

    private static BigInteger big(NodeId id) {
        return new BigInteger(1, id.toBytes());
    }

    private static BigInteger ringDistance(NodeId x, NodeId t) {
        BigInteger d = big(x).subtract(big(t)).mod(RING);
        return d.min(RING.subtract(d).mod(RING));
    }

    @Test
    void distancesWrapAroundZero() {
        NodeId one = hex("0000000000000000000000000000000000000001");
        NodeId two = hex("0000000000000000000000000000000000000002");
        NodeId top = NodeId.MAX;   // 2^160 - 1, one step below 0
        assertEquals(0, NodeId.compareRingDistance(one, top, NodeId.ZERO), "1 and -1 are equally close to 0");
        assertTrue(NodeId.compareRingDistance(top, two, NodeId.ZERO) < 0, "-1 is closer to 0 than 2");
        assertTrue(NodeId.compareRingDistance(NodeId.ZERO, hex("fffffffffffffffffffffffffffffffffffffffd"), top) < 0,
                "from the top, 0 is one step on, ...fd two steps back");
        assertEquals(0, NodeId.compareRingDistance(one, one, two), "equal ids");
        assertTrue(NodeId.compareRingDistance(two, one, two) < 0, "the target itself is closest");
    }

    @Test
    void halfTheRingIsTheFarthestAndCarriesCrossEveryWord() {
        NodeId half = hex("8000000000000000000000000000000000000000");
        NodeId belowHalf = hex("7fffffffffffffffffffffffffffffffffffffff");
        NodeId aboveHalf = hex("8000000000000000000000000000000000000001");
        assertTrue(NodeId.compareRingDistance(half, belowHalf, NodeId.ZERO) > 0);
        assertEquals(0, NodeId.compareRingDistance(belowHalf, aboveHalf, NodeId.ZERO), "2^159 - 1 either way");
        // borrows from lo into mid and from mid into hi
        NodeId t = hex("0000000000000001000000000000000100000000");
        NodeId justBelow = hex("00000000000000010000000000000000ffffffff");
        NodeId farBelow = hex("0000000000000000ffffffffffffffffffffffff");
        assertTrue(NodeId.compareRingDistance(justBelow, farBelow, t) < 0);
    }

    @Test
    void clockwiseOrderStartsAtTheOriginAndWrapsPastZero() {
        NodeId from = hex("f000000000000000000000000000000000000000");
        List<NodeId> expected = List.of(from, hex("f800000000000000000000000000000000000000"), NodeId.ZERO,
                hex("1000000000000000000000000000000000000000"), hex("e000000000000000000000000000000000000000"));
        List<NodeId> sorted = new ArrayList<>(List.of(expected.get(3), expected.get(4), expected.get(0),
                expected.get(2), expected.get(1)));
        sorted.sort((a, b) -> NodeId.compareClockwise(a, b, from));
        assertEquals(expected, sorted);
        assertEquals(Integer.signum(NodeId.ZERO.compareTo(from)),
                Integer.signum(NodeId.compareClockwise(NodeId.ZERO, from, NodeId.ZERO)), "from 0 it is compareTo");
    }

    @Test
    void ringComparisonsAgreeWithBigIntegerArithmetic() {
        RandomStream r = new RandomStreams(5).stream("ring");
        for (int i = 0; i < 2000; i++) {
            NodeId t = NodeId.random(r);
            NodeId a = NodeId.random(r);
            // near neighbours of the target stress the borrows
            NodeId b = i % 2 == 0 ? NodeId.random(r) : t.withPrefixOf(150, a);
            assertEquals(ringDistance(a, t).compareTo(ringDistance(b, t)), Integer.signum(NodeId.compareRingDistance(a, b, t)),
                    a + " " + b + " to " + t);
            BigInteger ca = big(a).subtract(big(t)).mod(RING);
            BigInteger cb = big(b).subtract(big(t)).mod(RING);
            assertEquals(ca.compareTo(cb), Integer.signum(NodeId.compareClockwise(a, b, t)));
        }
    }

    @Test
    void ringComparisonsOfA128BitSpaceAreThoseOfItsOwnRing() {
        RandomStream r = new RandomStreams(6).stream("ring128");
        BigInteger ring128 = BigInteger.ONE.shiftLeft(128);
        for (int i = 0; i < 1000; i++) {
            NodeId t = IdSpace.PASTRY.random(r);
            NodeId a = IdSpace.PASTRY.random(r);
            NodeId b = IdSpace.PASTRY.random(r);
            BigInteger ta = big(a).shiftRight(32).subtract(big(t).shiftRight(32)).mod(ring128);
            BigInteger tb = big(b).shiftRight(32).subtract(big(t).shiftRight(32)).mod(ring128);
            BigInteger da = ta.min(ring128.subtract(ta).mod(ring128));
            BigInteger db = tb.min(ring128.subtract(tb).mod(ring128));
            assertEquals(da.compareTo(db), Integer.signum(NodeId.compareRingDistance(a, b, t)));
        }
    }
}
