package org.swarmsim.bittorrent.tex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.swarmsim.bittorrent.metainfo.BencodeBytes;
import org.swarmsim.bittorrent.metainfo.BencodeDictionary;
import org.swarmsim.bittorrent.metainfo.BencodeList;
import org.swarmsim.bittorrent.metainfo.BencodeValue;
import org.swarmsim.bittorrent.metainfo.BencodeWriter;

class TexMessageTest {
    @Test
    void encodesAnAddedListOfByteStrings() {
        assertEquals("d5:addedlee", new String(TexMessage.of().toBytes(), StandardCharsets.US_ASCII));
        assertEquals(11, TexMessage.of().size());
        TexMessage m = TexMessage.of("http://a/announce", "udp://b:80");
        assertEquals("d5:addedl17:http://a/announce10:udp://b:80ee",
                new String(m.toBytes(), StandardCharsets.US_ASCII));
        assertEquals("lt_tex", m.traceType());
        assertEquals(Map.of("added", 2L), m.traceFields());
    }

    @Test
    void roundTripsAndSizeIsTheEncodedLengthForRandomMessages() {
        Random rng = new Random(28);
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789:/.-_?=&%\u00e9\u00fc\u4e2d\u6587";
        for (int round = 0; round < 2000; round++) {
            int n = rng.nextInt(round % 10 == 0 ? 200 : 12);
            List<String> urls = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                StringBuilder s = new StringBuilder(rng.nextBoolean() ? "http://" : "udp://");
                int len = rng.nextInt(rng.nextInt(10) == 0 ? 300 : 30);
                for (int k = 0; k < len; k++) {
                    s.append(alphabet.charAt(rng.nextInt(alphabet.length())));
                }
                if (rng.nextInt(20) == 0) {
                    s.append("\ud83d\ude00");   // a surrogate pair: 4 UTF-8 bytes
                }
                urls.add(s.toString());
            }
            TexMessage m = new TexMessage(urls);
            ByteBuffer out = ByteBuffer.allocate(m.size() + 8);
            m.encode(out);
            assertEquals(m.size(), out.position(), "size() of " + m);
            byte[] bytes = m.toBytes();
            assertEquals(m, TexMessage.decode(bytes));
            // the codec agrees with the generic bencode writer
            List<BencodeValue> list = new ArrayList<>();
            urls.forEach(u -> list.add(BencodeBytes.of(u)));
            assertArrayEquals(BencodeWriter.encode(BencodeDictionary.builder().put("added", new BencodeList(list))
                    .build()), bytes);
        }
    }

    @Test
    void decodingIgnoresOtherKeys() {
        assertEquals(TexMessage.of("http://x"),
                TexMessage.decode("d5:addedl8:http://xe7:droppedl8:http://yee".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void rejectsMalformedMessagesSayingWhy() {
        assertMessage("not a bencoded dictionary", "l8:http://xe");
        assertMessage("not a bencoded dictionary", "");
        assertMessage("not a bencoded dictionary", "d5:addedl8:http://x");
        assertMessage("no 'added' list", "de");
        assertMessage("no 'added' list", "d7:droppedlee");
        assertMessage("must hold a list", "d5:added8:http://xe");
        assertMessage("entry 1 must be a byte string, found a integer", "d5:addedl8:http://xi3eee");
        assertMessage("entry 0 is an empty URL", "d5:addedl0:ee");
        assertMessage("entry 0 is not valid UTF-8", "d5:addedl2:\u00ff\u00feee");
        assertThrows(IllegalArgumentException.class, () -> TexMessage.of(""));
        assertThrows(IllegalArgumentException.class, () -> TexMessage.of("http://\ud800"));
    }

    private static void assertMessage(String expected, String input) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TexMessage.decode(input.getBytes(StandardCharsets.ISO_8859_1)));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
