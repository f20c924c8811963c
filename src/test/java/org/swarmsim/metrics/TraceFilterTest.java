package org.swarmsim.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TraceFilterTest {
    @Test
    void peerSetsAreRangesAndListsMergedInOrder() {
        long[][] ranges = TraceFilter.parsePeers("15, 0-9,10-12,3");
        assertArrayEquals(new long[][] {{0, 12}, {15, 15}}, ranges);
        TraceFilter f = new TraceFilter(ranges, 0, Long.MAX_VALUE, null);
        assertTrue(f.hasPeer(0) && f.hasPeer(12) && f.hasPeer(15));
        assertFalse(f.hasPeer(13) || f.hasPeer(16) || f.hasPeer(-1));
    }

    @Test
    void badPeerSetsSayWhatIsAllowed() {
        for (String bad : List.of("", "a", "3-1", "-2", "1,,2", "1-")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TraceFilter.parsePeers(bad), bad);
            assertTrue(e.getMessage().contains("e.g. 0-9,15"), e.getMessage());
        }
    }

    @Test
    void unknownTypesAreNamedWithTheAllowedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TraceFilter.checkTypes(List.of("have", "hve"), List.of("piece", "have")));
        assertEquals("unknown trace type hve (allowed: have, piece)", e.getMessage());
        assertEquals(Set.of("have"), TraceFilter.checkTypes(List.of("have"), List.of("piece", "have")));
    }

    @Test
    void theWindowIsInclusiveAtBothEnds() {
        TraceFilter f = new TraceFilter(null, 10, 20, Set.of("have"));
        assertTrue(f.passesTimeAndType(10, "have") && f.passesTimeAndType(20, "have"));
        assertFalse(f.passesTimeAndType(9, "have") || f.passesTimeAndType(21, "have") || f.passesTimeAndType(15, "piece"));
        assertThrows(IllegalArgumentException.class, () -> new TraceFilter(null, 20, 10, null));
        assertTrue(TraceFilter.ALL.keepsAll());
    }
}
