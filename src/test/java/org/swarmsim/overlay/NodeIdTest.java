package org.swarmsim.overlay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

class NodeIdTest {
    private final RandomStream random = new RandomStreams(7).stream("nodeid-test");

    private static BigInteger big(NodeId id) {
        return new BigInteger(1, id.toBytes());
    }

    @Test
    void bytesAndHexRoundTrip() {
        for (int i = 0; i < 200; i++) {
            NodeId id = NodeId.random(random);
            assertEquals(id, NodeId.fromBytes(id.toBytes()));
            assertEquals(id, NodeId.fromHex(id.toString()));
        }
        byte[] b = new byte[20];
        b[0] = (byte) 0x80;
        b[19] = 1;
        NodeId id = NodeId.fromBytes(b);
        assertEquals(1, id.bit(0));
        assertEquals(1, id.bit(159));
        assertEquals(0, id.bit(1));
        assertArrayEquals(b, id.toBytes());
    }

    @Test
    void xorDistanceIsAMetricAndMatchesBigIntegerArithmetic() {
        for (int i = 0; i < 500; i++) {
            NodeId a = NodeId.random(random);
            NodeId b = NodeId.random(random);
            NodeId c = NodeId.random(random);
            BigInteger ab = big(a).xor(big(b));
            assertEquals(ab, big(a.xor(b)));
            assertEquals(big(a.xor(b)), big(b.xor(a)), "symmetric");
            assertEquals(BigInteger.ZERO, big(a.xor(a)), "d(a,a) = 0");
            // triangle inequality: d(a,c) <= d(a,b) + d(b,c)
            assertTrue(big(a.xor(c)).compareTo(big(a.xor(b)).add(big(b.xor(c)))) <= 0);
            // compareDistance agrees with the numbers
            int expected = Integer.signum(big(a.xor(c)).compareTo(big(b.xor(c))));
            assertEquals(expected, Integer.signum(NodeId.compareDistance(a, b, c)));
            assertEquals(Integer.signum(big(a).compareTo(big(b))), Integer.signum(a.compareTo(b)));
        }
    }

    @Test
    void commonPrefixLengthIsTheBucketIndexOfTheDistance() {
        for (int i = 0; i < 500; i++) {
            NodeId a = NodeId.random(random);
            int flip = random.nextInt(160);
            NodeId c = a.flipBit(flip).withPrefixOf(flip + 1, NodeId.random(random));
            assertEquals(flip, a.commonPrefixLength(c));
            assertEquals(159 - flip, big(a.xor(c)).bitLength() - 1, "cpl = 159 - floor(log2 d)");
        }
        NodeId a = NodeId.random(random);
        assertEquals(160, a.commonPrefixLength(a));
    }

    @Test
    void uniquenessOfDistanceMeansEqualDistancesOnlyForEqualIds() {
        NodeId t = NodeId.random(random);
        NodeId a = NodeId.random(random);
        assertEquals(0, NodeId.compareDistance(a, NodeId.fromBytes(a.toBytes()), t));
        assertTrue(NodeId.compareDistance(t, a, t) < 0, "the target itself is closest");
    }

    @Test
    void badInputIsRefusedWithAClearMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NodeId.fromBytes(new byte[19]));
        assertTrue(e.getMessage().contains("20 bytes"));
        assertThrows(IllegalArgumentException.class, () -> NodeId.fromHex("xyz"));
        assertThrows(IllegalArgumentException.class, () -> NodeId.random(random).bit(160));
    }
}
