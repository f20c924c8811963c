package org.swarmsim.bittorrent.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swarmsim.bittorrent.metainfo.InfoHash;

class WireCodecTest {
    static final int PIECES = 1000;
    static final WireCodec CODEC = new WireCodec(PIECES);
    static final InfoHash HASH = InfoHash.fromHex("0123456789abcdef0123456789abcdef01234567");

    static List<PeerMessage> oneOfEachType() {
        boolean[] has = new boolean[PIECES];
        has[0] = true;
        has[7] = true;
        has[999] = true;
        return List.of(
                Handshake.of(HASH, PeerId.forNode(42), true, true),
                KeepAlive.INSTANCE, Choke.INSTANCE, Unchoke.INSTANCE, Interested.INSTANCE,
                NotInterested.INSTANCE, new Have(999), BitfieldMessage.of(has, PIECES),
                new Request(3, 16384, 16384), Piece.withPayload(3, 16384, new byte[] {1, 2, 3, 4, 5}),
                new Cancel(3, 16384, 16384), new Port(6881), new SuggestPiece(5), HaveAll.INSTANCE,
                HaveNone.INSTANCE, new RejectRequest(4, 0, 131072), new AllowedFast(17),
                ExtendedMessage.handshake(ExtensionHandshake.builder().extension("ut_pex", 1).build()),
                new ExtendedMessage(3, new RawExtensionPayload("d5:added0:e".getBytes(StandardCharsets.US_ASCII))),
                new HashRequest(root(7), 0, 4, 2, 1), new Hashes(root(7), 0, 4, 2, 1, new byte[3 * 32]),
                new HashReject(root(9), 2, 0, 512, 0));
    }

    private static org.swarmsim.bittorrent.metainfo.PiecesRoot root(int seed) {
        byte[] b = new byte[32];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (seed * 31 + i);
        }
        return org.swarmsim.bittorrent.metainfo.PiecesRoot.of(b);
    }

    private static PeerMessage roundTrip(PeerMessage m) {
        byte[] bytes = CODEC.encode(m);
        return m instanceof Handshake ? CODEC.decodeHandshake(bytes) : CODEC.decode(bytes);
    }

    @Test
    void everyMessageTypeEncodesToItsWireSizeAndDecodesToItself() {
        List<PeerMessage> all = oneOfEachType();
        assertEquals(PeerMessage.class.getPermittedSubclasses().length,
                all.stream().map(Object::getClass).distinct().count(), "a message type is missing here");
        for (PeerMessage m : all) {
            byte[] bytes = CODEC.encode(m);
            assertEquals(m.wireSize(), bytes.length, m.toString());
            assertEquals(m, roundTrip(m), m.toString());
        }
    }

    @Test
    void wireSizesAreTheBep3Sizes() {
        assertEquals(68, Handshake.of(HASH, PeerId.forNode(1), false, false).wireSize());
        assertEquals(4, KeepAlive.INSTANCE.wireSize());
        assertEquals(5, Choke.INSTANCE.wireSize());
        assertEquals(9, new Have(1).wireSize());
        assertEquals(17, new Request(0, 0, 16384).wireSize());
        assertEquals(13 + 16384, Piece.simulated(0, 0, 16384).wireSize());
        assertEquals(5 + 125, BitfieldMessage.of(new BitSet(), 1000).wireSize());
        assertEquals(5 + 126, BitfieldMessage.of(new BitSet(), 1001).wireSize());
        assertEquals(7, new Port(1).wireSize());
        // BEP 52: length 4, id 1, pieces root 32, base layer, index, length, proof layers 4 each; 32 per hash
        assertEquals(53, new HashRequest(root(1), 0, 0, 1, 0).wireSize());
        assertEquals(53, new HashReject(root(1), 0, 0, 1, 0).wireSize());
        assertEquals(53 + 32 * 5, new Hashes(root(1), 0, 0, 4, 1, new byte[5 * 32]).wireSize());
    }

    @Test
    void encodesTheExactBep3Bytes() {
        HexFormat hex = HexFormat.of();
        assertEquals("00000000", hex.formatHex(CODEC.encode(KeepAlive.INSTANCE)));
        assertEquals("0000000101", hex.formatHex(CODEC.encode(Unchoke.INSTANCE)));
        assertEquals("000000050400000102", hex.formatHex(CODEC.encode(new Have(258))));
        assertEquals("0000000d06" + "00000003" + "00004000" + "00004000",
                hex.formatHex(CODEC.encode(new Request(3, 16384, 16384))));
        assertEquals("00000003091ae1", hex.formatHex(CODEC.encode(new Port(6881))));
        byte[] h = CODEC.encode(Handshake.of(HASH, PeerId.forNode(7), true, true));
        assertEquals(19, h[0]);
        assertEquals("BitTorrent protocol", new String(h, 1, 19, StandardCharsets.US_ASCII));
        assertEquals("0000000000100004", hex.formatHex(h, 20, 28));
        assertEquals(HASH.hex(), hex.formatHex(h, 28, 48));
        assertEquals("-SS0010-000000000007", new String(h, 48, 20, StandardCharsets.US_ASCII));
    }

    @Test
    void handshakeReservedBitsAnnounceTheExtensions() {
        Handshake h = Handshake.of(HASH, PeerId.forNode(1), true, false);
        assertTrue(h.supportsFastExtension());
        assertFalse(h.supportsExtensionProtocol());
        assertFalse(h.supportsDht());
        assertTrue(Handshake.of(HASH, PeerId.forNode(1), false, true).supportsExtensionProtocol());
    }

    @Test
    void simulatedPieceIsChargedItsFullSizeAndEncodesAsZeros() {
        Piece simulated = Piece.simulated(2, 32768, 16384);
        byte[] bytes = CODEC.encode(simulated);
        assertEquals(13 + 16384, bytes.length);
        Piece decoded = (Piece) CODEC.decode(bytes);
        assertEquals(new Piece(2, 32768, 16384, new byte[16384]), decoded);
        assertFalse(simulated.equals(decoded), "a simulated piece carries no bytes; the decoded one does");
        assertEquals(simulated, Piece.simulated(2, 32768, 16384));
        assertEquals(simulated.hashCode(), Piece.simulated(2, 32768, 16384).hashCode());
    }

    @Test
    void recordsWithByteArraysCompareByContent() {
        assertEquals(Piece.withPayload(1, 0, new byte[] {9}), Piece.withPayload(1, 0, new byte[] {9}));
        assertEquals(new ExtendedMessage(3, new RawExtensionPayload(new byte[] {1})),
                new ExtendedMessage(3, new RawExtensionPayload(new byte[] {1})));
        assertEquals(new ExtendedMessage(3, new RawExtensionPayload(new byte[] {1})).hashCode(),
                new ExtendedMessage(3, new RawExtensionPayload(new byte[] {1})).hashCode());
        assertEquals(BitfieldMessage.of(new boolean[] {true, false, true}, 3),
                BitfieldMessage.of(BitSet.valueOf(new long[] {0b101}), 3));
    }

    @Test
    void bitfieldPutsPieceZeroInTheHighBitOfTheFirstByte() {
        boolean[] has = new boolean[10];
        has[0] = true;
        has[9] = true;
        BitfieldMessage b = BitfieldMessage.of(has, 10);
        assertArrayEquals(new byte[] {(byte) 0x80, 0x40}, b.bits());
        assertTrue(b.has(0));
        assertFalse(b.has(1));
        assertTrue(b.has(9));
        assertEquals(2, b.cardinality());
        assertEquals(BitSet.valueOf(new long[] {(1 << 9) | 1}), b.toBitSet());
        assertThrows(IndexOutOfBoundsException.class, () -> b.has(10));
    }

    @Test
    void bitfieldRejectsSpareBitsAndWrongLengths() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BitfieldMessage(new byte[] {0, 0x01}, 10));
        assertTrue(e.getMessage().contains("spare bits"), e.getMessage());
        WireCodec codec = new WireCodec(10);
        WireFormatException w = assertThrows(WireFormatException.class,
                () -> codec.decode(bytes("00000003050001")));
        assertTrue(w.getMessage().contains("spare bits set"), w.getMessage());
        w = assertThrows(WireFormatException.class, () -> codec.decode(bytes("0000000405000000")));
        assertEquals("bitfield of 3 bytes, but a torrent of 10 pieces needs exactly 2", w.getMessage());
    }

    private static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    private static String rejection(WireCodec codec, String hex) {
        return assertThrows(WireFormatException.class, () -> codec.decode(bytes(hex))).getMessage();
    }

    @Test
    void decoderRejectsBadFramesWithClearErrors() {
        assertEquals("bad length prefix 6 for have (id 4): must be 5", rejection(CODEC, "00000006040000000100"));
        assertEquals("bad length prefix 2 for choke (id 0): must be 1", rejection(CODEC, "000000020000"));
        assertEquals("unknown message id 10: allowed are 0-9, 13-17, 20, 21-23", rejection(CODEC, "000000010a"));
        assertTrue(rejection(CODEC, "0000000d06000000010000000000020001").contains("larger than the limit of 131072"));
        assertTrue(rejection(CODEC, "000000050400000fa0").contains("have names piece 4000, outside 0..999"));
        assertTrue(rejection(CODEC, "0000000d06ffffffff0000000000004000").contains("piece 4294967295"));
        assertTrue(rejection(CODEC, "0000000d0600000001ffffffff00004000").contains("block offset 4294967295"));
        assertTrue(rejection(CODEC, "ffffffff").contains("bad length prefix 4294967295"));
        assertTrue(rejection(CODEC, "0000000104").contains("must be 5"));
        assertTrue(rejection(CODEC, "000000050400000001ff").contains("1 bytes after the end"));
        assertTrue(rejection(CODEC, "0000000504000000").contains("truncated"));
        WireCodec plain = new WireCodec(PIECES, false, false);
        assertEquals("message id 14 (have all) needs the fast extension (BEP 6), which was not negotiated",
                rejection(plain, "000000010e"));
        assertEquals("message id 20 (extended) needs the extension protocol (BEP 10), which was not negotiated",
                rejection(plain, "000000021400"));
        assertEquals("message id 13 (suggest piece) needs the fast extension (BEP 6), which was not negotiated",
                rejection(plain, "000000050d00000001"));
        assertEquals("unknown message id 21: allowed are 0-9 (hash request is BEP 52's, for v2 torrents)",
                rejection(plain, "0000000115"));
    }

    @Test
    void pieceBlockLargerThan128KiBIsRejectedBeforeItsBytesArrive() {
        ByteBuffer in = ByteBuffer.allocate(5);
        in.putInt(9 + 131072 + 1).put((byte) PeerMessage.PIECE).flip();
        WireFormatException e = assertThrows(WireFormatException.class, () -> CODEC.decodeNext(in));
        assertEquals("piece block of 131073 bytes is larger than the limit of 131072 bytes (128 KiB)",
                e.getMessage());
        ByteBuffer ok = ByteBuffer.allocate(5);
        ok.putInt(9 + 131072).put((byte) PeerMessage.PIECE).flip();
        assertNull(CODEC.decodeNext(ok), "a full-size block is fine, it just has not arrived yet");
        assertEquals(0, ok.position());
    }

    @Test
    void streamDecodingWaitsForWholeMessagesAndConsumesExactlyOne() {
        List<PeerMessage> all = oneOfEachType().subList(1, oneOfEachType().size());
        ByteBuffer stream = ByteBuffer.allocate(all.stream().mapToInt(PeerMessage::wireSize).sum());
        for (PeerMessage m : all) {
            CODEC.encode(m, stream);
        }
        byte[] bytes = stream.array();
        // feed the stream one byte at a time
        ByteBuffer window = ByteBuffer.allocate(bytes.length);
        int decoded = 0;
        for (byte b : bytes) {
            window.put(b);
            window.flip();
            PeerMessage m;
            while ((m = CODEC.decodeNext(window)) != null) {
                assertEquals(all.get(decoded++), m);
            }
            window.compact();
        }
        assertEquals(all.size(), decoded);
    }

    @Test
    void handshakeDecodingWaitsForAllBytes() {
        byte[] h = CODEC.encode(Handshake.of(HASH, PeerId.forNode(3), false, false));
        ByteBuffer partial = ByteBuffer.wrap(h, 0, 67);
        assertNull(CODEC.decodeHandshake(partial));
        assertEquals(0, partial.position());
        assertEquals(Handshake.of(HASH, PeerId.forNode(3), false, false),
                CODEC.decodeHandshake(ByteBuffer.wrap(h)));
        assertThrows(WireFormatException.class, () -> CODEC.decodeHandshake(new byte[68]));
    }

    @Test
    void constantMessagesDecodeToTheirSingletons() {
        assertSame(Choke.INSTANCE, CODEC.decode(CODEC.encode(Choke.INSTANCE)));
        assertSame(KeepAlive.INSTANCE, CODEC.decode(new byte[4]));
    }
}
