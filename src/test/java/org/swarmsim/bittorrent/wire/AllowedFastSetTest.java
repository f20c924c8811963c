package org.swarmsim.bittorrent.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.swarmsim.bittorrent.metainfo.InfoHash;

class AllowedFastSetTest {
    private static final InfoHash ALL_AA = InfoHash.of(filled((byte) 0xAA));
    private static final int IP_80_4_4_200 = (80 << 24) | (4 << 16) | (4 << 8) | 200;

    private static byte[] filled(byte b) {
        byte[] bytes = new byte[InfoHash.LENGTH_BYTES];
        Arrays.fill(bytes, b);
        return bytes;
    }

    @Test
    void reproducesTheSevenPieceSetOfTheBepExample() {
        assertArrayEquals(new int[] {1059, 431, 808, 1217, 287, 376, 1188},
                AllowedFastSet.of(IP_80_4_4_200, ALL_AA, 1313, 7));
    }

    @Test
    void reproducesTheNinePieceSetOfTheBepExample() {
        assertArrayEquals(new int[] {1059, 431, 808, 1217, 287, 376, 1188, 353, 508},
                AllowedFastSet.of(IP_80_4_4_200, ALL_AA, 1313, 9));
    }

    @Test
    void peersInTheSameSlash24GetTheSameSet() {
        int other = (80 << 24) | (4 << 16) | (4 << 8) | 7;
        assertArrayEquals(AllowedFastSet.of(IP_80_4_4_200, ALL_AA, 1313, 10), AllowedFastSet.of(other, ALL_AA, 1313, 10));
    }

    @Test
    void aSmallTorrentGivesEveryPieceOnce() {
        int[] set = AllowedFastSet.of(IP_80_4_4_200, ALL_AA, 4, 10);
        assertEquals(4, set.length);
        int[] sorted = set.clone();
        Arrays.sort(sorted);
        assertArrayEquals(new int[] {0, 1, 2, 3}, sorted);
    }
}
