package org.swarmsim.gnutella.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SNAP edge lists: what the reader accepts, how it reports what it does not, and the graph it makes. */
class EdgeListReaderTest {
    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void commentsBlankLinesTabsAndRunsOfSpacesAreAccepted() throws IOException {
        Path f = file("mixed.txt", "# Directed graph\n# FromNodeId\tToNodeId\n\n1\t2\n  2   3  \n\t\n3 \t 1\r\n   # indented comment\n4\t1");
        EdgeList arcs = EdgeListReader.read(f);
        assertEquals(4, arcs.edges());
        assertEquals(4, arcs.nodes());
        assertEquals(2, arcs.tail(1));
        assertEquals(3, arcs.head(1));
        assertEquals(4, arcs.tail(3));
        assertEquals(4, arcs.toTopology().links());
    }

    @Test
    void aMalformedLineIsReportedWithFileLineAndWhatWasExpected() throws IOException {
        Path f = file("bad.txt", "# header\n1 2\n\n12 abc\n");
        EdgeListException e = assertThrows(EdgeListException.class, () -> EdgeListReader.read(f));
        assertEquals(f + ":4: expected two non-negative integer node ids \"u v\", found \"12 abc\"", e.getMessage());
        assertEquals(4, e.line());
        assertEquals(f, e.file());
    }

    @Test
    void oneIdThreeIdsNegativeIdsAndHugeIdsAreMalformed() throws IOException {
        String[] bad = {"7", "1 2 3", "-1 2", "1 +2", "1.5 2", "1 99999999999999999999"};
        for (String line : bad) {
            Path f = file("bad.txt", "0 1\n" + line + "\n");
            EdgeListException e = assertThrows(EdgeListException.class, () -> EdgeListReader.read(f), line);
            assertEquals(2, e.line(), line);
            assertEquals(true, e.getMessage().startsWith(f + ":2: expected two non-negative integer node ids"), e.getMessage());
            assertEquals(true, e.getMessage().endsWith("found \"" + line + "\""), e.getMessage());
        }
    }

    @Test
    void aFileWithoutEdgesIsAnError() throws IOException {
        Path f = file("empty.txt", "# nothing here\n\n");
        EdgeListException e = assertThrows(EdgeListException.class, () -> EdgeListReader.read(f));
        assertEquals(0, e.line());
        assertEquals(f + ": expected at least one edge line \"u v\", found none (only blank lines and # comments)",
                e.getMessage());
        assertThrows(EdgeListException.class, () -> EdgeListReader.read(file("zero.txt", "")));
    }

    @Test
    void aMissingFileIsAnIoError() {
        assertThrows(IOException.class, () -> EdgeListReader.read(dir.resolve("absent.txt")));
    }

    @Test
    void anArcBothWaysIsOneLinkAndOneDuplicate() throws IOException {
        Topology t = EdgeListReader.read(file("pair.txt", "1 2\n2 1\n")).toTopology();
        assertEquals(1, t.links());
        assertEquals(1, t.droppedDuplicates());
        assertEquals(0, t.droppedSelfLoops());
    }

    @Test
    void aSelfLoopIsDroppedAndCountedButItsNodeStays() throws IOException {
        Topology t = EdgeListReader.read(file("loop.txt", "1 2\n3 3\n1 2\n")).toTopology();
        assertEquals(3, t.nodes());
        assertEquals(1, t.links());
        assertEquals(1, t.droppedSelfLoops());
        assertEquals(1, t.droppedDuplicates());
        assertEquals(0, t.degree(t.indexOf(3)));
        assertEquals(3, t.links() + t.droppedSelfLoops() + t.droppedDuplicates());
    }

    @Test
    void nonContiguousLabelsAreKeptInAscendingOrder() throws IOException {
        long big = 1_000_000_000_000L;
        Topology t = EdgeListReader.read(file("sparse.txt", big + " 17\n17\t5\n")).toTopology();
        long[] labels = {5, 17, big};
        assertEquals(3, t.nodes());
        for (int i = 0; i < 3; i++) {
            assertEquals(labels[i], t.label(i));
            assertEquals(i, t.indexOf(labels[i]));
        }
        assertEquals(-1, t.indexOf(0));
        assertEquals(-1, t.indexOf(18));
        assertEquals(true, t.linked(t.indexOf(big), t.indexOf(17)));
        assertEquals(false, t.linked(t.indexOf(big), t.indexOf(5)));
    }
}
