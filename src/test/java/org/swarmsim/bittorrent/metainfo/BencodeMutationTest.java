package org.swarmsim.bittorrent.metainfo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
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
    static byte[] mutate(byte[] valid, RandomStream random) {
        byte[] b = valid.clone();
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int op = random.nextInt(5);
            int at = b.length == 0 ? 0 : random.nextInt(b.length);
            switch (op) {
                case 0 -> { // flip one byte to a random value
                    if (b.length > 0) {
                        b[at] = (byte) random.nextInt(256);
                    }
                }
                case 1 -> { // replace with a bencode-significant character
                    if (b.length > 0) {
                        b[at] = "ield0123456789:-"
                                .getBytes(java.nio.charset.StandardCharsets.US_ASCII)[random.nextInt(16)];
                    }
                }
                case 2 -> b = Arrays.copyOf(b, at); // truncate
                case 3 -> { // delete one byte
                    if (b.length > 0) {
                        byte[] c = new byte[b.length - 1];
                        System.arraycopy(b, 0, c, 0, at);
                        System.arraycopy(b, at + 1, c, at, b.length - at - 1);
                        b = c;
                    }
                }
                default -> { // insert one byte
                    byte[] c = new byte[b.length + 1];
                    System.arraycopy(b, 0, c, 0, at);
                    c[at] = (byte) random.nextInt(256);
                    System.arraycopy(b, at, c, at + 1, b.length - at);
                    b = c;
                }
            }
        }
        return b;
    }

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
            byte[] input = mutate(seeds.get(i % seeds.size()), random);
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
            byte[] input = mutate(valid, random);
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
