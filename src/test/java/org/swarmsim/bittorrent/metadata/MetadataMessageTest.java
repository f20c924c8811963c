package org.swarmsim.bittorrent.metadata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.swarmsim.sim.random.RandomStreams;
import org.swarmsim.sim.random.RandomStream;

/** The BEP 9 message codec: exact sizes, round trips, BEP 9's own examples, and clear errors. */
class MetadataMessageTest {

    private static byte[] encode(MetadataMessage m) {
        ByteBuffer out = ByteBuffer.allocate(m.size());
        m.encode(out);
        assertEquals(0, out.remaining(), m + ": size() is exactly what encode writes");
        return out.array();
    }

    @Test
    void encodesTheExamplesOfBep9() {
        assertEquals("d8:msg_typei0e5:piecei0ee", new String(encode(MetadataMessage.request(0)), StandardCharsets.US_ASCII));
        assertEquals("d8:msg_typei2e5:piecei0ee", new String(encode(MetadataMessage.reject(0)), StandardCharsets.US_ASCII));
        byte[] data = encode(MetadataMessage.data(0, 3, new byte[] {'a', 'b', 'c'}));
        assertEquals("d8:msg_typei1e5:piecei0e10:total_sizei3eeabc", new String(data, StandardCharsets.US_ASCII));
    }

    @Test
    void sizeIsTheEncodedLengthAndDecodingGivesTheMessageBackOverRandomContents() {
        RandomStream rng = new RandomStreams(9).stream("metadata-codec");
        for (int round = 0; round < 2000; round++) {
            int totalSize = 1 + rng.nextInt(rng.nextBoolean() ? 100 : MetadataExtension.MAX_METADATA_BYTES);
            int piece = rng.nextInt(MetadataMessage.pieceCount(totalSize));
            MetadataMessage m = switch (rng.nextInt(3)) {
                case 0 -> MetadataMessage.request(rng.nextBoolean() ? piece : rng.nextInt(Integer.MAX_VALUE));
                case 1 -> MetadataMessage.reject(piece);
                default -> {
                    byte[] bytes = new byte[MetadataMessage.pieceSize(piece, totalSize)];
                    rng.nextBytes(bytes);
                    yield MetadataMessage.data(piece, totalSize, bytes);
                }
            };
            byte[] encoded = encode(m);
            assertEquals(m.size(), encoded.length);
            MetadataMessage back = MetadataMessage.decode(encoded);
            assertEquals(m, back);
            assertArrayEquals(encoded, back.toBytes());
        }
    }

    @Test
    void lastPieceIsShorterAndEveryOtherIs16KiB() {
        int total = 3 * 16384 + 5;
        assertEquals(4, MetadataMessage.pieceCount(total));
        assertEquals(16384, MetadataMessage.pieceSize(2, total));
        assertEquals(5, MetadataMessage.pieceSize(3, total));
        assertEquals(1, MetadataMessage.pieceCount(16384));
        assertEquals(2, MetadataMessage.pieceCount(16385));
    }

    @Test
    void decodesKeysInAnyOrderAndIgnoresUnknownOnes() {
        byte[] b = "d5:piecei7e8:msg_typei0e4:zzzz3:abce".getBytes(StandardCharsets.US_ASCII);
        assertEquals(MetadataMessage.request(7), MetadataMessage.decode(b));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "|starts with a bencoded dictionary",
        "le|starts with a bencoded dictionary",
        "d8:msg_typei0e5:piecei0e|truncated",
        "d8:msg_typei0e5:piecei0|truncated",
        "d8:msg_typei0e5:piece99:xe|truncated string",
        "d5:piecei0ee|no 'msg_type'",
        "d8:msg_typei0ee|no 'piece'",
        "d8:msg_typei3e5:piecei0ee|'msg_type' is 3, outside 0..2",
        "d8:msg_typei0e5:piecei-1ee|'piece' is -1",
        "d8:msg_type1:05:piecei0ee|'msg_type' must be an integer",
        "d8:msg_typei0e5:piecei0eexyz|ends with its dictionary, found 3 bytes",
        "d8:msg_typei1e5:piecei0eeabc|no 'total_size'",
        "d8:msg_typei1e5:piecei0e10:total_sizei4eeabc|is 4 bytes long, the data message carries 3",
        "d8:msg_typei1e5:piecei1e10:total_sizei3eeabc|outside the 1 pieces",
        "d8:msg_typei1e5:piecei0e10:total_sizei0ee|'total_size' is 0",
        "d8:msg_typei0e5:piecei00ee|leading zero",
    })
    void decodeSaysWhatIsWrong(String input, String expected) {
        byte[] bytes = input == null ? new byte[0] : input.getBytes(StandardCharsets.US_ASCII);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MetadataMessage.decode(bytes));
        assertTrue(e.getMessage().contains(expected), "'" + input + "': " + e.getMessage());
    }

    @Test
    void constructorRejectsInconsistentMessages() {
        assertThrows(IllegalArgumentException.class, () -> MetadataMessage.request(-1));
        assertThrows(IllegalArgumentException.class, () -> new MetadataMessage(MetadataMessage.Type.REQUEST, 0, 5, null));
        assertThrows(IllegalArgumentException.class, () -> new MetadataMessage(MetadataMessage.Type.REJECT, 0, 0, new byte[1]));
        assertThrows(IllegalArgumentException.class, () -> MetadataMessage.data(0, 20000, new byte[20000]));
    }
}
