package org.swarmsim.gnutella.qrp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.swarmsim.gnutella.wire.Descriptor;
import org.swarmsim.gnutella.wire.DescriptorCodec;
import org.swarmsim.gnutella.wire.Guid;
import org.swarmsim.gnutella.wire.RouteTableUpdate;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

class QrpTableTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void everyKeywordPutInMatchesNoFalseNegatives() {
        RandomStream random = new RandomStreams(21L).stream("qrp/table/names");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            StringBuilder name = new StringBuilder();
            int words = 1 + random.nextInt(5);
            for (int w = 0; w < words; w++) {
                name.append(w == 0 ? "" : random.nextBoolean() ? " " : "_").append(word(random, 2, 9));
            }
            names.add(name.append(random.nextBoolean() ? ".mp3" : ".AVI").toString());
        }
        QrpTable table = QrpTable.ofFileNames(QrpTable.DEFAULT_BITS, names);
        for (String name : names) {
            assertTrue(table.mayMatch(name), name);
            for (String k : Keywords.of(name)) {
                assertTrue(table.mayMatch(k), k + " of " + name);
                assertTrue(table.mayMatch(k.toUpperCase()), k + " in capitals");
            }
        }
    }

    @Test
    void falsePositivesOfASparseTableAreNearItsFillRatio() {
        RandomStream random = new RandomStreams(22L).stream("qrp/table/false-positives");
        Set<String> in = new LinkedHashSet<>();
        while (in.size() < 1000) {
            in.add(word(random, 6, 11));
        }
        QrpTable table = QrpTable.of(in);
        assertTrue(table.markedSlots() > 970 && table.markedSlots() <= 1000, table.toString());
        int tried = 0;
        int matched = 0;
        while (tried < 20_000) {
            String absent = word(random, 6, 11);
            if (!in.contains(absent)) {
                tried++;
                matched += table.mayMatch(absent) ? 1 : 0;
            }
        }
        double rate = (double) matched / tried;
        assertTrue(rate < 0.03, "false-positive rate " + rate);
        assertEquals(table.fillRatio(), rate, 0.005, "false positives should occur at about the fill ratio");
    }

    @Test
    void aQueryMatchesOnlyIfAllItsKeywordsDo() {
        QrpTable table = QrpTable.ofFileNames(16, List.of("alpha beta.txt"));
        assertTrue(table.mayMatch("Alpha"));
        assertTrue(table.mayMatch("beta alpha"));
        assertFalse(table.mayMatch("alpha gamma"));
        assertFalse(table.mayMatch("a b"), "a query without keywords matches nothing");
        assertFalse(table.mayMatch(""));
        assertEquals(table.mayMatch("alpha beta"), table.mayMatchHashes(QrpHash.queryHashes("alpha beta")));
        assertEquals(table.mayMatch("alpha gamma"), table.mayMatchHashes(QrpHash.queryHashes("alpha gamma")));
        assertFalse(table.mayMatchHashes(new int[0]));
    }

    @Test
    void theUpdateMessagesInstallTheSameTable() {
        RandomStream random = new RandomStreams(23L).stream("qrp/table/updates");
        List<String> keywords = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            keywords.add(word(random, 3, 10));
        }
        QrpTable table = QrpTable.of(keywords);
        for (int max : new int[] {QrpTable.DEFAULT_MAX_PATCH_BYTES, 1000, 100_000}) {
            RouteTableUpdate[] updates = table.updateMessages(max);
            assertEquals(table, QrpTable.fromUpdates(List.of(updates)), "chunks of " + max);
            for (RouteTableUpdate u : updates) {
                assertEquals(u, DescriptorCodec.decode(DescriptorCodec.encode(u)));
                assertEquals(1, u.ttl());
                assertEquals(0, u.hops());
            }
        }
    }

    @Test
    void thePatchIsTheTableInFourBitEntriesCompressedAndCutIntoNumberedChunks() {
        QrpTable table = QrpTable.of(List.of("alpha", "beta", "gamma", "delta"));
        RouteTableUpdate[] updates = table.updateMessages(20);
        RouteTableUpdate.Reset reset = (RouteTableUpdate.Reset) updates[0];
        assertEquals(65536, reset.tableLength());
        assertEquals(7, reset.infinity());
        int n = updates.length - 1;
        assertEquals((table.patchBytes() + 19) / 20, n);
        byte[] stream = new byte[table.patchBytes()];
        int at = 0;
        for (int i = 1; i <= n; i++) {
            RouteTableUpdate.Patch p = (RouteTableUpdate.Patch) updates[i];
            assertEquals(i, p.sequenceNumber());
            assertEquals(n, p.sequenceSize());
            assertEquals(RouteTableUpdate.COMPRESSOR_ZLIB, p.compressor());
            assertEquals(4, p.entryBits());
            assertTrue(p.dataLength() <= 20 && (i == n || p.dataLength() == 20));
            System.arraycopy(p.data(), 0, stream, at, p.dataLength());
            at += p.dataLength();
        }
        byte[] raw = QrpPatch.inflate(stream, 32768);
        for (int slot = 0; slot < 65536; slot++) {
            int nibble = (raw[slot / 2] >> (slot % 2 == 0 ? 4 : 0)) & 0xF;
            assertEquals(table.isMarked(slot) ? 0xA : 0, nibble, "slot " + slot);
        }
        for (String k : List.of("alpha", "beta", "gamma", "delta")) {
            assertTrue(table.isMarked(QrpHash.hash(k, 16)));
        }
    }

    @Test
    void anEmptyTableCostsFarLessThanItsThirtyTwoKibibytes() {
        QrpTable empty = QrpTable.empty(16);
        RouteTableUpdate[] updates = empty.updateMessages(QrpTable.DEFAULT_MAX_PATCH_BYTES);
        assertEquals(2, updates.length, "a RESET and one PATCH");
        assertTrue(empty.patchBytes() < 100, empty.patchBytes() + " bytes");
        int wire = Arrays.stream(updates).mapToInt(Descriptor::wireSize).sum();
        assertTrue(wire < 200, wire + " bytes on the wire");
        assertEquals(empty, QrpTable.fromUpdates(List.of(updates)));
        assertEquals(QrpTable.empty(16), QrpTable.fromUpdates(List.of(updates[0])), "a lone RESET empties the table");
    }

    /** QRP 1.0 appendix: "test" in an 8-slot table, infinity 7. */
    @Test
    void reproducesTheSpecificationsAppendixExample() {
        QrpTable table = QrpTable.of(3, List.of("test"));
        RouteTableUpdate[] updates = table.updateMessages(1024);
        assertEquals("00" + "08000000" + "07", HEX.formatHex(DescriptorCodec.encode(updates[0]), 23, 29));
        // 4 raw bytes beat the 12-byte zlib stream, so the patch goes uncompressed: slot 2 holds -6
        assertEquals("01" + "01" + "01" + "00" + "04" + "00a00000", HEX.formatHex(DescriptorCodec.encode(updates[1]), 23, 32));
        assertEquals("789c6358c0c0000001e400a1", HEX.formatHex(QrpPatch.deflate(HEX.parseHex("00a00000"))));
        // the appendix's compressed patch installs the same table
        RouteTableUpdate.Patch zlib = RouteTableUpdate.Patch.of(Guid.ZERO, 1, 1, RouteTableUpdate.COMPRESSOR_ZLIB, 4,
                HEX.parseHex("789c6358c0c0000001e400a1"));
        assertEquals(table, QrpTable.fromUpdates(List.of(updates[0], zlib)));
        // and so does its 8-bit uncompressed form
        RouteTableUpdate.Patch bytes = RouteTableUpdate.Patch.of(Guid.ZERO, 1, 1, 0, 8, HEX.parseHex("0000fa0000000000"));
        assertEquals(table, QrpTable.fromUpdates(List.of(updates[0], bytes)));
    }

    @Test
    void updatesAreDeterministicAndCarryTheGivenGuids() {
        List<String> keywords = List.of("one", "two", "three");
        RouteTableUpdate[] a = QrpTable.of(keywords).updateMessages(10, Guid::of);
        RouteTableUpdate[] b = QrpTable.of(keywords).updateMessages(10, Guid::of);
        assertArrayEquals(a, b);
        for (int i = 0; i < a.length; i++) {
            assertEquals(Guid.of(i), a[i].guid());
        }
        assertEquals(Guid.ZERO, QrpTable.of(keywords).updateMessages(10)[1].guid());
    }

    @Test
    void refusesWhatTheProtocolCannotCarry() {
        QrpTable table = QrpTable.of(List.of("one", "two"));
        assertThrows(IllegalArgumentException.class, () -> table.updateMessages(0));
        RandomStream random = new RandomStreams(24L).stream("qrp/table/too-many-chunks");
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            many.add(word(random, 5, 8));
        }
        QrpTable big = QrpTable.of(many);
        assertTrue(big.patchBytes() > 255, big.patchBytes() + " bytes");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> big.updateMessages(1));
        assertTrue(e.getMessage().contains("255"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> QrpTable.of(List.of("Two Words")));
        assertThrows(IllegalArgumentException.class, () -> QrpTable.of(22, List.of("abc")));
        assertThrows(IllegalArgumentException.class, () -> QrpTable.fromUpdates(List.of()));
        RouteTableUpdate[] updates = table.updateMessages(10);
        assertThrows(IllegalArgumentException.class, () -> QrpTable.fromUpdates(List.of(updates[1])));
        List<RouteTableUpdate> swapped = new ArrayList<>(List.of(updates));
        swapped.set(1, updates[2]);
        swapped.set(2, updates[1]);
        assertThrows(IllegalArgumentException.class, () -> QrpTable.fromUpdates(swapped));
        List<RouteTableUpdate> cut = List.of(Arrays.copyOf(updates, updates.length - 1));
        assertThrows(IllegalArgumentException.class, () -> QrpTable.fromUpdates(cut));
        RouteTableUpdate odd = RouteTableUpdate.Reset.of(Guid.ZERO, 1000, 7);
        assertThrows(IllegalArgumentException.class, () -> QrpTable.fromUpdates(List.of(odd)));
    }

    static String word(RandomStream random, int minLength, int maxLength) {
        int length = minLength + random.nextInt(maxLength - minLength + 1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append((char) ('a' + random.nextInt(26)));
        }
        return b.toString();
    }
}
