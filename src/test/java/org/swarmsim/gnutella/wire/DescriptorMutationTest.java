package org.swarmsim.gnutella.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.swarmsim.bittorrent.metainfo.ByteMutator;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

/**
 * Seeded random mutations of valid descriptors: decoding either yields a descriptor whose encoding
 * is exactly the mutated bytes (the format is canonical) or fails with a
 * {@link DescriptorFormatException}. No other exception, no silent misreading.
 */
class DescriptorMutationTest {
    @Test
    void mutatedDescriptorsDecodeToTheSameBytesOrFailCleanly() {
        RandomStream random = new RandomStreams(11L).stream("gnutella/wire/mutation");
        List<Descriptor> seeds = DescriptorCodecTest.oneOfEachType();
        int accepted = 0;
        int rejected = 0;
        for (int i = 0; i < 40_000; i++) {
            Descriptor seed = seeds.get(i % seeds.size());
            byte[] input = ByteMutator.mutate(DescriptorCodec.encode(seed), random);
            try {
                Descriptor d = DescriptorCodec.decode(input);
                assertArrayEquals(input, DescriptorCodec.encode(d), "decoded " + d + " does not re-encode to its input");
                assertEquals(input.length, d.wireSize());
                accepted++;
            } catch (DescriptorFormatException e) {
                assertTrue(e.getMessage() != null && !e.getMessage().isEmpty());
                rejected++;
            } catch (RuntimeException e) {
                fail("mutation " + i + " of " + seed + " threw " + e, e);
            }
        }
        assertTrue(accepted > 1000 && rejected > 10_000, accepted + " accepted, " + rejected + " rejected");
    }
}
