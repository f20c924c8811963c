package org.swarmsim.bittorrent.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swarmsim.bittorrent.metainfo.BencodeBytes;
import org.swarmsim.bittorrent.metainfo.BencodeDictionary;
import org.swarmsim.bittorrent.metainfo.BencodeInteger;
import org.swarmsim.bittorrent.metainfo.BencodeList;
import org.swarmsim.bittorrent.metainfo.BencodeValue;
import org.swarmsim.bittorrent.metainfo.BencodeWriter;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

/** BEP 10 messages: the extension handshake and raw payloads, their exact sizes and the codec. */
class ExtensionMessageTest {
    private static final WireCodec CODEC = WireCodecTest.CODEC;

    /** One of each payload kind the codec decodes, at its edges. */
    static List<ExtendedMessage> payloadsOfEveryKind() {
        return List.of(
                ExtendedMessage.handshake(ExtensionHandshake.builder().build()),
                ExtendedMessage.handshake(ExtensionHandshake.builder()
                        .extension("ut_pex", 1).extension("ut_metadata", 2).extension("lt_donthave", 0)
                        .extension("\u00fc_ext", 255).extension("\uD83D\uDE00", 7)
                        .listenPort(65535).clientVersion("swarmsim \u00e9 0.1").requestQueue(250).metadataSize(0)
                        .entry("yourip", BencodeBytes.of(new byte[] {10, 0, 0, 1}))
                        .entry("e", new BencodeInteger(-1))
                        .entry("z", BencodeList.of(BencodeBytes.of(""), BencodeDictionary.builder().put("k", 3).build()))
                        .build()),
                new ExtendedMessage(1, new RawExtensionPayload(new byte[0])),
                new ExtendedMessage(255, new RawExtensionPayload(new byte[] {(byte) 0xff, 0, 'd', 'e'})));
    }

    @Test
    void everyPayloadEncodesToItsWireSizeAndDecodesToItself() {
        for (ExtendedMessage m : payloadsOfEveryKind()) {
            byte[] bytes = CODEC.encode(m);
            assertEquals(m.wireSize(), bytes.length, m.toString());
            assertEquals(6 + m.payload().size(), m.wireSize());
            assertEquals(m, CODEC.decode(bytes), m.toString());
            if (m.payload() instanceof ExtensionHandshake h) {
                assertEquals(BencodeWriter.encode(h.toBencode()).length, h.size(), h.toString());
            }
        }
    }

    /** BEP 9's example extension handshake: {'m': {'ut_metadata': 3}, 'metadata_size': 31235}, 47 bytes of payload. */
    @Test
    void theBepsExampleHandshakeIs47BytesOfPayload() {
        ExtensionHandshake h = ExtensionHandshake.builder().extension("ut_metadata", 3).metadataSize(31235).build();
        String payload = "d1:md11:ut_metadatai3ee13:metadata_sizei31235ee";
        assertEquals(47, h.size());
        byte[] frame = CODEC.encode(ExtendedMessage.handshake(h));
        assertEquals(4 + 1 + 1 + 47, frame.length);
        assertEquals(payload, new String(frame, 6, 47, StandardCharsets.US_ASCII));
    }

    @Test
    void encodesTheExactBytesOfAHandCountedHandshake() {
        ExtensionHandshake h = ExtensionHandshake.builder()
                .extension("ut_pex", 1).extension("ut_metadata", 2)
                .listenPort(6881).clientVersion("swarmsim 0.1").metadataSize(31235)
                .build();
        // keys in raw-byte order: m < metadata_size < p < v; in m: ut_metadata < ut_pex
        String payload = "d1:md11:ut_metadatai2e6:ut_pexi1ee13:metadata_sizei31235e1:pi6881e1:v12:swarmsim 0.1e";
        assertEquals(85, payload.length());
        assertEquals(85, h.size());
        byte[] frame = CODEC.encode(ExtendedMessage.handshake(h));
        assertEquals(91, frame.length);
        assertEquals("00000057" + "14" + "00", HexFormat.of().formatHex(frame, 0, 6));
        assertEquals(payload, new String(frame, 6, 85, StandardCharsets.US_ASCII));
        assertEquals(List.of("ut_metadata", "ut_pex"), List.copyOf(h.extensions().keySet()));
        assertEquals(2, h.idOf("ut_metadata"));
        assertTrue(h.supports("ut_pex"));
        assertFalse(h.supports("lt_donthave"));
    }

    @Test
    void sizeIsTheBencodedLengthForRandomHandshakes() {
        RandomStream random = new RandomStreams(10L).stream("wire/extension-handshake");
        for (int i = 0; i < 2000; i++) {
            ExtensionHandshake h = randomHandshake(random);
            byte[] encoded = BencodeWriter.encode(h.toBencode());
            assertEquals(encoded.length, h.size(), h.toString());
            ExtendedMessage m = ExtendedMessage.handshake(h);
            byte[] frame = CODEC.encode(m);
            assertEquals(m.wireSize(), frame.length);
            assertEquals(m, CODEC.decode(frame));
        }
    }

    private static ExtensionHandshake randomHandshake(RandomStream random) {
        String[] alphabet = {"a", "_", "z", "\u00e9", "\u4e2d", "\uD83D\uDE00", "0"};
        ExtensionHandshake.Builder b = ExtensionHandshake.builder();
        int names = random.nextInt(6);
        for (int i = 0; i < names; i++) {
            StringBuilder name = new StringBuilder();
            for (int c = random.nextInt(12); c >= 0; c--) {
                name.append(alphabet[random.nextInt(alphabet.length)]);
            }
            b.extension(name.toString(), random.nextInt(256));
        }
        if (random.nextBoolean()) {
            b.listenPort(random.nextInt(65536));
        }
        if (random.nextBoolean()) {
            b.clientVersion(alphabet[random.nextInt(alphabet.length)] + " " + random.nextInt(100_000));
        }
        if (random.nextBoolean()) {
            b.requestQueue(random.nextInt(Integer.MAX_VALUE));
        }
        if (random.nextBoolean()) {
            b.metadataSize(random.nextBoolean() ? random.nextInt(1 << 20) : Long.MAX_VALUE);
        }
        if (random.nextBoolean()) {
            b.entry("upload_only", new BencodeInteger(random.nextInt(2)));
        }
        if (random.nextBoolean()) {
            byte[] ip = new byte[random.nextBoolean() ? 4 : 16];
            random.nextBytes(ip);
            b.entry("yourip", BencodeBytes.of(ip));
        }
        return b.build();
    }

    private static String rejection(String payload) {
        byte[] p = payload.getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer frame = ByteBuffer.allocate(6 + p.length);
        frame.putInt(2 + p.length).put((byte) PeerMessage.EXTENDED).put((byte) 0).put(p);
        return assertThrows(WireFormatException.class, () -> CODEC.decode(frame.array())).getMessage();
    }

    @Test
    void decoderRejectsMalformedHandshakesWithClearErrors() {
        assertEquals("extension handshake (extended id 0) must be a bencoded dictionary, found an integer",
                rejection("i5e"));
        assertEquals("extension handshake (extended id 0): no 'm' dictionary",
                rejection("d1:pi1ee"));
        assertTrue(rejection("d1:md6:ut_pex3:oneee").contains("'ut_pex' must map to an integer id, found a byte string"));
        assertTrue(rejection("d1:md6:ut_pexi256eee").contains("id of extension 'ut_pex' is 256, outside 0..255"));
        assertTrue(rejection("d1:mde1:pi65536ee").contains("'p' is 65536, outside 0..65535"));
        assertTrue(rejection("d1:mde4:reqqi-1ee").contains("'reqq' is -1"));
        assertTrue(rejection("d1:mde1:v2:\u00ff\u00fee").contains("'v' is not valid UTF-8"));
        assertTrue(rejection("d1:pi1e1:mdee").contains("out of order"), "keys must be sorted");
        assertTrue(rejection("d1:mdeei0e").contains("after"), "nothing may follow the dictionary");
        assertTrue(rejection("d1:mde1:pi01ee").contains("leading zero"));
    }

    @Test
    void extendedIdZeroCarriesTheHandshakeAndNothingElse() {
        assertThrows(IllegalArgumentException.class, () -> new ExtendedMessage(0, new RawExtensionPayload(new byte[0])));
        assertThrows(IllegalArgumentException.class,
                () -> new ExtendedMessage(1, ExtensionHandshake.builder().build()));
        assertThrows(IllegalArgumentException.class,
                () -> new ExtendedMessage(256, new RawExtensionPayload(new byte[0])));
        assertThrows(IllegalArgumentException.class, () -> new ExtendedMessage(1,
                new RawExtensionPayload(new byte[ExtendedMessage.MAX_PAYLOAD_BYTES + 1])));
    }

    @Test
    void handshakeFieldsAreCheckedAndTheNamedKeysHaveOneHome() {
        ExtensionHandshake.Builder b = ExtensionHandshake.builder();
        assertThrows(IllegalArgumentException.class, () -> b.entry("m", new BencodeInteger(1)));
        assertThrows(IllegalArgumentException.class, () -> b.entry("metadata_size", new BencodeInteger(1)));
        assertThrows(IllegalArgumentException.class, () -> ExtensionHandshake.builder().extension("x", 256).build());
        assertThrows(IllegalArgumentException.class, () -> ExtensionHandshake.builder().listenPort(-1).build());
        assertThrows(IllegalArgumentException.class, () -> ExtensionHandshake.builder().metadataSize(-1).build());
        assertThrows(IllegalArgumentException.class,
                () -> ExtensionHandshake.builder().extension("\uD800", 1).build(), "an unpaired surrogate is not text");
    }

    /** A payload whose size() lies: the codec refuses to write a frame of the wrong length. */
    private record LyingPayload() implements ExtensionPayload {
        @Override
        public int size() {
            return 3;
        }

        @Override
        public void encode(ByteBuffer out) {
            out.put((byte) 1).put((byte) 2);
        }
    }

    @Test
    void codecRefusesAPayloadThatWritesOtherThanItsSize() {
        ExtendedMessage m = new ExtendedMessage(2, new LyingPayload());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CODEC.encode(m, ByteBuffer.allocate(64)));
        assertEquals("LyingPayload wrote 2 bytes, but its size() is 3", e.getMessage());
    }

    @Test
    void rawPayloadsCompareByContent() {
        BencodeValue v = BencodeDictionary.builder().put("added", new byte[6]).build();
        byte[] bytes = BencodeWriter.encode(v);
        assertEquals(new RawExtensionPayload(bytes), new RawExtensionPayload(bytes.clone()));
        assertArrayEquals(bytes, ((RawExtensionPayload) ((ExtendedMessage) CODEC.decode(
                CODEC.encode(new ExtendedMessage(9, new RawExtensionPayload(bytes))))).payload()).bytes());
    }
}
