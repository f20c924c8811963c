package org.swarmsim.bittorrent.picker;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.swarmsim.bittorrent.picker.PickerFixture.haveBits;
import static org.swarmsim.bittorrent.picker.PickerFixture.pick;
import static org.swarmsim.bittorrent.picker.PickerFixture.pickPiece;
import static org.swarmsim.bittorrent.picker.PickerFixture.picker;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;
import org.swarmsim.bittorrent.piece.Bitfield;
import org.swarmsim.bittorrent.piece.PieceLayout;
import org.swarmsim.sim.random.RandomStreams;

class PiecePickerTest {
    private static final int A = 1;
    private static final int B = 2;
    private static final int C = 3;

    /** Chi-square statistic of counts against a uniform expectation. */
    private static double chiSquare(int[] counts) {
        long total = 0;
        for (int c : counts) {
            total += c;
        }
        double expected = (double) total / counts.length;
        double x = 0;
        for (int c : counts) {
            x += (c - expected) * (c - expected) / expected;
        }
        return x;
    }

    /** The 99.9% quantile of chi-square with k-1 degrees of freedom: a fair sampler exceeds it 1 time in 1000. */
    private static double critical(int categories) {
        return new ChiSquaredDistribution(null, categories - 1).inverseCumulativeProbability(0.999);
    }

    @Test
    void picksTheRarestMissingPieceFirst() {
        PiecePicker picker = picker("4123", "    ");
        Bitfield all = Bitfield.full(4);
        assertEquals(1, pickPiece(picker, all, A));
        assertEquals(2, pickPiece(picker, all, A));
        assertEquals(3, pickPiece(picker, all, A));
        assertEquals(0, pickPiece(picker, all, A));
        assertEquals(-1, pickPiece(picker, all, A), "every block is requested from A: no duplicate for A");
        assertEquals(1, pickPiece(picker, all, B), "end game: B duplicates the oldest request first");
    }

    @Test
    void skipsPiecesWeHaveAndPiecesThePeerLacks() {
        PiecePicker picker = picker("2223333", "* * *  ");
        int first = pickPiece(picker, haveBits("   * **"), A);
        assertTrue(first == 3 || first == 5 || first == 6, "picked " + first);
        assertEquals(-1, pickPiece(picker, haveBits("* * *  "), B), "the peer has only pieces we have");
        assertEquals(1, pickPiece(picker, Bitfield.full(7), B), "piece 1 is the only missing piece at availability 2");
    }

    @Test
    void tiedRarestPiecesAreChosenUniformlyOverSeeds() {
        int[] counts = new int[3];
        for (int seed = 0; seed < 3000; seed++) {
            int p = pickPiece(picker("2223333", "       ", 1, RarestFirstSelection.INSTANCE, seed), Bitfield.full(7), A);
            assertTrue(p < 3, "piece " + p + " is not among the rarest");
            counts[p]++;
        }
        assertTrue(chiSquare(counts) < critical(3), java.util.Arrays.toString(counts));
    }

    @Test
    void tieBreakStaysUniformAfterHaveMessagesInAFixedOrder() {
        int[] counts = new int[6];
        for (int seed = 0; seed < 6000; seed++) {
            PiecePicker picker = picker("000000", "      ", 1, RarestFirstSelection.INSTANCE, seed);
            for (int round = 0; round < 2; round++) {
                for (int p = 0; p < 6; p++) {
                    picker.peerHas(p);
                }
            }
            for (int p = 0; p < 6; p++) {
                picker.peerLost(p);
            }
            picker.checkInvariants();
            counts[pickPiece(picker, Bitfield.full(6), A)]++;
        }
        assertTrue(chiSquare(counts) < critical(6), java.util.Arrays.toString(counts));
    }

    @Test
    void partialPiecesAreFinishedBeforeRarerNewPieces() {
        PiecePicker picker = picker("1119", "    ", 4, RarestFirstSelection.INSTANCE, 5);
        assertEquals("3/0 3/1", pick(picker, haveBits("   *"), A, 2));
        assertEquals("3/2 3/3", pick(picker, Bitfield.full(4), B, 2), "piece 3 is partial: finish it first");
        String next = pick(picker, Bitfield.full(4), B, 1);
        assertTrue(next.equals("0/0") || next.equals("1/0") || next.equals("2/0"), next);
    }

    @Test
    void oneCallFillsItsRequestQueueAcrossSeveralPieces() {
        PiecePicker picker = picker("3124", "    ", 2, RarestFirstSelection.INSTANCE, 5);
        assertEquals("1/0 1/1 2/0 2/1 0/0", pick(picker, Bitfield.full(4), A, 5));
        // B takes the last free blocks (0/1 first: piece 0 is partial), then end game fills its queue
        assertEquals("0/1 3/0 3/1 1/0 1/1", pick(picker, Bitfield.full(4), B, 5));
    }

    @Test
    void sequentialPicksTheLowestIndexRegardlessOfRarity() {
        PiecePicker picker = picker("9159", " *  ", 1, SequentialSelection.INSTANCE, 1);
        Bitfield all = Bitfield.full(4);
        assertEquals(0, pickPiece(picker, all, A));
        assertEquals(2, pickPiece(picker, all, A));
        assertEquals(3, pickPiece(picker, all, A));
        assertEquals(-1, pickPiece(picker, all, A));
    }

    @Test
    void randomSelectionIgnoresRarityAndCoversEveryCandidateUniformly() {
        int[] counts = new int[4];
        for (int seed = 0; seed < 3000; seed++) {
            counts[pickPiece(picker("1299", "*   ", 1, RandomSelection.INSTANCE, seed), Bitfield.full(4), A)]++;
        }
        assertEquals(0, counts[0], "piece 0 is ours");
        assertTrue(chiSquare(new int[] {counts[1], counts[2], counts[3]}) < critical(3),
                java.util.Arrays.toString(counts));
    }

    @Test
    void randomSelectionSpansManyWords() {
        PiecePicker picker = picker("0".repeat(200), " ".repeat(200), 1, RandomSelection.INSTANCE, 3);
        Bitfield peer = new Bitfield(200);
        peer.set(5);
        peer.set(130);
        peer.set(199);
        boolean[] seen = new boolean[200];
        for (int i = 0; i < 3; i++) {
            seen[pickPiece(picker, peer, A)] = true;
        }
        assertTrue(seen[5] && seen[130] && seen[199]);
        assertEquals(-1, pickPiece(picker, peer, A));
    }

    @Test
    void randomFirstPicksAtRandomUntilFourPiecesAreVerifiedThenRarest() {
        int rareFirst = 0;
        for (int seed = 0; seed < 800; seed++) {
            if (pickPiece(picker("19999999", "        ", 1, new RandomFirstSelection(), seed), Bitfield.full(8), A) == 0) {
                rareFirst++;
            }
        }
        // uniform over 8 pieces: 100 expected, sd = sqrt(800 * 1/8 * 7/8) = 9.4; allow 4 sd
        assertTrue(Math.abs(rareFirst - 100) < 38, "rare piece chosen first " + rareFirst + " times of 800");

        PiecePicker picker = picker("19999999", "        ", 1, new RandomFirstSelection(4), 9);
        for (int p = 4; p < 8; p++) {
            picker.pieceVerified(p);
        }
        picker.checkInvariants();
        assertEquals(0, pickPiece(picker, Bitfield.full(8), A), "with 4 pieces verified, rarest first");
    }

    @Test
    void endGameStartsOnlyWhenEveryMissingBlockIsRequestedAndNeverAsksAPeerTwice() {
        PiecePicker picker = picker("22", "  ", 2, RarestFirstSelection.INSTANCE, 4);
        Bitfield all = Bitfield.full(2);
        assertEquals(3, pick(picker, all, A, 3).split(" ").length);
        assertFalse(picker.isEndGame(), "one block is still free");
        assertEquals(1, pick(picker, all, A, 3).split(" ").length);
        assertTrue(picker.isEndGame());
        assertEquals("", pick(picker, all, A, 4), "A has every block requested already");
        assertEquals(4, pick(picker, all, B, 8).split(" ").length, "B duplicates all four requests");
        assertArrayEquals(new int[] {A, B}, picker.requestersOf(0, 0));

        assertEquals(BlockResult.ACCEPTED, picker.blockReceived(0, 0, A));
        assertArrayEquals(new int[] {B}, picker.requestersOf(0, 0), "B's duplicate is left to cancel");
        picker.requestAborted(0, 0, B);
        picker.checkInvariants();
        assertArrayEquals(new int[0], picker.requestersOf(0, 0));
        assertEquals(BlockResult.DUPLICATE, picker.blockReceived(0, 0, B));
        assertEquals("", pick(picker, all, C, 8).replace("0/1", "").replace("1/0", "").replace("1/1", "").trim(),
                "C gets only blocks not yet received");
        picker.checkInvariants();
    }

    @Test
    void endGamePrefersBlocksWithASingleRequester() {
        PiecePicker picker = picker("3", " ", 2, RarestFirstSelection.INSTANCE, 4);
        Bitfield all = Bitfield.full(1);
        assertEquals("0/0 0/1", pick(picker, all, A, 2));
        assertEquals("0/0", pick(picker, all, B, 1));
        assertEquals("0/1", pick(picker, all, C, 1));
        assertEquals("0/1", pick(picker, all, B, 1));
        assertEquals("0/0", pick(picker, all, C, 1));
        assertEquals("", pick(picker, all, C, 1));
    }

    @Test
    void abortedRequestsFreeTheirBlocksAndLeaveEndGame() {
        PiecePicker picker = picker("22", "  ", 2, RarestFirstSelection.INSTANCE, 4);
        Bitfield all = Bitfield.full(2);
        pick(picker, all, A, 4);
        pick(picker, all, B, 4);
        assertTrue(picker.isEndGame());
        picker.requestAborted(1, 1, A);
        picker.checkInvariants();
        assertTrue(picker.isEndGame(), "B still has 1/1 requested");
        picker.requestAborted(1, 1, B);
        picker.checkInvariants();
        assertFalse(picker.isEndGame());
        assertEquals("1/1", pick(picker, all, C, 4).split(" ")[0], "the freed block is picked before duplicates");

        PiecePicker fresh = picker("22", "  ", 2, RarestFirstSelection.INSTANCE, 4);
        String picked = pick(fresh, all, A, 2);
        int piece = picked.charAt(0) - '0';
        assertFalse(fresh.isCandidate(piece));
        fresh.requestAborted(piece, 0, A);
        fresh.requestAborted(piece, 1, A);
        fresh.requestAborted(piece, 1, A); // nothing left to abort: ignored
        fresh.checkInvariants();
        assertTrue(fresh.isCandidate(piece), "a piece whose requests were all aborted is no longer partial");
        assertEquals(0, fresh.downloadingPieces());
    }

    @Test
    void aCompletedPieceIsVerifiedAndLeavesThePicker() {
        PiecePicker picker = picker("11", "  ", 2, SequentialSelection.INSTANCE, 4);
        Bitfield all = Bitfield.full(2);
        assertEquals("0/0 0/1", pick(picker, all, A, 2));
        assertEquals(BlockResult.ACCEPTED, picker.blockReceived(0, 1, A));
        assertEquals(BlockResult.DUPLICATE, picker.blockReceived(0, 1, B));
        assertEquals(BlockResult.PIECE_COMPLETE, picker.blockReceived(0, 0, A));
        picker.checkInvariants();
        assertEquals(2, picker.missingPieces());
        picker.pieceVerified(0);
        picker.checkInvariants();
        assertEquals(1, picker.missingPieces());
        assertTrue(picker.have().has(0));
        assertTrue(picker.has(0));
        assertFalse(picker.has(1), "piece 1 is complete but not verified yet");
        assertEquals(BlockResult.DUPLICATE, picker.blockReceived(0, 0, B));
        assertThrows(IllegalStateException.class, () -> picker.pieceVerified(0));
        picker.peerHas(0);
        assertEquals(2, picker.availability(0), "availability is still counted for pieces we have");
        assertEquals("1/0 1/1", pick(picker, all, A, 5));
        picker.blockReceived(1, 0, A);
        assertEquals(BlockResult.PIECE_COMPLETE, picker.blockReceived(1, 1, A));
        picker.pieceVerified(1);
        picker.checkInvariants();
        assertTrue(picker.isComplete());
        assertFalse(picker.isEndGame());
        assertEquals("", pick(picker, all, A, 5));
    }

    @Test
    void aPieceThatFailsItsHashCheckIsDownloadedAgain() {
        PiecePicker picker = picker("1", " ", 2, RarestFirstSelection.INSTANCE, 4);
        Bitfield all = Bitfield.full(1);
        pick(picker, all, A, 2);
        picker.blockReceived(0, 0, A);
        assertEquals(BlockResult.PIECE_COMPLETE, picker.blockReceived(0, 1, A));
        picker.pieceFailed(0);
        picker.checkInvariants();
        assertTrue(picker.isCandidate(0));
        assertFalse(picker.isBlockReceived(0, 0));
        assertEquals("0/0 0/1", pick(picker, all, B, 2));
    }

    @Test
    void seedsRaiseEveryPieceAlikeAndAreCountedApart() {
        PiecePicker picker = picker("012", "   ");
        picker.addSeed();
        picker.addSeed();
        assertEquals(2, picker.availability(0));
        assertEquals(4, picker.availability(2));
        picker.removeSeed();
        picker.removeSeed();
        assertThrows(IllegalStateException.class, picker::removeSeed);
        assertEquals(0, pickPiece(picker, Bitfield.full(3), A), "a seed's pick is still rarest first");
    }

    @Test
    void peerBitfieldsAddAndRemoveAvailability() {
        PiecePicker picker = picker("000", "   ");
        picker.addPeerBitfield(Bitfield.parse("110"));
        picker.addPeerBitfield(Bitfield.parse("011"));
        assertEquals(1, picker.availability(0));
        assertEquals(2, picker.availability(1));
        picker.removePeerBitfield(Bitfield.parse("110"));
        picker.checkInvariants();
        assertEquals(0, picker.availability(0));
        assertEquals(1, picker.availability(1));
        assertThrows(IllegalStateException.class, () -> picker.removePeerBitfield(Bitfield.parse("100")));
    }

    @Test
    void badInputIsRejectedWithClearMessages() {
        PiecePicker picker = picker("00", "  ");
        assertThrows(IllegalStateException.class, () -> picker.peerLost(0));
        assertThrows(IndexOutOfBoundsException.class, () -> picker.peerHas(2));
        assertThrows(IllegalArgumentException.class, () -> picker.pickBlocks(Bitfield.full(3), A, 1, new int[2]));
        assertThrows(IllegalArgumentException.class, () -> picker.pickBlocks(Bitfield.full(2), A, 2, new int[2]));
        assertThrows(IndexOutOfBoundsException.class, () -> picker.blockReceived(0, 1, A));
        IllegalArgumentException wrongHave = assertThrows(IllegalArgumentException.class,
                () -> new PiecePicker(PieceLayout.ofBlocks(3, 1), new Bitfield(2), RarestFirstSelection.INSTANCE,
                        new RandomStreams(1).stream("x")));
        assertTrue(wrongHave.getMessage().contains("2 pieces"), wrongHave.getMessage());
    }

    @Test
    void theLastPieceMayHaveFewerBlocks() {
        PieceLayout layout = new PieceLayout(3 * 16384 + 100, 2 * 16384, 16384);
        PiecePicker picker = new PiecePicker(layout, new Bitfield(2), SequentialSelection.INSTANCE,
                new RandomStreams(1).stream("x"));
        assertEquals("0/0 0/1 1/0 1/1", pick(picker, Bitfield.full(2), A, 8));
        assertTrue(picker.isEndGame());
    }
}
