package org.swarmsim.bittorrent.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swarmsim.bittorrent.metainfo.ByteMutator;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

/**
 * Seeded random mutations of valid wire messages: decoding either yields a message whose encoding
 * is exactly the mutated bytes (the wire format is canonical) or fails with a
 * {@link WireFormatException}. No other exception, no silent misreading.
 */
class WireMutationTest {
    @Test
    void mutatedFramesDecodeToTheSameBytesOrFailCleanly() {
        RandomStream random = new RandomStreams(6L).stream("wire/mutation");
        List<PeerMessage> seeds = WireCodecTest.oneOfEachType();
        WireCodec codec = WireCodecTest.CODEC;
        int accepted = 0;
        int rejected = 0;
        for (int i = 0; i < 40_000; i++) {
            PeerMessage seed = seeds.get(i % seeds.size());
            byte[] input = ByteMutator.mutate(codec.encode(seed), random);
            try {
                PeerMessage m = seed instanceof Handshake ? codec.decodeHandshake(input) : codec.decode(input);
                assertArrayEquals(input, codec.encode(m), "decoded " + m + " does not re-encode to its input");
                assertEquals(input.length, m.wireSize());
                accepted++;
            } catch (WireFormatException e) {
                assertTrue(e.getMessage() != null && !e.getMessage().isEmpty());
                rejected++;
            } catch (RuntimeException e) {
                fail("mutation " + i + " of " + seed + " threw " + e, e);
            }
        }
        assertTrue(accepted > 1000 && rejected > 10_000, accepted + " accepted, " + rejected + " rejected");
    }

    @Test
    void mutatedStreamsDecodeMessageByMessageOrFailCleanly() {
        RandomStream random = new RandomStreams(7L).stream("wire/stream-mutation");
        List<PeerMessage> seeds = WireCodecTest.oneOfEachType().subList(1, WireCodecTest.oneOfEachType().size());
        ByteBuffer all = ByteBuffer.allocate(seeds.stream().mapToInt(PeerMessage::wireSize).sum());
        for (PeerMessage m : seeds) {
            WireCodecTest.CODEC.encode(m, all);
        }
        for (int i = 0; i < 5_000; i++) {
            ByteBuffer in = ByteBuffer.wrap(ByteMutator.mutate(all.array(), random));
            try {
                int consumed = 0;
                PeerMessage m;
                while ((m = WireCodecTest.CODEC.decodeNext(in)) != null) {
                    consumed += m.wireSize();
                    assertEquals(consumed, in.position());
                }
            } catch (WireFormatException e) {
                assertTrue(!e.getMessage().isEmpty());
            } catch (RuntimeException e) {
                fail("stream mutation " + i + " threw " + e, e);
            }
        }
    }
}
