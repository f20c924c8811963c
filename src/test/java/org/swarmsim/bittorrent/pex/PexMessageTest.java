package org.swarmsim.bittorrent.pex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.swarmsim.bittorrent.metainfo.BencodeDictionary;
import org.swarmsim.bittorrent.metainfo.BencodeWriter;
import org.swarmsim.bittorrent.tracker.PeerAddress;
import org.swarmsim.bittorrent.tracker.TrackerHttpCodec;
import org.swarmsim.bittorrent.tracker.AnnounceResponse;

class PexMessageTest {
    private static PeerAddress peer(int id) {
        return new PeerAddress(id);
    }

    @Test
    void encodesTheThreeKeysInBencodeOrderEvenWhenEmpty() {
        PexMessage empty = PexMessage.of(List.of(), List.of());
        assertEquals("d5:added0:7:added.f0:7:dropped0:e", new String(empty.toBytes(), StandardCharsets.ISO_8859_1));
        assertEquals(33, empty.size());
    }

    @Test
    void writesCompactAddressesAsTheTrackerDoes() {
        PexMessage m = new PexMessage(List.of(peer(0), peer(258)), new byte[] {0x10, 0x02}, List.of(peer(7)));
        byte[] b = m.toBytes();
        String s = new String(b, StandardCharsets.ISO_8859_1);
        assertTrue(s.startsWith("d5:added12:"), s);
        // 10.0.0.1:6881 then 10.0.1.3:6881
        assertArrayEquals(new byte[] {10, 0, 0, 1, 0x1a, (byte) 0xe1, 10, 0, 1, 3, 0x1a, (byte) 0xe1},
                java.util.Arrays.copyOfRange(b, 11, 23));
        // the same six bytes a tracker's compact list carries
        byte[] tracker = BencodeWriter.encode(TrackerHttpCodec.announceBody(
                AnnounceResponse.of(1800, 0, 0, 0, List.of(peer(0), peer(258)))));
        String t = new String(tracker, StandardCharsets.ISO_8859_1);
        assertTrue(t.contains(new String(java.util.Arrays.copyOfRange(b, 11, 23), StandardCharsets.ISO_8859_1)));
        assertEquals(m, PexMessage.decode(b));
        assertEquals(0x10, PexMessage.decode(b).flags(0));
        assertEquals(0x02, PexMessage.decode(b).flags(1));
    }

    @Test
    void roundTripsAndSizeIsTheEncodedLengthForRandomMessages() {
        Random rng = new Random(11);
        for (int round = 0; round < 2000; round++) {
            int nAdded = rng.nextInt(round % 10 == 0 ? 400 : 30);
            int nDropped = rng.nextInt(round % 7 == 0 ? 300 : 30);
            List<PeerAddress> added = new ArrayList<>();
            byte[] flags = new byte[nAdded];
            for (int i = 0; i < nAdded; i++) {
                added.add(peer(rng.nextInt(PeerAddress.MAX_NODE_ID + 1)));
                flags[i] = (byte) rng.nextInt(256);
            }
            List<PeerAddress> dropped = new ArrayList<>();
            for (int i = 0; i < nDropped; i++) {
                dropped.add(peer(rng.nextInt(1 << rng.nextInt(25))));
            }
            PexMessage m = new PexMessage(added, flags, dropped);
            ByteBuffer out = ByteBuffer.allocate(m.size() + 8);
            m.encode(out);
            assertEquals(m.size(), out.position(), "size() of " + m);
            byte[] bytes = m.toBytes();
            assertEquals(m, PexMessage.decode(bytes));
            // the codec agrees with the generic bencode writer
            BencodeDictionary d = BencodeDictionary.builder().put("added", compact(added)).put("added.f", flags)
                    .put("dropped", compact(dropped)).build();
            assertArrayEquals(BencodeWriter.encode(d), bytes);
        }
    }

    private static byte[] compact(List<PeerAddress> peers) {
        ByteBuffer b = ByteBuffer.allocate(6 * peers.size());
        for (PeerAddress p : peers) {
            b.putInt(p.ipv4()).putShort((short) p.port());
        }
        return b.array();
    }

    @Test
    void decodingIgnoresIpv6KeysAndTreatsMissingKeysAsEmpty() {
        byte[] onlyDropped = "d7:dropped6:\n\0\0\u0002\u001a\u00e1e".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(PexMessage.of(List.of(), List.of(peer(1))), PexMessage.decode(onlyDropped));
        byte[] withV6 = "d5:added0:7:added.f0:6:added60:7:dropped0:e".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(PexMessage.of(List.of(), List.of()), PexMessage.decode(withV6));
    }

    @Test
    void rejectsMalformedMessagesSayingWhy() {
        assertMessage("not a bencoded dictionary", "li1ee");
        assertMessage("not a bencoded dictionary", "");
        assertMessage("not a bencoded dictionary", "d5:added0:");
        assertMessage("not a multiple of 6", "d5:added5:abcde7:added.f0:7:dropped0:e");
        assertMessage("not a multiple of 6", "d5:added0:7:added.f0:7:dropped7:abcdefge");
        assertMessage("1 flag bytes for 2 added peers",
                "d5:added12:\n\0\0\u0001\u001a\u00e1\n\0\0\u0002\u001a\u00e17:added.f1:\u0010e");
        assertMessage("0 flag bytes for 1 added peers", "d5:added6:\n\0\0\u0001\u001a\u00e1e");
        assertMessage("must hold a byte string", "d5:addedi3ee");
        assertMessage("not a simulated peer", "d5:added6:\u00c0\u00a8\0\u0001\u001a\u00e17:added.f1:\0e");
        assertThrows(IllegalArgumentException.class, () -> new PexMessage(List.of(peer(1)), new byte[0], List.of()));
    }

    private static void assertMessage(String expected, String input) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PexMessage.decode(input.getBytes(StandardCharsets.ISO_8859_1)));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
