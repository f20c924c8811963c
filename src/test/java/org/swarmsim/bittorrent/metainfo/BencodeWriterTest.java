package org.swarmsim.bittorrent.metainfo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

class BencodeWriterTest {
    private static String text(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    @Test
    void writesCanonicalFormWithKeysSortedByRawBytes() {
        BencodeDictionary d = BencodeDictionary.builder()
                .put("spam", BencodeList.of(BencodeBytes.of("a"), new BencodeInteger(-3)))
                .put("cow", "moo")
                .put("Zed", 0)
                .build();
        assertEquals("d3:Zedi0e3:cow3:moo4:spaml1:ai-3eee", text(BencodeWriter.encode(d)));
    }

    @Test
    void encodedLengthMatchesTheEncodingForRandomValues() {
        RandomStream random = new RandomStreams(20261121L).stream("bencode/writer/random-values");
        for (int i = 0; i < 2000; i++) {
            BencodeValue v = randomValue(random, 0);
            byte[] bytes = BencodeWriter.encode(v);
            assertEquals(bytes.length, BencodeWriter.encodedLength(v));
            assertEquals(v, BencodeReader.strict().read(bytes));
            assertArrayEquals(bytes, BencodeWriter.encode(BencodeReader.strict().read(bytes)));
        }
    }

    @Test
    void stringLengthMatchesTheEncodingForRandomText() {
        RandomStream random = new RandomStreams(20261122L).stream("bencode/writer/random-text");
        // 1-, 2-, 3- and 4-byte UTF-8 (a surrogate pair), and unpaired surrogates (written as '?')
        String[] pieces = {"a", "~", "\u00e9", "\u07ff", "\u0800", "\u4e2d", "\uffff", "\uD83D\uDE00", "\uD800", "\uDC00"};
        for (int i = 0; i < 2000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(20); n > 0; n--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            assertEquals(BencodeWriter.encode(BencodeBytes.of(t)).length, BencodeWriter.stringLength(t), t);
            assertEquals(t.getBytes(StandardCharsets.UTF_8).length, BencodeWriter.utf8Length(t), t);
        }
        assertEquals(3, BencodeWriter.stringLength("a"));
        assertEquals(13, BencodeWriter.stringLength("0123456789"));
    }

    @Test
    void decimalLengthCountsTheMinusSign() {
        assertEquals(1, BencodeWriter.decimalLength(0));
        assertEquals(2, BencodeWriter.decimalLength(-1));
        assertEquals(19, BencodeWriter.decimalLength(Long.MAX_VALUE));
        assertEquals(20, BencodeWriter.decimalLength(Long.MIN_VALUE));
        assertEquals(5, BencodeWriter.decimalLength(10000));
    }

    static BencodeValue randomValue(RandomStream random, int depth) {
        int kind = depth >= 4 ? random.nextInt(2) : random.nextInt(4);
        switch (kind) {
            case 0:
                return new BencodeInteger(random.nextBoolean() ? random.nextInt(1000) - 500 : random.nextLong());
            case 1: {
                byte[] b = new byte[random.nextInt(12)];
                random.nextBytes(b);
                return BencodeBytes.of(b);
            }
            case 2: {
                List<BencodeValue> l = new ArrayList<>();
                int n = random.nextInt(5);
                for (int i = 0; i < n; i++) {
                    l.add(randomValue(random, depth + 1));
                }
                return new BencodeList(l);
            }
            default: {
                BencodeDictionary.Builder d = BencodeDictionary.builder();
                int n = random.nextInt(5);
                for (int i = 0; i < n; i++) {
                    byte[] key = new byte[1 + random.nextInt(4)];
                    random.nextBytes(key);
                    d.put(new String(key, StandardCharsets.ISO_8859_1) + i, randomValue(random, depth + 1));
                }
                return d.build();
            }
        }
    }
}
