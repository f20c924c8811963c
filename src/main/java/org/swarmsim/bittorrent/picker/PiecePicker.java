package org.swarmsim.bittorrent.picker;

import java.util.Arrays;
import org.swarmsim.bittorrent.piece.Bitfield;
import org.swarmsim.bittorrent.piece.PieceLayout;
import org.swarmsim.sim.random.RandomStream;

/**
 * Download-side piece and block state of one peer, in the style of libtorrent's
 * {@code piece_picker}: availability of each piece among connected peers, which blocks are free,
 * requested (and by whom) or received, and which block to request next.
 *
 * <p><b>Availability order.</b> The missing pieces are kept in one array ordered by availability
 * (number of connected non-seed peers that have the piece), with a boundary index per
 * availability level. A have message moves a piece across one boundary by a swap, so
 * {@link #peerHas}/{@link #peerLost} are O(1); the piece then takes a uniformly random place in
 * its new bucket (one random draw), which keeps every bucket a uniformly random permutation: that
 * is the random tie-break of rarest first. Seeds are counted apart ({@link #addSeed}), since
 * they raise every piece alike.
 *
 * <p><b>Picking.</b> {@link #pickBlocks} first finishes partially downloaded pieces (strict
 * priority, oldest started first), then asks the {@link PieceSelection} for new pieces, and, in
 * end game (every block of every missing piece requested or received), requests blocks already
 * requested from other peers, never twice from the same peer. Picking allocates nothing: the
 * per-piece block state lives in pooled objects.
 *
 * <p>Peers are identified by an {@code int peerKey} chosen by the caller. Not thread-safe.
 */
public final class PiecePicker {
    private final PieceLayout layout;
    private final int pieceCount;
    private final Bitfield have;
    private final Bitfield started;
    private final PieceSelection selection;
    private final RandomStream rng;

    /** Connected non-seed peers having each piece. */
    private final int[] availability;
    private int seeds;

    /** Missing pieces by availability; order[0, orderSize). */
    private final int[] order;
    /** Index of each piece in order, or -1 for pieces we have. */
    private final int[] position;
    private int orderSize;
    /** bucketStart[a] = first index of availability a in order; the last entry equals orderSize. */
    private int[] bucketStart;

    private final DownloadingPiece[] downloadingByPiece;
    /** Started (downloading) pieces, oldest first. */
    private DownloadingPiece[] active = new DownloadingPiece[8];
    private int activeCount;
    private DownloadingPiece[] pool = new DownloadingPiece[8];
    private int poolSize;
    private int freeBlocksInStarted;

    /**
     * A picker for {@code layout} that already has the pieces in {@code have} (copied), choosing new
     * pieces with {@code selection} and drawing tie-breaks from {@code rng}.
     */
    public PiecePicker(PieceLayout layout, Bitfield have, PieceSelection selection, RandomStream rng) {
        if (layout == null || have == null || selection == null || rng == null) {
            throw new IllegalArgumentException("layout, have, selection and rng must not be null");
        }
        this.layout = layout;
        this.pieceCount = layout.pieceCount();
        if (have.size() != pieceCount) {
            throw new IllegalArgumentException("have bitfield covers " + have.size() + " pieces but the layout has "
                    + pieceCount);
        }
        this.have = have.copy();
        this.started = new Bitfield(pieceCount);
        this.selection = selection;
        this.rng = rng;
        this.availability = new int[pieceCount];
        this.order = new int[pieceCount];
        this.position = new int[pieceCount];
        this.downloadingByPiece = new DownloadingPiece[pieceCount];
        Arrays.fill(position, -1);
        for (int p = 0; p < pieceCount; p++) {
            if (!this.have.has(p)) {
                order[orderSize++] = p;
            }
        }
        for (int i = orderSize - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
        for (int i = 0; i < orderSize; i++) {
            position[order[i]] = i;
        }
        bucketStart = new int[8];
        Arrays.fill(bucketStart, 1, bucketStart.length, orderSize);
    }

    // ---------------------------------------------------------------- availability

    /** A connected peer announced (have message or bitfield) that it has {@code piece}. */
    public void peerHas(int piece) {
        checkPiece(piece);
        int a = availability[piece];
        availability[piece] = a + 1;
        int pos = position[piece];
        if (pos < 0) {
            return; // we have it: no ordering to keep
        }
        if (a + 2 >= bucketStart.length) {
            int oldLength = bucketStart.length;
            bucketStart = Arrays.copyOf(bucketStart, oldLength * 2);
            Arrays.fill(bucketStart, oldLength, bucketStart.length, orderSize);
        }
        int last = bucketStart[a + 1] - 1;
        swap(pos, last);
        int lo = --bucketStart[a + 1];
        int hi = bucketStart[a + 2];
        swap(lo, lo + rng.nextInt(hi - lo));
    }

    /** A connected peer that had {@code piece} is gone (disconnect; use removePeerBitfield for all). */
    public void peerLost(int piece) {
        checkPiece(piece);
        int a = availability[piece];
        if (a == 0) {
            throw new IllegalStateException("peerLost(" + piece + ") but no connected non-seed peer has that piece");
        }
        availability[piece] = a - 1;
        int pos = position[piece];
        if (pos < 0) {
            return;
        }
        int first = bucketStart[a];
        swap(pos, first);
        int hi = ++bucketStart[a];
        int lo = bucketStart[a - 1];
        swap(hi - 1, lo + rng.nextInt(hi - lo));
    }

    /** A peer connected with this bitfield: {@link #peerHas} for each of its pieces. */
    public void addPeerBitfield(Bitfield b) {
        checkSize(b);
        for (int p = b.nextSetBit(0); p >= 0; p = b.nextSetBit(p + 1)) {
            peerHas(p);
        }
    }

    /** A peer with this bitfield disconnected: {@link #peerLost} for each of its pieces. */
    public void removePeerBitfield(Bitfield b) {
        checkSize(b);
        for (int p = b.nextSetBit(0); p >= 0; p = b.nextSetBit(p + 1)) {
            peerLost(p);
        }
    }

    /**
     * A seed (peer with every piece) connected; counted apart, in O(1). Use it instead of
     * {@link #addPeerBitfield} for such a peer, never both. (A peer that completes through have
     * messages may stay counted piece by piece, or be moved: {@code removePeerBitfield(full)} then
     * {@code addSeed()}.)
     */
    public void addSeed() {
        seeds++;
    }

    /** A seed disconnected. */
    public void removeSeed() {
        if (seeds == 0) {
            throw new IllegalStateException("removeSeed() but no seed is counted");
        }
        seeds--;
    }

    /** Number of connected peers that have {@code piece}, seeds included. */
    public int availability(int piece) {
        checkPiece(piece);
        return availability[piece] + seeds;
    }

    /** Number of connected seeds. */
    public int seedCount() {
        return seeds;
    }

    // ---------------------------------------------------------------- for selections

    /** Number of pieces in the availability order (the missing pieces). */
    public int rarityOrderSize() {
        return orderSize;
    }

    /**
     * The missing piece at {@code index} in rarity order: index 0 is among the rarest; pieces of
     * equal availability are in random order.
     */
    public int pieceAtRarity(int index) {
        if (index < 0 || index >= orderSize) {
            throw new IndexOutOfBoundsException("rarity index " + index + " out of range [0, " + orderSize + ")");
        }
        return order[index];
    }

    /** Whether {@code piece} could be started: we lack it and have requested none of its blocks. */
    public boolean isCandidate(int piece) {
        return !have.has(piece) && !started.has(piece);
    }

    /** Word {@code w} of the candidate pieces that {@code peerHas} has (see {@link Bitfield#word}). */
    public long candidateWord(int w, Bitfield peerHas) {
        return peerHas.word(w) & ~have.word(w) & ~started.word(w);
    }

    // ---------------------------------------------------------------- picking

    /**
     * Picks up to {@code max} blocks to request from a peer whose pieces are {@code peerHas},
     * excluding blocks already requested from that peer. Writes (piece, block) pairs into
     * {@code out} (piece at 2i, block at 2i+1), marks them requested by {@code peerKey} and returns
     * how many. In end-game mode it returns blocks already requested from others (never twice from
     * the same peer).
     */
    public int pickBlocks(Bitfield peerHas, int peerKey, int max, int[] out) {
        checkSize(peerHas);
        if (max < 0) {
            throw new IllegalArgumentException("max must be >= 0, was " + max);
        }
        if (out.length < 2 * max) {
            throw new IllegalArgumentException("out holds " + out.length / 2 + " (piece, block) pairs, fewer than max="
                    + max);
        }
        int got = 0;
        if (max == 0) {
            return 0;
        }
        if (freeBlocksInStarted > 0) {
            for (int i = 0; i < activeCount && got < max; i++) {
                DownloadingPiece dp = active[i];
                if (dp.freeCount > 0 && peerHas.has(dp.piece)) {
                    got = takeFree(dp, peerKey, max, out, got);
                }
            }
        }
        while (got < max) {
            int piece = selection.choose(this, peerHas, rng);
            if (piece < 0) {
                break;
            }
            if (piece >= pieceCount || !peerHas.has(piece) || !isCandidate(piece)) {
                throw new IllegalStateException(selection.name() + " chose piece " + piece
                        + ", which is not a candidate the peer has");
            }
            got = takeFree(startPiece(piece), peerKey, max, out, got);
        }
        if (got < max && isEndGame()) {
            got = pickEndGame(peerHas, peerKey, max, out, got);
        }
        return got;
    }

    private int takeFree(DownloadingPiece dp, int peerKey, int max, int[] out, int got) {
        for (int b = 0; b < dp.blocks && got < max; b++) {
            if (dp.state[b] == DownloadingPiece.FREE) {
                dp.state[b] = DownloadingPiece.REQUESTED;
                dp.addRequester(b, peerKey);
                dp.freeCount--;
                freeBlocksInStarted--;
                out[2 * got] = dp.piece;
                out[2 * got + 1] = b;
                got++;
            }
        }
        return got;
    }

    /** End game: duplicate requests, blocks with a single requester first. */
    private int pickEndGame(Bitfield peerHas, int peerKey, int max, int[] out, int got) {
        for (int pass = 0; pass < 2 && got < max; pass++) {
            for (int i = 0; i < activeCount && got < max; i++) {
                DownloadingPiece dp = active[i];
                if (!peerHas.has(dp.piece)) {
                    continue;
                }
                for (int b = 0; b < dp.blocks && got < max; b++) {
                    if (dp.state[b] == DownloadingPiece.REQUESTED && (pass == 1 || dp.requestCount[b] == 1)
                            && !dp.hasRequester(b, peerKey)) {
                        dp.addRequester(b, peerKey);
                        out[2 * got] = dp.piece;
                        out[2 * got + 1] = b;
                        got++;
                    }
                }
            }
        }
        return got;
    }

    /**
     * End game: some piece is missing, and every block of every missing piece is requested or
     * received.
     */
    public boolean isEndGame() {
        return orderSize > 0 && activeCount == orderSize && freeBlocksInStarted == 0;
    }

    // ---------------------------------------------------------------- block and piece events

    /**
     * A block arrived from {@code peerKey}. Returns {@link BlockResult#DUPLICATE} if we had it
     * already, else marks it received and returns {@link BlockResult#PIECE_COMPLETE} if that was
     * the piece's last missing block, {@link BlockResult#ACCEPTED} otherwise. A block nobody
     * requested (a stale request after {@link #pieceFailed}) is accepted too. The other
     * requesters of the block stay recorded in {@link #requestersOf} until they are
     * {@link #requestAborted aborted} (cancelled) or the piece is verified.
     */
    public BlockResult blockReceived(int piece, int block, int peerKey) {
        checkBlock(piece, block);
        if (have.has(piece)) {
            return BlockResult.DUPLICATE;
        }
        DownloadingPiece dp = downloadingByPiece[piece];
        if (dp == null) {
            dp = startPiece(piece);
        }
        if (dp.state[block] == DownloadingPiece.RECEIVED) {
            dp.removeRequester(block, peerKey);
            return BlockResult.DUPLICATE;
        }
        if (dp.state[block] == DownloadingPiece.FREE) {
            dp.freeCount--;
            freeBlocksInStarted--;
        } else {
            dp.removeRequester(block, peerKey);
        }
        dp.state[block] = DownloadingPiece.RECEIVED;
        dp.receivedCount++;
        return dp.receivedCount == dp.blocks ? BlockResult.PIECE_COMPLETE : BlockResult.ACCEPTED;
    }

    /**
     * The request for this block to {@code peerKey} will not be served (choked, rejected,
     * disconnected, cancelled). If nobody else has it requested and it has not arrived, the block
     * is free again. Aborting a request the picker no longer tracks (piece verified or failed in
     * the meantime, or never requested from that peer) does nothing.
     */
    public void requestAborted(int piece, int block, int peerKey) {
        checkBlock(piece, block);
        DownloadingPiece dp = downloadingByPiece[piece];
        if (dp == null || !dp.removeRequester(block, peerKey)) {
            return;
        }
        if (dp.state[block] == DownloadingPiece.REQUESTED && dp.requestCount[block] == 0) {
            dp.state[block] = DownloadingPiece.FREE;
            dp.freeCount++;
            freeBlocksInStarted++;
            if (dp.freeCount == dp.blocks) {
                releasePiece(dp);
            }
        }
    }

    /** The piece's hash checked out: we have it now (its outstanding requests are forgotten). */
    public void pieceVerified(int piece) {
        checkPiece(piece);
        if (have.has(piece)) {
            throw new IllegalStateException("pieceVerified(" + piece + ") but that piece was verified already");
        }
        DownloadingPiece dp = downloadingByPiece[piece];
        if (dp != null) {
            releasePiece(dp);
        }
        removeFromOrder(piece);
        have.set(piece);
    }

    /** The piece's hash failed: all its blocks are free again (and it is no longer started). */
    public void pieceFailed(int piece) {
        checkPiece(piece);
        if (have.has(piece)) {
            throw new IllegalStateException("pieceFailed(" + piece + ") but that piece was verified already");
        }
        DownloadingPiece dp = downloadingByPiece[piece];
        if (dp != null) {
            releasePiece(dp);
        }
    }

    // ---------------------------------------------------------------- queries

    /** The pieces we have (the live set: read it, do not modify it). */
    public Bitfield have() {
        return have;
    }

    /**
     * Whether {@code piece} is verified: {@code have().has(piece)}, read from the rarity order's
     * index, which {@link #peerHas} has just read (one cache miss less than the bitfield).
     */
    public boolean has(int piece) {
        checkPiece(piece);
        return position[piece] < 0;
    }

    /** Whether every piece is verified. */
    public boolean isComplete() {
        return have.isComplete();
    }

    /** Number of pieces not yet verified. */
    public int missingPieces() {
        return orderSize;
    }

    /** The layout this picker was built for. */
    public PieceLayout layout() {
        return layout;
    }

    /** The selection used for new pieces. */
    public PieceSelection selection() {
        return selection;
    }

    /** Number of started, not yet verified pieces (partial or awaiting hash check). */
    public int downloadingPieces() {
        return activeCount;
    }

    /** Free blocks in started pieces (pieces not started are not counted). */
    public int freeBlocksInStartedPieces() {
        return freeBlocksInStarted;
    }

    /** Whether the block has arrived (true for every block of a verified piece). */
    public boolean isBlockReceived(int piece, int block) {
        checkBlock(piece, block);
        if (have.has(piece)) {
            return true;
        }
        DownloadingPiece dp = downloadingByPiece[piece];
        return dp != null && dp.state[block] == DownloadingPiece.RECEIVED;
    }

    /** Peers with an outstanding request for the block, in request order (for end-game cancels). */
    public int[] requestersOf(int piece, int block) {
        checkBlock(piece, block);
        DownloadingPiece dp = downloadingByPiece[piece];
        if (dp == null) {
            return new int[0];
        }
        int[] result = new int[dp.requestCount[block]];
        int k = 0;
        if (result.length > 0) {
            result[k++] = dp.requester[block];
        }
        for (int i = 0; i < dp.extraSize; i++) {
            if (dp.extraBlock[i] == block) {
                result[k++] = dp.extraPeer[i];
            }
        }
        return result;
    }

    // ---------------------------------------------------------------- internals

    private DownloadingPiece startPiece(int piece) {
        DownloadingPiece dp = poolSize > 0 ? pool[--poolSize] : new DownloadingPiece(layout.maxBlocksPerPiece());
        dp.reset(piece, layout.blocksInPiece(piece));
        downloadingByPiece[piece] = dp;
        started.set(piece);
        if (activeCount == active.length) {
            active = Arrays.copyOf(active, activeCount * 2);
        }
        active[activeCount++] = dp;
        freeBlocksInStarted += dp.freeCount;
        return dp;
    }

    private void releasePiece(DownloadingPiece dp) {
        int i = 0;
        while (active[i] != dp) {
            i++;
        }
        System.arraycopy(active, i + 1, active, i, activeCount - i - 1);
        active[--activeCount] = null;
        freeBlocksInStarted -= dp.freeCount;
        downloadingByPiece[dp.piece] = null;
        started.clear(dp.piece);
        if (poolSize == pool.length) {
            pool = Arrays.copyOf(pool, poolSize * 2);
        }
        pool[poolSize++] = dp;
    }

    /** Moves the piece to the end of the order across every boundary above it, then drops it. */
    private void removeFromOrder(int piece) {
        int pos = position[piece];
        for (int b = availability[piece] + 1; b < bucketStart.length; b++) {
            int last = bucketStart[b] - 1;
            swap(pos, last);
            pos = last;
            bucketStart[b]--;
        }
        position[piece] = -1;
        orderSize--;
    }

    private void swap(int i, int j) {
        int pi = order[i];
        int pj = order[j];
        order[i] = pj;
        order[j] = pi;
        position[pj] = i;
        position[pi] = j;
    }

    private void checkPiece(int piece) {
        if (piece < 0 || piece >= pieceCount) {
            throw new IndexOutOfBoundsException("piece " + piece + " out of range [0, " + pieceCount + ")");
        }
    }

    private void checkBlock(int piece, int block) {
        checkPiece(piece);
        int blocks = layout.blocksInPiece(piece);
        if (block < 0 || block >= blocks) {
            throw new IndexOutOfBoundsException("block " + block + " out of range [0, " + blocks + ") for piece " + piece);
        }
    }

    private void checkSize(Bitfield b) {
        if (b.size() != pieceCount) {
            throw new IllegalArgumentException("bitfield covers " + b.size() + " pieces but the torrent has " + pieceCount);
        }
    }

    // ---------------------------------------------------------------- invariants

    /** Checks every internal consistency rule; throws {@link IllegalStateException} naming the first broken one. */
    public void checkInvariants() {
        if (orderSize != pieceCount - have.count()) {
            fail("orderSize " + orderSize + " != missing pieces " + (pieceCount - have.count()));
        }
        if (bucketStart[0] != 0 || bucketStart[bucketStart.length - 1] != orderSize) {
            fail("bucket bounds must start at 0 and end at orderSize " + orderSize + ": " + Arrays.toString(bucketStart));
        }
        for (int a = 0; a + 1 < bucketStart.length; a++) {
            if (bucketStart[a] > bucketStart[a + 1]) {
                fail("bucket bounds decrease at " + a + ": " + Arrays.toString(bucketStart));
            }
            for (int i = bucketStart[a]; i < bucketStart[a + 1]; i++) {
                if (availability[order[i]] != a) {
                    fail("piece " + order[i] + " with availability " + availability[order[i]] + " sits in bucket " + a);
                }
            }
        }
        for (int p = 0; p < pieceCount; p++) {
            if (availability[p] < 0) {
                fail("negative availability of piece " + p);
            }
            if (have.has(p) != (position[p] < 0)) {
                fail("piece " + p + ": have=" + have.has(p) + " but position=" + position[p]);
            }
            if (position[p] >= 0 && (position[p] >= orderSize || order[position[p]] != p)) {
                fail("position of piece " + p + " is " + position[p] + " but order there holds another piece");
            }
            if (started.has(p) != (downloadingByPiece[p] != null)) {
                fail("piece " + p + ": started flag disagrees with downloading state");
            }
            if (started.has(p) && have.has(p)) {
                fail("piece " + p + " is both verified and downloading");
            }
        }
        if (started.count() != activeCount) {
            fail("started count " + started.count() + " != active pieces " + activeCount);
        }
        int free = 0;
        for (int i = 0; i < activeCount; i++) {
            DownloadingPiece dp = active[i];
            if (downloadingByPiece[dp.piece] != dp) {
                fail("active piece " + dp.piece + " is not indexed");
            }
            dp.check();
            if (dp.freeCount == dp.blocks) {
                fail("piece " + dp.piece + " is started but all its blocks are free");
            }
            free += dp.freeCount;
        }
        if (free != freeBlocksInStarted) {
            fail("free block counter " + freeBlocksInStarted + " != actual " + free);
        }
    }

    static void fail(String message) {
        throw new IllegalStateException("PiecePicker invariant broken: " + message);
    }
}
