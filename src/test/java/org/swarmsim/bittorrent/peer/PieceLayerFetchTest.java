package org.swarmsim.bittorrent.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swarmsim.bittorrent.metainfo.PieceTree;
import org.swarmsim.bittorrent.metainfo.Torrent;
import org.swarmsim.bittorrent.wire.HashRequest;
import org.swarmsim.sim.SimTime;

/**
 * Magnet joins of v2 and hybrid torrents fetch the piece layer with BEP 52 hash requests
 * ({@link PieceHashes}): exact message counts and sizes, merkle proofs sized by what is known, a
 * v2 piece checked only once its hash is in, a hybrid piece checked by its v1 hash at once, and
 * requests answered by what the server knows. Invariants are checked after every event.
 */
class PieceLayerFetchTest {
    private static final long KB = 1000;
    private static final int REQUEST = 53;   // BEP 52: 4 + 1 + 32 + 4 * 4

    /** A v2 swarm of {@code pieces} 16 KiB pieces with the given seed, whose magnet peers fetch the layer. */
    private static SwarmKit kit(int pieces, boolean hybrid) {
        SwarmKit kit = new SwarmKit(3, 16L * 1024 * pieces, 16 * 1024, SimTime.millis(20));
        Torrent t = Torrent.syntheticV2("layer.bin", 16L * 1024 * pieces, 16 * 1024, List.of(), false, hybrid);
        // the swarm's info-hash stays the kit's: what is tested here is the layer, not the handshake
        kit.builder.pieceTree(PieceTree.of(t, t.files().get(0)), !hybrid);
        kit.builder.extensions(List.of(new MetadataTestExtension(kit.layout, true, p -> { })));
        return kit;
    }

    /** Records when each peer verified each piece. */
    private static final class Verified implements SwarmListener {
        final List<long[]> at = new ArrayList<>();

        @Override
        public void onPieceVerified(Peer peer, int piece) {
            while (at.size() <= peer.index()) {
                at.add(null);
            }
            if (at.get(peer.index()) == null) {
                at.set(peer.index(), new long[peer.layout().pieceCount()]);
            }
            at.get(peer.index())[piece] = peer.nowNanos();
        }
    }

    @Test
    void oneMagnetPeerAsksTheSeedForBothChunksWithOneProofLayerEach() {
        SwarmKit kit = kit(1024, false);   // 1,024 pieces: two chunks of 512 under a root 10 levels up
        Swarm swarm = kit.build();
        Peer seed = swarm.addPeer(PeerSpec.seed("seed", 400 * KB, 400 * KB, 0, PeerSpec.FOREVER));
        Peer magnet = swarm.addPeerWithoutMetadata(
                PeerSpec.leecher("magnet", 400 * KB, 2000 * KB, SimTime.millis(100), PeerSpec.FOREVER));
        kit.checkEveryEvent();
        kit.runUntilAllComplete(600);

        assertTrue(magnet.isSeed(), "the magnet peer completes");
        assertTrue(magnet.pieceHashes().complete());
        assertEquals(2 * REQUEST, magnet.hashBytesSent(), "two hash requests, nothing else");
        assertEquals(2 * (REQUEST + 32 * (512 + 1)), seed.hashBytesSent(),
                "two answers of 512 hashes and one uncle each (the other chunk's root)");
        assertTrue(magnet.pieceLayerFetchNanos() > SimTime.millis(40), "at least a round trip: "
                + magnet.pieceLayerFetchNanos());
        assertEquals(0, seed.pieceHashes().piecesWaited());
        assertEquals(-1, seed.pieceLayerFetchNanos(), "a seed has the layers from its .torrent");
    }

    @Test
    void piecesWaitForTheirHashesAndProofsShrinkAsTheTreeBecomesKnown() {
        // 4,096 pieces: 8 chunks, the root 12 levels above the pieces, chunk roots 3 levels below
        // it. Two requests are out at a time, each with as many uncles as there are unknown
        // ancestors: chunks 0 and 1 go together and need 3 each; after the first answer both
        // nodes below the root are known, so no later request needs more than 2; the first of
        // chunks 2-3 asked needs at least 1, the first of 4-7 at least 2 (their parents are
        // unknown until one of them is in). Without reuse it would be 8 x 3 = 24.
        SwarmKit kit = kit(4096, false);
        Swarm swarm = kit.build();
        Verified verified = new Verified();
        swarm.addListener(verified);
        Peer seed = swarm.addPeer(PeerSpec.seed("seed", 4000 * KB, 4000 * KB, 0, PeerSpec.FOREVER));
        Peer magnet = swarm.addPeerWithoutMetadata(
                PeerSpec.leecher("magnet", 400 * KB, 8000 * KB, SimTime.millis(100), PeerSpec.FOREVER));
        kit.checkEveryEvent();
        kit.runUntilAllComplete(900);
        assertTrue(magnet.isSeed());
        assertEquals(8 * REQUEST, magnet.hashBytesSent(), "one request per chunk, none rejected");
        long extra = seed.hashBytesSent() - 8L * (REQUEST + 32 * 512);
        assertEquals(0, extra % 32);
        long uncles = extra / 32;
        assertTrue(uncles >= 3 + 3 + 1 + 2 && uncles <= 3 + 3 + 6 * 2, "uncle hashes sent: " + uncles);

        PieceHashes h = magnet.pieceHashes();
        assertTrue(h.piecesWaited() > 0, "some pieces were complete before their hash: " + h.piecesWaited());
        long[] at = verified.at.get(magnet.index());
        for (int p = 0; p < 4096; p++) {
            assertTrue(h.hashKnownNanos(p) >= 0 && at[p] >= h.hashKnownNanos(p),
                    "piece " + p + " verified at " + at[p] + " before its hash at " + h.hashKnownNanos(p));
        }
    }

    @Test
    void hybridPiecesAreCheckedByTheirV1HashesWithoutWaitingAndTheLayerStillComes() {
        SwarmKit kit = kit(1024, true);
        Swarm swarm = kit.build();
        Peer seed = swarm.addPeer(PeerSpec.seed("seed", 400 * KB, 400 * KB, 0, PeerSpec.FOREVER));
        Peer magnet = swarm.addPeerWithoutMetadata(
                PeerSpec.leecher("magnet", 400 * KB, 2000 * KB, SimTime.millis(100), PeerSpec.FOREVER));
        kit.checkEveryEvent();
        kit.runUntilAllComplete(600);
        assertTrue(magnet.isSeed());
        assertEquals(0, magnet.pieceHashes().piecesWaited(), "v1 hashes check the pieces at once");
        assertTrue(magnet.pieceHashes().complete());
        assertEquals(2 * (REQUEST + 32 * (512 + 1)), seed.hashBytesSent());
    }

    @Test
    void aPeerAnswersWhatItKnowsAndRejectsTheRest() {
        SwarmKit kit = kit(1024, false);
        Swarm swarm = kit.build();
        Peer seed = swarm.addPeer(PeerSpec.seed("seed", 400 * KB, 400 * KB, 0, PeerSpec.FOREVER));
        Peer magnet = swarm.addPeerWithoutMetadata(
                PeerSpec.leecher("magnet", 400 * KB, 2000 * KB, SimTime.millis(100), PeerSpec.FOREVER));
        Peer late = swarm.addPeer(PeerSpec.leecher("late", 400 * KB, 2000 * KB, SimTime.seconds(2), PeerSpec.FOREVER));
        kit.checkEveryEvent();
        kit.sim.run(SimTime.seconds(3));
        Torrent t = v2Torrent(1024);
        PieceTree tree = PieceTree.of(t, t.files().get(0));
        PeerConnection toLate = connectionTo(seed, late);
        long before = seed.hashBytesSent();
        seed.pieceHashes().onRequest(toLate, new HashRequest(tree.piecesRoot(), tree.baseLayer(), 512, 512, 1));
        assertEquals(REQUEST + 32 * 513, seed.hashBytesSent() - before, "the seed knows everything: hashes");
        before = seed.hashBytesSent();
        seed.pieceHashes().onRequest(toLate, new HashRequest(tree.piecesRoot(), tree.baseLayer() + 1, 0, 256, 0));
        assertEquals(REQUEST, seed.hashBytesSent() - before, "a layer other than the pieces' is not served: a reject");
        before = seed.hashBytesSent();
        seed.pieceHashes().onRequest(toLate, new HashRequest(tree.piecesRoot(), tree.baseLayer(), 256, 512, 0));
        assertEquals(REQUEST, seed.hashBytesSent() - before, "an index that is not a multiple of the length: a reject");
        before = seed.hashBytesSent();
        seed.pieceHashes().onRequest(toLate, new HashRequest(tree.piecesRoot(), tree.baseLayer(), 0, 512, 2));
        assertEquals(REQUEST, seed.hashBytesSent() - before, "more proof layers than the tree has: a reject");
        PeerConnection magnetToLate = connectionTo(magnet, late);
        if (magnetToLate != null && !magnet.pieceHashes().complete()) {
            before = magnet.hashBytesSent();
            magnet.pieceHashes().onRequest(magnetToLate,
                    new HashRequest(tree.piecesRoot(), tree.baseLayer(), 0, 512, 1));
            assertEquals(REQUEST, magnet.hashBytesSent() - before, "a peer without the layer rejects");
        }
        kit.runUntilAllComplete(600);
        assertTrue(magnet.isSeed() && late.isSeed());
    }

    private static Torrent v2Torrent(int pieces) {
        return Torrent.syntheticV2("layer.bin", 16L * 1024 * pieces, 16 * 1024, List.of(), false, false);
    }

    private static PeerConnection connectionTo(Peer from, Peer to) {
        for (PeerConnection c : from.connectionsView()) {
            if (c.remote.id() == to.node().id() && !c.closed && c.handshakeReceived) {
                return c;
            }
        }
        return null;
    }
}
