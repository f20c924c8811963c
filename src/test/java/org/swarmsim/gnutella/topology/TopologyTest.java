package org.swarmsim.gnutella.topology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The CSR graph made from an edge array: what it keeps, what it drops, and its searches. */
class TopologyTest {
    /** A triangle 0-1-2 and a path 3-4-5-6, with node 7 alone. */
    private static Topology twoPiecesAndALoner() {
        int[] u = {0, 1, 2, 3, 4, 5};
        int[] v = {1, 2, 0, 4, 5, 6};
        return Topology.fromEdges(8, u, v, u.length);
    }

    @Test
    void neighboursComeOutSortedWhateverTheEdgeOrder() {
        int[] u = {3, 0, 3, 2, 3};
        int[] v = {1, 3, 2, 0, 4};
        Topology t = Topology.fromEdges(5, u, v, 5);
        assertArrayEquals(new int[] {0, 1, 2, 4}, t.neighbors(3));
        assertArrayEquals(new int[] {2, 3}, t.neighbors(0));
        assertEquals(4, t.neighbor(3, 3));
        assertEquals(5, t.links());
        assertEquals(4, t.maxDegree());
        assertEquals(2.0, t.meanDegree());
        assertTrue(t.linked(4, 3));
        assertFalse(t.linked(4, 0));
        TopologyAssertions.assertSimple(t);
    }

    @Test
    void selfLoopsAndRepeatsEitherWayRoundAreDroppedAndCounted() {
        int[] u = {0, 1, 0, 2, 2, 1, 0};
        int[] v = {1, 0, 1, 2, 2, 2, 2};
        Topology t = Topology.fromEdges(3, u, v, u.length);
        assertEquals(3, t.links());
        assertEquals(2, t.droppedSelfLoops());
        assertEquals(2, t.droppedDuplicates());
        assertEquals(u.length, t.links() + t.droppedSelfLoops() + t.droppedDuplicates());
        assertArrayEquals(new int[] {1, 2}, t.neighbors(0));
        assertArrayEquals(new int[] {0, 1}, t.neighbors(2));
    }

    @Test
    void onlyTheFirstCountEdgesOfTheArraysAreRead() {
        Topology t = Topology.fromEdges(3, new int[] {0, 1, 9}, new int[] {1, 2, 9}, 2);
        assertEquals(2, t.links());
    }

    @Test
    void theLargestComponentOfTwoPiecesIsTheBiggerPiece() {
        Topology t = twoPiecesAndALoner();
        assertEquals(4, t.largestComponent());
        assertEquals(0, t.degree(7));
        assertEquals(1, Topology.fromEdges(3, new int[0], new int[0], 0).largestComponent());
        assertEquals(0, Topology.fromEdges(0, new int[0], new int[0], 0).largestComponent());
    }

    @Test
    void distancesCountHopsAndOtherPiecesAreUnreachable() {
        Topology t = twoPiecesAndALoner();
        assertArrayEquals(new int[] {-1, -1, -1, 0, 1, 2, 3, -1}, t.distancesFrom(3));
        assertArrayEquals(new int[] {1, 0, 1, -1, -1, -1, -1, -1}, t.distancesFrom(1));
    }

    @Test
    void generatedNodesAreLabelledByTheirIndex() {
        Topology t = twoPiecesAndALoner();
        assertEquals(5, t.label(5));
        assertEquals(5, t.indexOf(5));
        assertEquals(-1, t.indexOf(8));
        assertEquals(-1, t.indexOf(-1));
    }

    @Test
    void givenLabelsAreKeptAndFoundAgain() {
        long[] labels = {5, 17, 1_000_000_000_000L};
        Topology t = Topology.fromEdges(labels, new int[] {0, 2}, new int[] {2, 1}, 2);
        for (int i = 0; i < labels.length; i++) {
            assertEquals(labels[i], t.label(i));
            assertEquals(i, t.indexOf(labels[i]));
        }
        assertEquals(-1, t.indexOf(6));
        assertEquals(-1, t.indexOf(0));
        labels[0] = 99;
        assertEquals(5, t.label(0), "the labels were copied");
    }

    @Test
    void labelsZeroToNMinusOneAreTheSameAsIndexLabels() {
        Topology generated = Topology.fromEdges(3, new int[] {0}, new int[] {2}, 1);
        Topology labelled = Topology.fromEdges(new long[] {0, 1, 2}, new int[] {0}, new int[] {2}, 1);
        assertEquals(generated, labelled);
        assertEquals(generated.hashCode(), labelled.hashCode());
        assertNotEquals(generated, Topology.fromEdges(new long[] {0, 1, 3}, new int[] {0}, new int[] {2}, 1));
    }

    @Test
    void badArgumentsAreRefusedWithTheirName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Topology.fromEdges(3, new int[] {0}, new int[] {3}, 1));
        assertTrue(e.getMessage().contains("endpoint v must be a node 0..2, got 3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Topology.fromEdges(3, new int[] {0}, new int[] {1}, 2));
        assertThrows(IllegalArgumentException.class, () -> Topology.fromEdges(-1, new int[0], new int[0], 0));
        e = assertThrows(IllegalArgumentException.class,
                () -> Topology.fromEdges(new long[] {3, 3}, new int[0], new int[0], 0));
        assertTrue(e.getMessage().contains("strictly ascending"), e.getMessage());
        Topology t = twoPiecesAndALoner();
        assertThrows(IndexOutOfBoundsException.class, () -> t.degree(8));
        assertThrows(IndexOutOfBoundsException.class, () -> t.neighbor(7, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> t.distancesFrom(-1));
    }
}
