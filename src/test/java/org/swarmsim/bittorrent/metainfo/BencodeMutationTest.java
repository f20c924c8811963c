package org.swarmsim.bittorrent.metainfo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

/**
 * Seeded random mutations of valid bencode and torrents: the strict reader either accepts the
 * result, which must then be canonical (re-encoding gives the same bytes), or rejects it with a
 * {@link BencodeException} whose offset lies inside the input. Nothing else may come out.
 */
class BencodeMutationTest {
    @Test
    void mutatedInputsGiveCanonicalValuesOrCleanErrors() {
        RandomStream random = new RandomStreams(4L).stream("bencode/mutation");
        List<byte[]> seeds = List.of(
                Torrent.synthetic("seed.bin", 1_000_000, 32768,
                        List.of("http://t.example/announce", "udp://u.example:80")).toBytes(),
                BencodeWriter.encode(BencodeWriterTest.randomValue(random, 0)),
                BencodeWriter.encode(BencodeWriterTest.randomValue(random, 0)),
                "d8:completei3e10:incompletei1e8:intervali1800e5:peers6:abcdefe".getBytes());
        int accepted = 0;
        int rejected = 0;
        for (int i = 0; i < 30_000; i++) {
            byte[] input = ByteMutator.mutate(seeds.get(i % seeds.size()), random);
            try {
                BencodeValue v = BencodeReader.strict().read(input);
                assertArrayEquals(input, BencodeWriter.encode(v), "accepted input is not canonical");
                accepted++;
            } catch (BencodeException e) {
                assertTrue(e.offset() >= 0 && e.offset() <= input.length, e.getMessage());
                rejected++;
            } catch (RuntimeException e) {
                fail("mutation " + i + " threw " + e, e);
            }
        }
        assertTrue(accepted > 100 && rejected > 10_000, accepted + " accepted, " + rejected + " rejected");
    }

    @Test
    void mutatedTorrentsParseOrFailWithBencodeException() {
        RandomStream random = new RandomStreams(5L).stream("torrent/mutation");
        byte[] valid = Torrent.synthetic("t", 300_000, 16384, List.of("http://t.example/a")).toBytes();
        int parsed = 0;
        for (int i = 0; i < 10_000; i++) {
            byte[] input = ByteMutator.mutate(valid, random);
            try {
                Torrent t = Torrent.parse(input);
                assertTrue(t.pieceCount() * (long) t.pieceLengthBytes() >= t.totalBytes());
                parsed++;
            } catch (BencodeException e) {
                assertTrue(e.getMessage().length() > 10);
            } catch (RuntimeException e) {
                fail("mutation " + i + " threw " + e, e);
            }
        }
        assertTrue(parsed > 0);
    }
}
