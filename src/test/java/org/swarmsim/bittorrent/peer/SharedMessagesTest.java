package org.swarmsim.bittorrent.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.swarmsim.bittorrent.piece.PieceLayout;
import org.swarmsim.bittorrent.wire.Have;
import org.swarmsim.bittorrent.wire.Piece;
import org.swarmsim.bittorrent.wire.Request;

class SharedMessagesTest {
    /** 3 pieces of 40 bytes in 16-byte blocks (16, 16, 8), the last piece 20 bytes (16, 4). */
    private final PieceLayout layout = new PieceLayout(100, 40, 16);
    private final SharedMessages messages = new SharedMessages(layout);

    @Test
    void eachHaveExistsOnceForEachDeliveryKind() {
        Have h = messages.have(2, false);
        assertSame(h, messages.have(2, false));
        assertEquals(new Have(2), h);
        Have deferred = messages.have(2, true);
        assertSame(deferred, messages.have(2, true));
        assertTrue(deferred.deliveryDeferrable());
        assertFalse(h.deliveryDeferrable());
        assertNotSame(messages.have(1, false), h);
    }

    @Test
    void blocksOfTheLayoutAreSharedWithTheirOwnLengths() {
        Request r = messages.request(0, 32, 8);
        assertSame(r, messages.request(0, 32, 8));
        assertEquals(new Request(0, 32, 8), r);
        assertSame(messages.request(2, 16, 4), messages.request(2, 16, 4), "the short last block");
        Piece p = messages.simulatedPiece(1, 16, 16);
        assertSame(p, messages.simulatedPiece(1, 16, 16));
        assertEquals(Piece.simulated(1, 16, 16), p);
        assertFalse(p.hasPayload());
        assertNotSame(messages.simulatedPiece(1, 0, 16), p);
    }

    @Test
    void anythingElseGetsAMessageOfItsOwn() {
        assertEquals(new Request(0, 8, 16), messages.request(0, 8, 16));
        assertNotSame(messages.request(0, 8, 16), messages.request(0, 8, 16), "not on a block boundary");
        assertNotSame(messages.request(0, 0, 8), messages.request(0, 0, 8), "not the block's length");
        assertNotSame(messages.request(2, 32, 4), messages.request(2, 32, 4), "past the piece's blocks");
        assertNotSame(messages.simulatedPiece(7, 0, 16), messages.simulatedPiece(7, 0, 16), "no such piece");
        assertEquals(Piece.simulated(0, 0, 8), messages.simulatedPiece(0, 0, 8));
    }
}
