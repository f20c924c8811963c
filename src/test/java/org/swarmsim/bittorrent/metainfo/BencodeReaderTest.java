package org.swarmsim.bittorrent.metainfo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BencodeReaderTest {
    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static BencodeValue read(String s) {
        return BencodeReader.strict().read(b(s));
    }

    @Test
    void readsEveryKindOfValue() {
        assertEquals(new BencodeInteger(42), read("i42e"));
        assertEquals(new BencodeInteger(-7), read("i-7e"));
        assertEquals(new BencodeInteger(0), read("i0e"));
        assertEquals(new BencodeInteger(Long.MAX_VALUE), read("i9223372036854775807e"));
        assertEquals(BencodeBytes.of("spam"), read("4:spam"));
        assertEquals(BencodeBytes.of(""), read("0:"));
        assertEquals(BencodeList.of(BencodeBytes.of("spam"), new BencodeInteger(42)), read("l4:spami42ee"));
        assertEquals(BencodeDictionary.builder().put("cow", "moo").put("spam", "eggs").build(),
                read("d3:cow3:moo4:spam4:eggse"));
        assertEquals(BencodeDictionary.builder().build(), read("de"));
    }

    @Test
    void dictionaryRemembersItsSpanInTheInput() {
        byte[] in = b("d4:infod1:ai1eee");
        BencodeDictionary root = BencodeReader.strict().readDictionary(in);
        BencodeDictionary info = root.requireDictionary("info");
        assertEquals(0, root.sourceStart());
        assertEquals(in.length, root.sourceEnd());
        assertEquals(7, info.sourceStart());
        assertEquals(15, info.sourceEnd());
        assertEquals("d1:ai1ee", new String(in, 7, 8, StandardCharsets.ISO_8859_1));
    }

    @ParameterizedTest(name = "{0} is rejected at byte {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "i03e|0|leading zero",
        "i-0e|0|-0",
        "ie|0|no digits",
        "i-e|0|no digits",
        "i12|3|end of input",
        "i1x2e|2|expected a digit or 'e'",
        "i9223372036854775808e|0|does not fit in 64 bits",
        "i123456789012345678901234567890e|0|does not fit in 64 bits",
        "03:abc|0|leading zero",
        "5:ab|0|exceeds the 2 bytes left",
        "99999999999:x|0|too many digits",
        "4294967296:x|0|exceeds",
        "3|1|end of input",
        "3x|1|expected a digit or ':'",
        "x|0|expected a value",
        "|0|end of input",
        "l|1|end of input",
        "d1:a|4|end of input",
        "di1ei2ee|1|key must be a byte string",
        "d1:bi1e1:ai2ee|7|out of order",
        "d1:ai1e1:ai2ee|7|duplicate dictionary key",
        "i1ei2e|3|trailing garbage",
        "4:spam4:eggs|6|trailing garbage",
    })
    void rejectsMalformedInputSayingWhatAndWhere(String input, long offset, String what) {
        BencodeException e = assertThrows(BencodeException.class, () -> read(input == null ? "" : input));
        assertEquals(offset, e.offset(), e.getMessage());
        assertTrue(e.getMessage().contains(what), e.getMessage());
        assertTrue(e.getMessage().startsWith("at byte " + offset + ": "), e.getMessage());
    }

    @Test
    void rejectsNestingDeeperThanTheLimit() {
        String deep = "l".repeat(65) + "e".repeat(65);
        BencodeException e = assertThrows(BencodeException.class, () -> read(deep));
        assertEquals(64, e.offset());
        assertTrue(e.getMessage().contains("nesting deeper than the limit of 64"));
        String ok = "l".repeat(64) + "e".repeat(64);
        assertEquals(BencodeList.class, read(ok).getClass());
        BencodeReader shallow = BencodeReader.strict().withMaxDepth(2);
        assertEquals(read("lli1eee"), shallow.read(b("lli1eee")));
        assertThrows(BencodeException.class, () -> shallow.read(b("llleee")));
    }

    @Test
    void aMillionNestedListsFailCleanlyInsteadOfOverflowingTheStack() {
        byte[] in = b("l".repeat(1_000_000));
        BencodeException e = assertThrows(BencodeException.class, () -> BencodeReader.strict().read(in));
        assertTrue(e.getMessage().contains("nesting"));
    }

    @Test
    void lenientReaderAcceptsUnsortedKeysButNeverDuplicates() {
        BencodeReader lenient = BencodeReader.strict().allowingUnsortedKeys();
        BencodeDictionary d = (BencodeDictionary) lenient.read(b("d1:bi1e1:ai2ee"));
        assertEquals(2, d.requireInteger("a"));
        BencodeException e = assertThrows(BencodeException.class,
                () -> lenient.read(b("d1:bi1e1:ai2e1:bi3ee")));
        assertEquals(13, e.offset());
        assertTrue(e.getMessage().contains("duplicate"));
    }

    @Test
    void keysOrderByUnsignedRawBytesNotBySignedBytesOrText() {
        // 0x7f sorts before 0x80 when bytes are unsigned; signed comparison would reverse them.
        byte[] sorted = {'d', '1', ':', 0x7f, 'i', '1', 'e', '1', ':', (byte) 0x80, 'i', '2', 'e', 'e'};
        BencodeDictionary d = (BencodeDictionary) BencodeReader.strict().read(sorted);
        assertArrayEquals(sorted, BencodeWriter.encode(d));
        byte[] unsorted = {'d', '1', ':', (byte) 0x80, 'i', '2', 'e', '1', ':', 0x7f, 'i', '1', 'e', 'e'};
        assertThrows(BencodeException.class, () -> BencodeReader.strict().read(unsorted));
    }

    @Test
    void typedGettersNameTheKeyAndTheKindFound() {
        BencodeDictionary d = (BencodeDictionary) read("d4:name3:abc4:sizei3ee");
        BencodeException e = assertThrows(BencodeException.class, () -> d.requireInteger("name"));
        assertEquals("at byte 0: key 'name' must hold an integer, found a byte string", e.getMessage());
        e = assertThrows(BencodeException.class, () -> d.requireString("missing"));
        assertEquals("at byte 0: missing key 'missing' in dictionary", e.getMessage());
    }
}
