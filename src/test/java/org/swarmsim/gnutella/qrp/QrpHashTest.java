package org.swarmsim.gnutella.qrp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

class QrpHashTest {
    /**
     * The unit tests of LimeWire's {@code com.limegroup.gnutella.routing.HashFunction} ("generated
     * by the reference implementation"), which gtk-gnutella's {@code qrp.c} also checks.
     */
    @Test
    void givesTheReferenceImplementationsValues() {
        Object[][] vectors = {
            {"", 13, 0}, {"eb", 13, 6791}, {"ebc", 13, 7082}, {"ebck", 13, 6698}, {"ebckl", 13, 3179},
            {"ebcklm", 13, 3235}, {"ebcklme", 13, 6438}, {"ebcklmen", 13, 1062}, {"ebcklmenq", 13, 3527},
            {"", 16, 0}, {"n", 16, 65003}, {"nd", 16, 54193}, {"ndf", 16, 4953}, {"ndfl", 16, 58201},
            {"ndfla", 16, 34830}, {"ndflal", 16, 36910}, {"ndflale", 16, 34586}, {"ndflalem", 16, 37658},
            {"ndflaleme", 16, 45559}, {"ol2j34lj", 10, 318}, {"asdfas23", 10, 503}, {"9um3o34fd", 10, 758},
            {"a234d", 10, 281}, {"a3f", 10, 767}, {"3nja9", 10, 581}, {"2459345938032343", 10, 146},
            {"7777a88a8a8a8", 10, 342}, {"asdfjklkj3k", 10, 861}, {"adfk32l", 10, 1011}, {"zzzzzzzzzzz", 10, 944},
        };
        for (Object[] v : vectors) {
            assertEquals((int) v[2], QrpHash.hash((String) v[0], (int) v[1]), v[0] + " on " + v[1] + " bits");
        }
    }

    @Test
    void ignoresCase() {
        assertEquals(581, QrpHash.hash("3NJA9", 10));
        assertEquals(581, QrpHash.hash("3nJa9", 10));
        assertEquals(37658, QrpHash.hash("NDFLalem", 16));
    }

    /** QRP 1.0 appendix: in an 8-slot table "test" goes to slot 2 and "qrp" to slot 7. */
    @Test
    void placesTheAppendixKeywordsInAnEightSlotTable() {
        assertEquals(2, QrpHash.hash("test", 3));
        assertEquals(7, QrpHash.hash("qrp", 3));
    }

    /** Code-unit hashing of non-ASCII keywords, as gtk-gnutella's tests pin it. */
    @Test
    void hashesTheLowByteOfEachUtf16CodeUnit() {
        assertEquals(46, QrpHash.hash("\u30a2\u30cb\u30e1", 10));
        assertEquals(0, QrpHash.hash("\u30e9", 10));
        assertEquals(731, QrpHash.hash("\u58f0\u512a", 10));
        assertEquals(316, QrpHash.hash(new String(Character.toChars(0x10400)), 10));
        assertEquals(658, QrpHash.hash(new String(Character.toChars(0x10428)), 10));
        assertEquals(658, QrpHash.hash("\u0001\u0028", 10));
        assertEquals(658, QrpHash.hash("\uff01\u9428", 10));
        assertEquals(316, QrpHash.hash("\u1001\u2000", 10));
    }

    /** "a" is the word 0x61; 0x61 * 0x4F1BBCDC = 0x1D_F982_8F5C, whose low 32 bits' top 16 are 0xF982. */
    @Test
    void multipliesTheLittleEndianWordByAIntAndKeepsTheTopBits() {
        assertEquals(0xF9828F5C, QrpHash.hash32("a"));
        assertEquals(0xF982, QrpHash.hash("a", 16));
        assertEquals(0x00636261 * QrpHash.A_INT, QrpHash.hash32("abc"));
        assertEquals((0x64636261 ^ 0x65) * QrpHash.A_INT, QrpHash.hash32("abcde"), "the fifth byte wraps to byte 0");
    }

    @Test
    void smallerTablesTakeThePrefixOfTheLargerHash() {
        RandomStream random = new RandomStreams(3L).stream("qrp/hash/prefix");
        for (int i = 0; i < 2000; i++) {
            String word = randomWord(random);
            int full = QrpHash.hash(word, 21);
            for (int r = 0; r < 20; r++) {
                assertEquals(full >>> r, QrpHash.hash(word, 21 - r));
            }
        }
    }

    @Test
    void hashValuesStayWithinTheTable() {
        RandomStream random = new RandomStreams(4L).stream("qrp/hash/range");
        for (int i = 0; i < 20_000; i++) {
            String word = randomWord(random);
            int bits = 1 + random.nextInt(32);
            long h = Integer.toUnsignedLong(QrpHash.hash(word, bits));
            assertTrue(h < 1L << bits, word + " on " + bits + " bits gave " + h);
            if (bits < 32) {
                assertTrue(QrpHash.hash(word, bits) >= 0);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> QrpHash.hash("abc", 0));
        assertThrows(IllegalArgumentException.class, () -> QrpHash.hash("abc", 33));
    }

    @Test
    void queryHashesAreTheFullHashesOfTheQuerysKeywords() {
        assertArrayEquals(new int[] {QrpHash.hash32("madonna"), QrpHash.hash32("prayer")},
                QrpHash.queryHashes("Madonna - A Prayer"));
    }

    static String randomWord(RandomStream random) {
        int length = 1 + random.nextInt(16);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append((char) (random.nextInt(4) == 0 ? random.nextInt(0x3000) : 'a' + random.nextInt(26)));
        }
        return b.toString();
    }
}
