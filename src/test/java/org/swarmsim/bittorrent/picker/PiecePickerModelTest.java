package org.swarmsim.bittorrent.picker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.swarmsim.bittorrent.piece.Bitfield;
import org.swarmsim.bittorrent.piece.PieceLayout;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

/**
 * Random operation sequences checked against a plain reference model of block states, with
 * {@link PiecePicker#checkInvariants()} after every step, and the picking rules asserted on every
 * pick: partial pieces first, new pieces rarest first, duplicates only in end game, never twice
 * from one peer.
 */
class PiecePickerModelTest {
    private static final int PIECES = 37;
    private static final int BLOCKS = 3;
    private static final int PEERS = 6;

    private final TreeSet<Integer>[][] requesters = newRequesters();
    private final boolean[][] received = new boolean[PIECES][BLOCKS];
    private final Bitfield[] peerHas = new Bitfield[PEERS];
    private final boolean[] connected = new boolean[PEERS];
    private final int[] modelAvailability = new int[PIECES];

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static TreeSet<Integer>[][] newRequesters() {
        TreeSet<Integer>[][] r = new TreeSet[PIECES][BLOCKS];
        for (TreeSet<Integer>[] row : r) {
            for (int b = 0; b < BLOCKS; b++) {
                row[b] = new TreeSet<>();
            }
        }
        return r;
    }

    @Test
    void randomOperationsKeepThePickerConsistentWithAReferenceModel() {
        for (int seed = 0; seed < 30; seed++) {
            runOneSequence(seed);
        }
    }

    private void runOneSequence(long seed) {
        for (int p = 0; p < PIECES; p++) {
            for (int b = 0; b < BLOCKS; b++) {
                requesters[p][b].clear();
                received[p][b] = false;
            }
        }
        Arrays.fill(modelAvailability, 0);
        Arrays.fill(connected, false);
        RandomStream ops = new RandomStreams(seed).stream("ops");
        PiecePicker picker = new PiecePicker(PieceLayout.ofBlocks(PIECES, BLOCKS), new Bitfield(PIECES),
                RarestFirstSelection.INSTANCE, new RandomStreams(seed).stream("picker"));
        for (int k = 0; k < PEERS; k++) {
            peerHas[k] = new Bitfield(PIECES);
        }
        int[] out = new int[2 * 8];
        for (int step = 0; step < 4000 && !picker.isComplete(); step++) {
            int peer = ops.nextInt(PEERS);
            int op = ops.nextInt(10);
            if (!connected[peer]) {
                for (int p = 0; p < PIECES; p++) {
                    if (ops.nextInt(3) == 0) {
                        peerHas[peer].set(p);
                    }
                }
                picker.addPeerBitfield(peerHas[peer]);
                addAvailability(peerHas[peer], 1);
                connected[peer] = true;
            } else if (op == 0) {
                int p = ops.nextInt(PIECES);
                if (peerHas[peer].set(p)) {
                    picker.peerHas(p);
                    modelAvailability[p]++;
                }
            } else if (op == 1 && ops.nextInt(5) == 0) {
                disconnect(picker, peer);
            } else if (op <= 5) {
                checkedPick(picker, peer, 1 + ops.nextInt(8), out);
            } else if (op <= 8) {
                receiveOne(picker, peer, ops);
            } else {
                abortOne(picker, peer, ops);
            }
            picker.checkInvariants();
            compareWithModel(picker);
        }
    }

    private void addAvailability(Bitfield b, int delta) {
        for (int p = b.nextSetBit(0); p >= 0; p = b.nextSetBit(p + 1)) {
            modelAvailability[p] += delta;
        }
    }

    private void disconnect(PiecePicker picker, int peer) {
        for (int p = 0; p < PIECES; p++) {
            for (int b = 0; b < BLOCKS; b++) {
                if (requesters[p][b].remove(peer)) {
                    picker.requestAborted(p, b, peer);
                }
            }
        }
        picker.removePeerBitfield(peerHas[peer]);
        addAvailability(peerHas[peer], -1);
        peerHas[peer] = new Bitfield(PIECES);
        connected[peer] = false;
    }

    private boolean isStarted(int p) {
        for (int b = 0; b < BLOCKS; b++) {
            if (received[p][b] || !requesters[p][b].isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private boolean isFree(int p, int b) {
        return !received[p][b] && requesters[p][b].isEmpty();
    }

    private void checkedPick(PiecePicker picker, int peer, int max, int[] out) {
        Bitfield mine = picker.have();
        boolean partialOffered = false;
        int minCandidateAvailability = Integer.MAX_VALUE;
        for (int p = 0; p < PIECES; p++) {
            if (mine.has(p) || !peerHas[peer].has(p)) {
                continue;
            }
            if (isStarted(p)) {
                for (int b = 0; b < BLOCKS; b++) {
                    partialOffered |= isFree(p, b);
                }
            } else {
                minCandidateAvailability = Math.min(minCandidateAvailability, modelAvailability[p]);
            }
        }
        boolean endGameBefore = picker.isEndGame();
        int got = picker.pickBlocks(peerHas[peer], peer, max, out);
        assertTrue(got <= max);
        if (got == 0) {
            assertFalse(partialOffered, "a free block of a partial piece was on offer but nothing was picked");
            assertEquals(Integer.MAX_VALUE, minCandidateAvailability, "a new piece was on offer but nothing was picked");
            return;
        }
        int first = out[0];
        if (partialOffered) {
            assertTrue(isStarted(first), "partial pieces come first, but new piece " + first + " was picked");
        } else if (!isStarted(first)) {
            assertEquals(minCandidateAvailability, modelAvailability[first], "new piece " + first + " is not the rarest");
        }
        for (int i = 0; i < got; i++) {
            int p = out[2 * i];
            int b = out[2 * i + 1];
            assertTrue(peerHas[peer].has(p), "picked piece " + p + " the peer lacks");
            assertFalse(received[p][b], "picked received block " + p + "/" + b);
            assertFalse(requesters[p][b].contains(peer), "asked peer " + peer + " twice for " + p + "/" + b);
            if (!endGameBefore && !isFree(p, b)) {
                assertTrue(picker.isEndGame(), "duplicate request " + p + "/" + b + " outside end game");
            }
            requesters[p][b].add(peer);
        }
    }

    private void receiveOne(PiecePicker picker, int peer, RandomStream ops) {
        List<int[]> pending = pendingOf(peer);
        if (pending.isEmpty()) {
            return;
        }
        int[] pb = pending.get(ops.nextInt(pending.size()));
        int p = pb[0];
        int b = pb[1];
        BlockResult result = picker.blockReceived(p, b, peer);
        requesters[p][b].remove(peer);
        if (received[p][b]) {
            assertEquals(BlockResult.DUPLICATE, result);
            return;
        }
        received[p][b] = true;
        boolean complete = true;
        for (int k = 0; k < BLOCKS; k++) {
            complete &= received[p][k];
        }
        assertEquals(complete ? BlockResult.PIECE_COMPLETE : BlockResult.ACCEPTED, result);
        if (complete) {
            for (int k = 0; k < BLOCKS; k++) {
                requesters[p][k].clear();
                received[p][k] = false;
            }
            if (ops.nextInt(5) == 0) {
                picker.pieceFailed(p);
            } else {
                picker.pieceVerified(p);
            }
        }
    }

    private void abortOne(PiecePicker picker, int peer, RandomStream ops) {
        List<int[]> pending = pendingOf(peer);
        if (pending.isEmpty()) {
            return;
        }
        int[] pb = pending.get(ops.nextInt(pending.size()));
        requesters[pb[0]][pb[1]].remove(peer);
        picker.requestAborted(pb[0], pb[1], peer);
    }

    private List<int[]> pendingOf(int peer) {
        List<int[]> pending = new ArrayList<>();
        for (int p = 0; p < PIECES; p++) {
            for (int b = 0; b < BLOCKS; b++) {
                if (requesters[p][b].contains(peer)) {
                    pending.add(new int[] {p, b});
                }
            }
        }
        return pending;
    }

    private void compareWithModel(PiecePicker picker) {
        for (int p = 0; p < PIECES; p++) {
            assertEquals(modelAvailability[p], picker.availability(p), "availability of " + p);
            if (picker.have().has(p)) {
                continue;
            }
            assertEquals(!isStarted(p), picker.isCandidate(p), "started state of piece " + p);
            for (int b = 0; b < BLOCKS; b++) {
                assertEquals(received[p][b], picker.isBlockReceived(p, b));
                TreeSet<Integer> actual = new TreeSet<>();
                for (int r : picker.requestersOf(p, b)) {
                    assertTrue(actual.add(r), "requester " + r + " listed twice for " + p + "/" + b);
                }
                assertEquals(requesters[p][b], actual, "requesters of " + p + "/" + b);
            }
        }
    }

    @Test
    void aSmallSwarmOfServersDeliversEveryPieceThroughEndGame() {
        int pieces = 20;
        PiecePicker picker = new PiecePicker(PieceLayout.ofBlocks(pieces, 4), new Bitfield(pieces),
                new RandomFirstSelection(), new RandomStreams(3).stream("picker"));
        Bitfield[] servers = {Bitfield.full(pieces), new Bitfield(pieces), new Bitfield(pieces)};
        for (int p = 0; p < pieces; p++) {
            servers[1 + p % 2].set(p);
        }
        picker.addSeed();
        picker.addPeerBitfield(servers[1]);
        picker.addPeerBitfield(servers[2]);
        int[] out = new int[10];
        int endGameRounds = 0;
        int duplicates = 0;
        for (int round = 0; round < 1000 && !picker.isComplete(); round++) {
            int peer = round % 3;
            int got = picker.pickBlocks(servers[peer], peer, 5, out);
            picker.checkInvariants();
            endGameRounds += picker.isEndGame() ? 1 : 0;
            // each server answers only its first request this round (a slow link); the rest are aborted
            for (int i = 0; i < got; i++) {
                int p = out[2 * i];
                int b = out[2 * i + 1];
                if (i > 0) {
                    picker.requestAborted(p, b, peer);
                    continue;
                }
                BlockResult r = picker.blockReceived(p, b, peer);
                duplicates += r == BlockResult.DUPLICATE ? 1 : 0;
                for (int other : picker.requestersOf(p, b)) {
                    picker.requestAborted(p, b, other); // end-game cancel
                }
                if (r == BlockResult.PIECE_COMPLETE) {
                    picker.pieceVerified(p);
                }
                picker.checkInvariants();
            }
        }
        assertTrue(picker.isComplete(), "download did not finish");
        assertEquals(0, picker.missingPieces());
        assertTrue(endGameRounds > 0, "the last blocks should be fetched in end game");
        assertEquals(0, duplicates, "cancels were sent for every duplicate before it could arrive");
    }
}
