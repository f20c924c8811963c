package org.swarmsim.gnutella.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class DescriptorCodecTest {
    static final Guid G = Guid.of(1234);
    static final Guid SERVENT = Guid.of(77);
    static final int IP = 192 << 24 | 168 << 16 | 1 << 8 | 2;
    static final HexFormat HEX = HexFormat.of();

    static List<Descriptor> oneOfEachType() {
        return List.of(
                new Ping(G, 7, 0),
                new Pong(G, 6, 1, 6346, IP, 12, 34_567),
                Bye.of(G, 200, "Shutting down"),
                new Push(G, 7, 0, SERVENT, 3, IP, 6347),
                new Query(G, 7, 0, 0, "madonna like a prayer"),
                new QueryHit(G, 5, 2, 6346, IP, 350, List.of(
                        new QueryHit.Result(0, 4_123_456, "Like a Prayer.mp3"),
                        new QueryHit.Result(17, 0xFFFF_FFFFL, "Déjà vu — 東京.ogg"),
                        new QueryHit.Result(255, 1, "emoji 🎵.txt")), SERVENT),
                RouteTableUpdate.Reset.of(G, 65536, 7),
                RouteTableUpdate.Patch.of(G, 1, 2, RouteTableUpdate.COMPRESSOR_ZLIB, 4, new byte[] {0x78, (byte) 0x9c, 1}));
    }

    @Test
    void everyTypeEncodesToItsWireSizeAndDecodesToItself() {
        List<Descriptor> all = oneOfEachType();
        assertEquals(8, all.stream().map(Object::getClass).distinct().count(), "a descriptor type is missing here");
        for (Descriptor d : all) {
            byte[] bytes = DescriptorCodec.encode(d);
            assertEquals(d.wireSize(), bytes.length, d.toString());
            assertEquals(Descriptor.HEADER_BYTES + d.payloadLength(), d.wireSize());
            assertEquals(d, DescriptorCodec.decode(bytes), d.toString());
        }
    }

    @Test
    void queryHitsWithManyResultsAndNonAsciiNamesAreChargedTheirEncodedSize() {
        for (int n : new int[] {0, 1, 2, 10, 255}) {
            QueryHit.Result[] results = new QueryHit.Result[n];
            for (int i = 0; i < n; i++) {
                results[i] = new QueryHit.Result(i, 1000L * i, "fïle " + i + " ✓ 𝄞.mp3".repeat(1 + i % 3));
            }
            QueryHit h = new QueryHit(G, 7, 0, 1, IP, 2, List.of(results), SERVENT);
            byte[] bytes = DescriptorCodec.encode(h);
            assertEquals(h.wireSize(), bytes.length, n + " results");
            assertEquals(h, DescriptorCodec.decode(bytes));
        }
    }

    @Test
    void wireSizesAreTheSpecSizes() {
        assertEquals(23, new Ping(G, 1, 0).wireSize());
        assertEquals(37, new Pong(G, 1, 0, 1, IP, 0, 0).wireSize());
        assertEquals(49, new Push(G, 1, 0, SERVENT, 0, IP, 1).wireSize());
        assertEquals(23 + 2 + 3 + 1, new Query(G, 1, 0, 0, "abc").wireSize());
        assertEquals(29, new Query(G, 1, 0, 0, "abc").wireSize());
        assertEquals(23 + 2 + 2 + 1, new Query(G, 1, 0, 0, "é").wireSize(), "é is two UTF-8 bytes");
        // header 23, fixed 11, result 4 + 4 + "a.mp3" 5 + NUL + empty extension NUL, servent id 16
        QueryHit one = new QueryHit(G, 1, 0, 1, IP, 0, List.of(new QueryHit.Result(0, 1, "a.mp3")), SERVENT);
        assertEquals(23 + 11 + (4 + 4 + 5 + 1 + 1) + 16, one.wireSize());
        assertEquals(65, one.wireSize());
        assertEquals(23 + 11 + 16, new QueryHit(G, 1, 0, 1, IP, 0, List.of(), SERVENT).wireSize());
        assertEquals(23 + 2 + 1, Bye.of(G, 200, "").wireSize());
        assertEquals(29, RouteTableUpdate.Reset.of(G, 65536, 7).wireSize());
        assertEquals(23 + 5 + 10, RouteTableUpdate.Patch.of(G, 1, 1, 0, 4, new byte[10]).wireSize());
    }

    @Test
    void headerPutsTypeAt16TtlAt17HopsAt18AndALittleEndianLengthAt19() {
        Query q = new Query(G, 7, 2, 0, "x".repeat(0x0102 - 3));
        byte[] b = DescriptorCodec.encode(q);
        assertArrayEquals(G.toBytes(), Arrays.copyOfRange(b, 0, 16));
        assertEquals((byte) 0x80, b[16]);
        assertEquals(7, b[17]);
        assertEquals(2, b[18]);
        assertEquals("02010000", HEX.formatHex(b, 19, 23));
        assertEquals(0x0102, q.payloadLength());
        assertEquals(0x01, DescriptorCodec.encode(new Pong(G, 1, 0, 1, IP, 0, 0))[16]);
        assertEquals(0x02, DescriptorCodec.encode(Bye.of(G, 200, ""))[16]);
        assertEquals(0x30, DescriptorCodec.encode(RouteTableUpdate.Reset.of(G, 8, 7))[16]);
        assertEquals(0x40, DescriptorCodec.encode(new Push(G, 1, 0, SERVENT, 0, IP, 1))[16]);
        assertEquals((byte) 0x81, DescriptorCodec.encode(new QueryHit(G, 1, 0, 1, IP, 0, List.of(), SERVENT))[16]);
    }

    @Test
    void payloadNumbersAreLittleEndianAndAddressesInNetworkOrder() {
        byte[] pong = DescriptorCodec.encode(new Pong(G, 1, 0, 6346, IP, 3, 0x01020304L));
        assertEquals("ca18" + "c0a80102" + "03000000" + "04030201", HEX.formatHex(pong, 23, 37));
        byte[] push = DescriptorCodec.encode(new Push(G, 1, 0, SERVENT, 0x0A0B, IP, 6346));
        assertEquals(SERVENT.toString() + "0b0a0000" + "c0a80102" + "ca18", HEX.formatHex(push, 23, 49));
        byte[] query = DescriptorCodec.encode(new Query(G, 1, 0, 0x0180, "abc"));
        assertEquals("8001" + "61626300", HEX.formatHex(query, 23, 29));
        byte[] bye = DescriptorCodec.encode(Bye.of(G, 502, "x"));
        assertEquals("f601" + "7800", HEX.formatHex(bye, 23, 27));
        byte[] hit = DescriptorCodec.encode(new QueryHit(G, 1, 0, 6346, IP, 0x38,
                List.of(new QueryHit.Result(5, 0x1000, "a.mp3")), SERVENT));
        assertEquals("01" + "ca18" + "c0a80102" + "38000000" + "05000000" + "00100000" + "612e6d703300" + "00"
                + SERVENT, HEX.formatHex(hit, 23, 65));
    }

    @Test
    void routeTableUpdatesHaveTheQrpAppendixLayout() {
        // QRP 1.0 appendix: RESET of an 8-slot table with infinity 7 is 00 08000000 07
        byte[] reset = DescriptorCodec.encode(RouteTableUpdate.Reset.of(G, 8, 7));
        assertEquals("00" + "08000000" + "07", HEX.formatHex(reset, 23, 29));
        assertEquals(1, reset[17], "QRP messages are sent with TTL 1");
        assertEquals(0, reset[18]);
        // PATCH 1 of 1, uncompressed, 4-bit entries, slot 2 set to -6
        byte[] patch = DescriptorCodec.encode(RouteTableUpdate.Patch.of(G, 1, 1, 0, 4, new byte[] {0, (byte) 0xa0, 0, 0}));
        assertEquals("01" + "01" + "01" + "00" + "04" + "00a00000", HEX.formatHex(patch, 23, patch.length));
    }

    @Test
    void forwardedCopiesHaveOneTtlLessAndOneHopMore() {
        for (Descriptor d : oneOfEachType()) {
            Descriptor f = d.forwarded();
            assertSame(d.getClass(), f.getClass());
            assertEquals(d.ttl() - 1, f.ttl());
            assertEquals(d.hops() + 1, f.hops());
            assertEquals(d.guid(), f.guid());
            byte[] original = DescriptorCodec.encode(d);
            byte[] copy = DescriptorCodec.encode(f);
            original[17] = copy[17];
            original[18] = copy[18];
            assertArrayEquals(original, copy, "only TTL and hops change: " + d);
        }
        Query q = new Query(G, 3, 4, 0, "abc").forwarded().forwarded();
        assertEquals(new Query(G, 1, 6, 0, "abc"), q);
    }

    @Test
    void aDescriptorWithTtlZeroIsNotForwarded() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new Ping(G, 0, 5).forwarded());
        assertTrue(e.getMessage().contains("TTL is 0"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> new Query(G, 1, 0, 0, "abc").forwarded().forwarded());
        assertThrows(IllegalStateException.class, () -> Bye.of(G, 200, "").forwarded().forwarded());
        assertThrows(IllegalStateException.class, () -> new Ping(G, 1, 255).forwarded());
    }

    @Test
    void noDescriptorAsksForTransmitOrDeliveryEvents() {
        for (Descriptor d : oneOfEachType()) {
            assertFalse(d.notifyOnTransmit(), d.toString());
            assertFalse(d.notifyOnDelivery(), d.toString());
        }
    }

    @Test
    void constructorsRefuseFieldsThatDoNotFitTheWire() {
        assertThrows(IllegalArgumentException.class, () -> new Ping(G, 256, 0));
        assertThrows(IllegalArgumentException.class, () -> new Ping(G, 1, -1));
        assertThrows(IllegalArgumentException.class, () -> new Ping(null, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new Pong(G, 1, 0, 65536, IP, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Pong(G, 1, 0, 1, IP, 1L << 32, 0));
        assertThrows(IllegalArgumentException.class, () -> new Query(G, 1, 0, 0, "a\0b"));
        assertThrows(IllegalArgumentException.class, () -> new Query(G, 1, 0, 0, "broken \uD800 surrogate"));
        assertThrows(IllegalArgumentException.class, () -> new Query(G, 1, 0, 0, null));
        assertThrows(IllegalArgumentException.class, () -> new QueryHit.Result(-1, 0, "x"));
        assertThrows(IllegalArgumentException.class,
                () -> new QueryHit(G, 1, 0, 1, IP, 0, Collections.nCopies(256, new QueryHit.Result(0, 0, "x")), SERVENT));
        assertThrows(IllegalArgumentException.class, () -> RouteTableUpdate.Patch.of(G, 2, 1, 0, 4, new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> RouteTableUpdate.Patch.of(G, 1, 1, 2, 4, new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> RouteTableUpdate.Patch.of(G, 1, 1, 0, 3, new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> RouteTableUpdate.Reset.of(G, 0, 7));
        assertThrows(IllegalArgumentException.class, () -> RouteTableUpdate.Reset.of(G, 8, 0));
    }

    @Test
    void patchesCompareTheirDataByContentAndCopyIt() {
        byte[] data = {1, 2, 3};
        RouteTableUpdate.Patch p = RouteTableUpdate.Patch.of(G, 1, 1, 0, 4, data);
        data[0] = 9;
        assertEquals(RouteTableUpdate.Patch.of(G, 1, 1, 0, 4, new byte[] {1, 2, 3}), p);
        assertEquals(RouteTableUpdate.Patch.of(G, 1, 1, 0, 4, new byte[] {1, 2, 3}).hashCode(), p.hashCode());
        assertNotEquals(RouteTableUpdate.Patch.of(G, 1, 1, 0, 4, new byte[] {1, 2, 4}), p);
        p.data()[1] = 9;
        assertEquals(2, p.data()[1]);
    }

    @Test
    void decoderRejectsMalformedInputWithClearErrors() {
        byte[] ping = DescriptorCodec.encode(new Ping(G, 7, 0));
        assertRejected(Arrays.copyOf(ping, 22), "short header");
        byte[] query = DescriptorCodec.encode(new Query(G, 7, 0, 0, "abc"));
        assertRejected(Arrays.copyOf(query, query.length - 1), "payload length mismatch");
        byte[] unknown = ping.clone();
        unknown[16] = (byte) 0x99;
        assertRejected(unknown, "unknown payload type 0x99");
        byte[] noNul = query.clone();
        noNul[noNul.length - 1] = 'd';
        assertRejected(noNul, "no terminating NUL");
        byte[] extension = withPayload(Descriptor.QUERY, HEX.parseHex("0000" + "616263" + "00" + "7e"));
        assertRejected(extension, "not modeled");
        assertRejected(withPayload(Descriptor.QUERY, HEX.parseHex("0000" + "61ff" + "00")), "not valid UTF-8");
        assertRejected(withPayload(Descriptor.PING, new byte[1]), "ping payload must be 0 bytes");
        assertRejected(withPayload(Descriptor.PONG, new byte[13]), "pong payload must be 14 bytes");
        assertRejected(withPayload(Descriptor.PUSH, new byte[27]), "push payload must be 26 bytes");
        byte[] hit = DescriptorCodec.encode(new QueryHit(G, 1, 0, 1, IP, 0,
                List.of(new QueryHit.Result(0, 1, "a.mp3")), SERVENT));
        byte[] twoResults = Arrays.copyOfRange(hit, 23, hit.length);
        twoResults[0] = 2;
        assertRejected(withPayload(Descriptor.QUERY_HIT, twoResults), "ends within result 1");
        byte[] extensionBlock = Arrays.copyOfRange(hit, 23, hit.length);
        extensionBlock[11 + 4 + 4 + 6] = 'x';
        assertRejected(withPayload(Descriptor.QUERY_HIT, extensionBlock), "extension block");
        byte[] trailer = Arrays.copyOf(Arrays.copyOfRange(hit, 23, hit.length), hit.length - 23 + 2);
        assertRejected(withPayload(Descriptor.QUERY_HIT, trailer), "servent identifier");
        assertRejected(withPayload(Descriptor.ROUTE_TABLE_UPDATE, HEX.parseHex("0008000000")), "reset payload must be 6");
        assertRejected(withPayload(Descriptor.ROUTE_TABLE_UPDATE, HEX.parseHex("02")), "unknown route table update variant");
        assertRejected(withPayload(Descriptor.ROUTE_TABLE_UPDATE, HEX.parseHex("0101010504")), "compressor");
        assertRejected(withPayload(Descriptor.ROUTE_TABLE_UPDATE, HEX.parseHex("0100000000")), "sequence size");
        assertRejected(withPayload(Descriptor.BYE, HEX.parseHex("c8")), "at least 3 bytes");
    }

    @Test
    void streamDecodingWaitsForWholeDescriptorsAndConsumesExactlyOne() {
        List<Descriptor> all = oneOfEachType();
        ByteBuffer stream = ByteBuffer.allocate(all.stream().mapToInt(Descriptor::wireSize).sum());
        for (Descriptor d : all) {
            DescriptorCodec.encode(d, stream);
        }
        stream.flip();
        ByteBuffer partial = stream.duplicate().limit(all.get(0).wireSize() + 30);
        assertEquals(all.get(0), DescriptorCodec.decodeNext(partial));
        assertNull(DescriptorCodec.decodeNext(partial), "the pong is not all there");
        assertEquals(all.get(0).wireSize(), partial.position(), "an incomplete descriptor consumes nothing");
        for (Descriptor d : all) {
            assertEquals(d, DescriptorCodec.decodeNext(stream));
        }
        assertFalse(stream.hasRemaining());
        assertNull(DescriptorCodec.decodeNext(stream));
    }

    private static byte[] withPayload(int type, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(23 + payload.length);
        b.put(G.toBytes()).put((byte) type).put((byte) 1).put((byte) 0).putInt(Integer.reverseBytes(payload.length));
        return b.put(payload).array();
    }

    private static void assertRejected(byte[] bytes, String expected) {
        DescriptorFormatException e = assertThrows(DescriptorFormatException.class, () -> DescriptorCodec.decode(bytes),
                () -> "accepted " + HEX.formatHex(bytes));
        assertTrue(e.getMessage().contains(expected), "\"" + e.getMessage() + "\" does not say \"" + expected + "\"");
    }

    @Test
    void stringsAreUtf8() {
        byte[] b = DescriptorCodec.encode(new Query(G, 1, 0, 0, "東京"));
        assertArrayEquals("東京".getBytes(StandardCharsets.UTF_8), Arrays.copyOfRange(b, 25, b.length - 1));
    }
}
