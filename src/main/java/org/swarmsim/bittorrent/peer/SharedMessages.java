package org.swarmsim.bittorrent.peer;

import org.swarmsim.bittorrent.piece.PieceLayout;
import org.swarmsim.bittorrent.wire.Have;
import org.swarmsim.bittorrent.wire.Piece;
import org.swarmsim.bittorrent.wire.Request;

/**
 * One immutable instance per distinct have, request and simulated piece message of a swarm,
 * shared by all its peers. The messages are values (records), so sharing changes nothing a peer
 * can observe; what it changes is memory: a swarm of 10,000 peers exchanges some 10^8 of these,
 * and a message created per send is cold by the time its receiver reads it, while the few
 * thousand shared ones stay in cache. Each instance is created on first use.
 *
 * <p>A block is shared only when it is a block of the layout ({@code begin} on a block boundary,
 * the layout's length); anything else gets a message of its own.
 */
final class SharedMessages {
    private final PieceLayout layout;
    private final int blocksPerPiece;
    private final Have[] haves;
    private final Have[] deferrableHaves;
    private final Have[] onDemandHaves;
    private final Request[] requests;
    private final Piece[] pieces;

    SharedMessages(PieceLayout layout) {
        this.layout = layout;
        this.blocksPerPiece = layout.maxBlocksPerPiece();
        int pieceCount = layout.pieceCount();
        this.haves = new Have[pieceCount];
        this.deferrableHaves = new Have[pieceCount];
        this.onDemandHaves = new Have[pieceCount];
        this.requests = new Request[Math.multiplyExact(pieceCount, blocksPerPiece)];
        this.pieces = new Piece[requests.length];
    }

    /** The have of {@code piece}, {@link Have#deferrable deferrable} or not. */
    Have have(int piece, boolean deferrable) {
        Have[] table = deferrable ? deferrableHaves : haves;
        Have h = table[piece];
        if (h == null) {
            h = new Have(piece, deferrable);
            table[piece] = h;
        }
        return h;
    }

    /** The {@link Have#onDemand on-demand} have of {@code piece}. */
    Have onDemandHave(int piece) {
        Have h = onDemandHaves[piece];
        if (h == null) {
            h = Have.onDemand(piece);
            onDemandHaves[piece] = h;
        }
        return h;
    }

    /** A request for {@code length} bytes at {@code begin} of {@code piece}. */
    Request request(int piece, int begin, int length) {
        int k = blockKey(piece, begin, length);
        if (k < 0) {
            return new Request(piece, begin, length);
        }
        Request r = requests[k];
        if (r == null) {
            r = new Request(piece, begin, length);
            requests[k] = r;
        }
        return r;
    }

    /** A simulated block (no payload bytes) of {@code length} bytes at {@code begin} of {@code piece}. */
    Piece simulatedPiece(int piece, int begin, int length) {
        int k = blockKey(piece, begin, length);
        if (k < 0) {
            return Piece.simulated(piece, begin, length);
        }
        Piece p = pieces[k];
        if (p == null) {
            p = Piece.simulated(piece, begin, length);
            pieces[k] = p;
        }
        return p;
    }

    /** Index of the layout's block at {@code begin} of {@code piece} if {@code length} is its length, else -1. */
    private int blockKey(int piece, int begin, int length) {
        int bb = layout.blockBytes();
        if (piece < 0 || piece >= layout.pieceCount() || begin < 0 || begin % bb != 0) {
            return -1;
        }
        int block = begin / bb;
        if (block >= layout.blocksInPiece(piece) || length != layout.blockBytes(piece, block)) {
            return -1;
        }
        return piece * blocksPerPiece + block;
    }
}
