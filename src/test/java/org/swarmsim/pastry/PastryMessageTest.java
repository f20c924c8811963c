package org.swarmsim.pastry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.swarmsim.pastry.PastryMessage.RowCopy;

/** The wire sizes are those the README's wire format gives. */
class PastryMessageTest {
    @Test
    void everyMessageStartsWithTypeTransactionAndSenderIdAndEntriesAreIdAddressAndPort() {
        assertEquals(19, PastryMessage.HEADER);
        assertEquals(22, PastryMessage.ENTRY);
        assertEquals(19, new PastryMessage.Ack(1, Traffic.LOOKUP).wireSize());
        assertEquals(19, new PastryMessage.KeepAlive(0).wireSize());
        assertEquals(19 + 1 + 3 * 22, new PastryMessage.LeafSetReply(2, new int[] {4, 5, 6}, Traffic.MAINTENANCE).wireSize());
        assertEquals(19 + 1, new PastryMessage.EntryReply(3, RoutingTable.EMPTY).wireSize());
        assertEquals(19 + 1 + 22, new PastryMessage.EntryReply(3, 7).wireSize());
    }

    @Test
    void aRouteCarriesOpKeyMessageIdAndHopCountAndAJoinAlsoItsRowsAndPath() {
        int lookup = 19 + 1 + 16 + 4 + 1;
        assertEquals(lookup, new PastryMessage.Route(0, RouteOp.LOOKUP, 1, 2, 0, -1, List.of(), new int[0], 0, null)
                .wireSize());
        assertEquals(lookup + 4 + 1000, new PastryMessage.Route(0, RouteOp.INSERT, 1, 2, 0, -1, List.of(), new int[0],
                1000, null).wireSize());
        int[] row = new int[16];
        java.util.Arrays.fill(row, RoutingTable.EMPTY);
        row[3] = 9;
        row[7] = 10;
        List<RowCopy> rows = List.of(RowCopy.of(4, 0, row));
        assertEquals(lookup + 22 + (1 + 2 + 2 * 23) + (1 + 22),
                new PastryMessage.Route(0, RouteOp.JOIN, 1, 2, 1, 8, rows, new int[] {4}, 0, null).wireSize());
    }
}
