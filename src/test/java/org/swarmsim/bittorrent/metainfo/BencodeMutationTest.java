package org.swarmsim.bittorrent.metainfo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

/**
 * Seeded random mutations of valid bencode and torrents: the strict reader either accepts the
 * result, which must then be canonical (re-encoding gives the same bytes), or rejects it with a
 * {@link BencodeException} whose offset lies inside the input. Nothing else may come out. Torrents,
 * v1, v2 and hybrid, parse to a torrent or fail with a {@link BencodeException}.
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

    @Test
    void mutatedV2AndHybridTorrentsParseOrFailWithBencodeException(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("v2");
        Files.createDirectories(folder.resolve("sub"));
        Files.write(folder.resolve("big.bin"), new byte[40_000]);
        Files.write(folder.resolve("sub/small.txt"), "small".getBytes(StandardCharsets.UTF_8));
        Files.write(folder.resolve("empty"), new byte[0]);
        TorrentCreator.Options options = TorrentCreator.Options.defaults().withPieceLength(16384)
                .withAnnounceUrls(List.of("http://t.example/a"));
        List<byte[]> seeds = List.of(
                TorrentCreator.fromPath(folder, options.withVersion(MetaVersion.V2)).toBytes(),
                TorrentCreator.fromPath(folder, options.withVersion(MetaVersion.HYBRID)).toBytes(),
                TorrentCreator.fromPath(folder.resolve("big.bin"), options.withVersion(MetaVersion.HYBRID)).toBytes());
        RandomStream random = new RandomStreams(6L).stream("torrent/v2-mutation");
        int parsed = 0;
        int v2 = 0;
        for (int i = 0; i < 15_000; i++) {
            byte[] input = ByteMutator.mutate(seeds.get(i % seeds.size()), random);
            try {
                Torrent t = Torrent.parse(input);
                assertTrue(t.pieceCount() * (long) t.pieceLengthBytes() >= t.totalBytes());
                for (TorrentFile f : t.files()) {
                    assertTrue(t.pieceLayer(f).length % 32 == 0);
                }
                if (t.pieceCount() > 0) {
                    assertTrue(t.pieceSize(t.pieceCount() - 1) > 0);
                }
                parsed++;
                v2 += t.version().hasV2() ? 1 : 0;
            } catch (BencodeException e) {
                assertTrue(e.getMessage().length() > 10);
            } catch (RuntimeException e) {
                fail("mutation " + i + " threw " + e, e);
            }
        }
        assertTrue(parsed > 0 && v2 > 0, parsed + " parsed, " + v2 + " of them v2 or hybrid");
    }
}
