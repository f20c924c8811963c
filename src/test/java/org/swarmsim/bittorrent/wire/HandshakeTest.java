package org.swarmsim.bittorrent.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.swarmsim.bittorrent.metainfo.InfoHash;

class HandshakeTest {
    private static final InfoHash HASH = InfoHash.of(new byte[20]);

    @Test
    void theProtocolStringIsOneTo255AsciiCharacters() {
        assertEquals(255, new Handshake("x".repeat(255), 0, HASH, PeerId.forNode(1)).protocol().length());
        assertEquals("\u007f", new Handshake("\u007f", 0, HASH, PeerId.forNode(1)).protocol(), "DEL is still ASCII");
        for (String bad : new String[] {"", "x".repeat(256), "BitTorrent protocol\u00e9", "\u0080"}) {
            assertThrows(IllegalArgumentException.class, () -> new Handshake(bad, 0, HASH, PeerId.forNode(1)), bad);
        }
    }
}
