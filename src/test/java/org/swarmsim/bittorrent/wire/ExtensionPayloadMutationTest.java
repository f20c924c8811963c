package org.swarmsim.bittorrent.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.swarmsim.bittorrent.metadata.MetadataMessage;
import org.swarmsim.bittorrent.metainfo.ByteMutator;
import org.swarmsim.bittorrent.pex.PexMessage;
import org.swarmsim.bittorrent.tex.TexMessage;
import org.swarmsim.bittorrent.tracker.PeerAddress;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

/**
 * The mutation fuzz for the extension payloads a misbehaving peer could send (ut_pex, ut_metadata,
 * lt_tex):
 * seeded random mutations of valid payloads either decode to a message that encodes back to the
 * same bytes and has that size (a PEX message may carry keys BEP 11 lets a receiver ignore, such as
 * {@code added6}: it re-encodes without them, and that form round-trips), or are refused with an
 * {@link IllegalArgumentException} that says why; nothing else is thrown.
 */
class ExtensionPayloadMutationTest {
    private static void fuzz(List<? extends ExtensionPayload> valid, Function<byte[], ExtensionPayload> decode,
                             Function<ExtensionPayload, byte[]> encode, boolean canonical, long seed) {
        RandomStream random = new RandomStreams(seed).stream("extension/mutation");
        int accepted = 0;
        int rejected = 0;
        for (int i = 0; i < 20_000; i++) {
            ExtensionPayload original = valid.get(i % valid.size());
            byte[] input = ByteMutator.mutate(encode.apply(original), random);
            try {
                ExtensionPayload m = decode.apply(input);
                byte[] again = encode.apply(m);
                assertTrue(m.size() == again.length, "size of " + m);
                if (canonical) {
                    assertArrayEquals(input, again, "decoded " + m + " does not re-encode to its input");
                } else {
                    assertArrayEquals(again, encode.apply(decode.apply(again)), m + " does not survive a round trip");
                }
                accepted++;
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage() != null && !e.getMessage().isEmpty(), "a refusal says why");
                rejected++;
            } catch (RuntimeException e) {
                fail("mutation " + i + " of " + original + " threw " + e, e);
            }
        }
        assertTrue(accepted > 100 && rejected > 5_000, accepted + " accepted, " + rejected + " rejected");
    }

    @Test
    void mutatedPexMessagesDecodeToTheSameBytesOrAreRefused() {
        PeerAddress a = PeerAddress.fromIpv4(0x0A000001, 6881);
        PeerAddress b = PeerAddress.fromIpv4(0x0A000002, 6881);
        PeerAddress c = PeerAddress.fromIpv4(0x0A000003, 6881);
        List<PexMessage> valid = List.of(PexMessage.of(List.of(a, b), List.of(c)), PexMessage.of(List.of(), List.of(a)),
                new PexMessage(List.of(c), new byte[] {PexMessage.FLAG_SEED | PexMessage.FLAG_REACHABLE}, List.of()));
        fuzz(valid, PexMessage::decode, m -> ((PexMessage) m).toBytes(), false, 21);
    }

    @Test
    void mutatedMetadataMessagesDecodeToTheSameBytesOrAreRefused() {
        byte[] piece = new byte[300];
        for (int i = 0; i < piece.length; i++) {
            piece[i] = (byte) (i * 31);
        }
        List<MetadataMessage> valid = List.of(MetadataMessage.request(0), MetadataMessage.reject(3),
                MetadataMessage.data(0, piece.length, piece));
        fuzz(valid, MetadataMessage::decode, m -> ((MetadataMessage) m).toBytes(), true, 22);
    }

    @Test
    void mutatedTexMessagesDecodeToTheSameBytesOrAreRefused() {
        List<TexMessage> valid = List.of(TexMessage.of("http://tracker.example.org:6969/announce"),
                TexMessage.of("http://a.example/announce", "https://b.example/announce"), TexMessage.of());
        fuzz(valid, TexMessage::decode, m -> ((TexMessage) m).toBytes(), false, 23);
    }
}
