package org.swarmsim.bittorrent.peer;

import org.swarmsim.bittorrent.piece.Bitfield;
import org.swarmsim.bittorrent.wire.AllowedFastSet;

/**
 * The allowed-fast pieces of one fast-extension connection (BEP 6), both ways: the set we sent the
 * remote, which it may request while we choke it as long as it is a starting peer (at most as many
 * pieces as the set has: the BEP's reference rule), and the pieces the remote allowed us, which we
 * request while it chokes us, unless we are no longer a starting peer or it refused one.
 */
final class AllowedFastPieces {
    private int[] toRemote;          // null: none sent
    private Bitfield fromRemote;     // null until one arrives
    private Bitfield pickable;       // fromRemote and held by the remote; both only grow, so this too
    private boolean refused;

    /** We sent the remote this set. */
    void sent(int[] set) {
        toRemote = set;
    }

    /** Whether {@code piece} is in the set we sent. */
    boolean offered(int piece) {
        if (toRemote == null) {
            return false;
        }
        for (int p : toRemote) {
            if (p == piece) {
                return true;
            }
        }
        return false;
    }

    /** Whether we serve a request for {@code piece} while choking a remote that holds {@code remoteHas}. */
    boolean servesWhileChoking(int piece, Bitfield remoteHas) {
        return offered(piece) && remoteHas.count() <= toRemote.length;
    }

    /** The remote allows us {@code piece} (of {@code pieceCount}) while it chokes us. */
    void allowed(int piece, int pieceCount) {
        if (fromRemote == null) {
            fromRemote = new Bitfield(pieceCount);
            pickable = new Bitfield(pieceCount);
        }
        fromRemote.set(piece);
    }

    /** Whether the remote allowed us {@code piece}. */
    boolean allows(int piece) {
        return fromRemote != null && fromRemote.has(piece);
    }

    /** The remote rejected a request for one of its allowed-fast pieces: we ask it for none while choked. */
    void refused() {
        refused = true;
    }

    /** Whether we may request while the remote chokes us, holding {@code piecesWeHave} pieces. */
    boolean mayRequestWhileChoked(int piecesWeHave) {
        return fromRemote != null && !refused && piecesWeHave <= AllowedFastSet.DEFAULT_SIZE;
    }

    /** The pieces we may request while choked: allowed and held by the remote ({@code remoteHas}). */
    Bitfield pickable(Bitfield remoteHas) {
        for (int p = fromRemote.nextSetBit(0); p >= 0; p = fromRemote.nextSetBit(p + 1)) {
            if (remoteHas.has(p)) {
                pickable.set(p);
            }
        }
        return pickable;
    }
}
