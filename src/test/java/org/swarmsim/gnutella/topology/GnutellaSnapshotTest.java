package org.swarmsim.gnutella.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped Gnutella crawl of 4 August 2002 (SNAP p2p-Gnutella04) has SNAP's published counts:
 * 10,876 nodes, 39,994 edges, largest strongly connected component 4,317.
 */
class GnutellaSnapshotTest {
    private static final Path FILE = Path.of("scenarios/topologies/p2p-Gnutella04.txt");
    private static EdgeList arcs;
    private static Topology topology;

    @BeforeAll
    static void read() throws IOException {
        arcs = EdgeListReader.read(FILE);
        topology = arcs.toTopology();
    }

    @Test
    void itHasSnapsNodeAndEdgeCounts() {
        assertEquals(10_876, arcs.nodes());
        assertEquals(39_994, arcs.edges());
        assertEquals(10_876, topology.nodes());
    }

    @Test
    void itsLargestStronglyConnectedComponentHasSnapsSize() {
        assertEquals(4_317, StrongComponents.largest(arcs));
    }

    @Test
    void noArcRepeatsALinkOrLoopsSoEveryEdgeIsALink() {
        assertEquals(39_994, topology.links());
        assertEquals(0, topology.droppedSelfLoops());
        assertEquals(0, topology.droppedDuplicates());
        assertEquals(39_994, topology.links() + topology.droppedSelfLoops() + topology.droppedDuplicates());
    }

    @Test
    void asAnUndirectedGraphItIsOnePiece() {
        assertEquals(10_876, topology.largestComponent());
        assertEquals(2.0 * 39_994 / 10_876, topology.meanDegree(), 1e-12);
        assertEquals(103, topology.maxDegree());
    }

    @Test
    void thisCopyNumbersNodesFromOne() {
        assertEquals(1, topology.label(0));
        assertEquals(10_876, topology.label(10_875));
        assertEquals(-1, topology.indexOf(0));
    }
}
