package org.swarmsim.bittorrent.peer;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.swarmsim.bittorrent.metainfo.MerkleTree;
import org.swarmsim.bittorrent.metainfo.PieceTree;
import org.swarmsim.bittorrent.wire.HashReject;
import org.swarmsim.bittorrent.wire.HashRequest;
import org.swarmsim.bittorrent.wire.Hashes;
import org.swarmsim.bittorrent.wire.PeerMessage;

/**
 * What one peer of a v2 or hybrid swarm knows of the torrent's piece hashes (BEP 52), and how it
 * gets the rest. A peer that started from the .torrent file knows every piece-layer hash; one that
 * joined from a magnet link gets the info dictionary by BEP 9, which holds the {@code pieces root}
 * but not the {@code piece layers}, and then asks for the piece layer with hash requests, as
 * libtorrent's hash picker does: 512 hashes at a time (fewer when the padded layer is smaller),
 * chunks holding a piece that waits for its hash first, then in order, each asked of a connection
 * whose remote has every piece of the chunk (so it has verified them, and knows their hashes), at
 * most {@value #MAX_OUTSTANDING} requests out on one connection. A request carries as many proof
 * layers as there are unknown ancestors of the chunk below the first known one; the answer's
 * hashes are checked up to that ancestor (a real SHA-256 merkle check against {@link PieceTree}),
 * and the chunk, its ancestors and the uncles become known. A remote that cannot answer (it lacks
 * a hash asked for) sends a hash reject, and the chunk is asked of someone else; one whose hashes
 * do not check out is disconnected.
 *
 * <p>In a v2-only torrent the piece-layer hash is the only hash of a piece, so a piece whose blocks
 * are all in waits for it before its check (it stays in the picker, complete and unverified); a
 * hybrid torrent's peer checks its pieces by their v1 SHA-1 hashes and fetches the layer alongside.
 * Every peer answers hash requests for the nodes it knows.
 */
final class PieceHashes {
    /** Hashes asked for at once, as libtorrent's hash picker asks for the piece layer. */
    static final int CHUNK_HASHES = 512;
    /** Hash requests out at once on one connection. */
    static final int MAX_OUTSTANDING = 2;

    private final Peer peer;
    private final PieceTree tree;
    private final boolean verificationWaits;
    private final int chunk;          // hashes per request
    private final int chunkLevel;     // log2(chunk): the level of a chunk's subtree root
    private final int chunks;         // chunks holding a real piece
    /** Tree nodes known, by heap index; null: every node (the peer started from the .torrent file). */
    private BitSet known;
    private PeerConnection[] askedOf;  // by chunk, null when nobody is asked
    private BitSet waiting;            // pieces complete and waiting for their hash
    private final Map<PeerConnection, BitSet> rejected = new IdentityHashMap<>();   // lookups only
    private final Map<PeerConnection, Integer> outstanding = new IdentityHashMap<>();   // lookups only
    private int chunksKnown;
    private long[] chunkKnownNanos;    // by chunk, -1 until known
    private int piecesWaited;
    private long startedNanos = -1;
    private long completeNanos = -1;
    private long bytesSent;
    private MessageDigest sha;

    /**
     * @param knowsAll          whether the peer holds the piece layers (a .torrent file)
     * @param verificationWaits whether a piece's check needs its piece-layer hash (v2-only torrents)
     */
    PieceHashes(Peer peer, PieceTree tree, boolean knowsAll, boolean verificationWaits) {
        this.peer = peer;
        this.tree = tree;
        this.verificationWaits = verificationWaits;
        this.chunk = Math.min(CHUNK_HASHES, tree.width(0));
        this.chunkLevel = Integer.numberOfTrailingZeros(chunk);
        this.chunks = (tree.pieceCount() + chunk - 1) / chunk;
        if (!knowsAll) {
            known = new BitSet(2 * tree.width(0));
            known.set(1);   // the pieces root, from the info dictionary
            if (tree.height() == 0) {
                known = null;   // one piece: its hash is the root
            }
        }
    }

    /** The metadata arrived (a magnet join): start asking for the piece layer. */
    void start() {
        startedNanos = peer.now();
        if (known == null) {
            completeNanos = startedNanos;
            return;
        }
        askedOf = new PeerConnection[chunks];
        chunkKnownNanos = new long[chunks];
        Arrays.fill(chunkKnownNanos, -1);
        waiting = new BitSet(tree.pieceCount());
        sha = PieceTree.sha256();
        fill();
    }

    /** Whether the peer can check {@code piece} now. */
    boolean canVerify(int piece) {
        return !verificationWaits || known == null || known.get(tree.node(0, piece));
    }

    /** {@code piece} is complete but its hash is not known: it is checked when the hash arrives. */
    void await(int piece) {
        waiting.set(piece);
        piecesWaited++;
        fill();
    }

    /** Pieces that were complete before their hash arrived (each counted once per wait). */
    int piecesWaited() {
        return piecesWaited;
    }

    /** When the hash of {@code piece} became known: 0 if known from the start, -1 if not yet. */
    long hashKnownNanos(int piece) {
        return chunkKnownNanos == null ? (known == null ? 0 : -1) : chunkKnownNanos[piece / chunk];
    }

    /** Whether {@code piece} waits for its hash. */
    boolean isWaiting(int piece) {
        return waiting != null && waiting.get(piece);
    }

    /** Pieces complete and waiting for their hash. */
    int waitingCount() {
        return waiting == null ? 0 : waiting.cardinality();
    }

    /** Whether the peer knows the whole piece layer. */
    boolean complete() {
        return known == null || chunksKnown == chunks;
    }

    /** When the peer had the whole piece layer, from the start of the fetch; -1 if not (or not fetched). */
    long fetchNanos() {
        return completeNanos < 0 ? -1 : completeNanos - startedNanos;
    }

    /** Bytes of hash requests, hashes and hash rejects this peer sent. */
    long bytesSent() {
        return bytesSent;
    }

    /** Asks the connections for the chunks nobody is asked for, those with waiting pieces first. */
    void fill() {
        if (askedOf == null || complete()) {
            return;
        }
        if (!waiting.isEmpty()) {
            for (int p = waiting.nextSetBit(0); p >= 0; p = waiting.nextSetBit((p / chunk + 1) * chunk)) {
                ask(p / chunk);
            }
        }
        for (int j = 0; j < chunks; j++) {
            ask(j);
        }
    }

    /** Whether a new have might let a stalled fetch go on: nobody is asked and some chunk is missing. */
    boolean stalled() {
        if (askedOf == null || complete()) {
            return false;
        }
        return outstanding.isEmpty();
    }

    private void ask(int j) {
        if (askedOf[j] != null || chunkKnown(j)) {
            return;
        }
        int lo = j * chunk;
        int hi = Math.min(tree.pieceCount(), lo + chunk);
        List<PeerConnection> cs = peer.connectionsView();
        for (int i = 0; i < cs.size(); i++) {
            PeerConnection c = cs.get(i);
            if (c.closed || !c.handshakeReceived || c.remoteHas == null
                    || outstanding.getOrDefault(c, 0) >= MAX_OUTSTANDING) {
                continue;
            }
            BitSet r = rejected.get(c);
            if (r != null && r.get(j)) {
                continue;
            }
            int gap = c.remoteHas.nextClearBit(lo);
            if (gap >= 0 && gap < hi) {
                continue;   // it lacks a piece of the chunk: it may not know the hashes
            }
            HashRequest m = new HashRequest(tree.piecesRoot(), tree.baseLayer(), lo, chunk, proofLayers(j));
            send(c, m);
            askedOf[j] = c;
            outstanding.merge(c, 1, Integer::sum);
            return;
        }
    }

    /** Unknown ancestors of chunk {@code j}'s subtree root below the first known one (0 if the root itself is known). */
    private int proofLayers(int j) {
        int n = tree.node(chunkLevel, j);
        int layers = 0;
        while (!known.get(n)) {
            layers++;
            n >>>= 1;
        }
        return layers;
    }

    private boolean chunkKnown(int j) {
        return known.get(tree.node(0, j * chunk));
    }

    private void send(PeerConnection c, PeerMessage m) {
        bytesSent += m.wireSize();
        c.send(m);
    }

    // ------------------------------------------------------------------ messages

    /** A hash request arrived on {@code c}: the hashes if this peer knows them all, else a reject. */
    void onRequest(PeerConnection c, HashRequest r) {
        int proof = r.proofLayers();
        int lengthLevel = Integer.numberOfTrailingZeros(r.length());
        boolean valid = r.piecesRoot().equals(tree.piecesRoot()) && r.baseLayer() == tree.baseLayer()
                && Integer.bitCount(r.length()) == 1 && r.length() <= tree.width(0) && r.index() % r.length() == 0
                && r.index() < tree.width(0) && proof <= tree.height() - lengthLevel;
        if (!valid || !knows(r.index(), r.length(), lengthLevel, proof)) {
            send(c, new HashReject(r.piecesRoot(), r.baseLayer(), r.index(), r.length(), proof));
            return;
        }
        byte[] out = new byte[(r.length() + proof) * MerkleTree.HASH_BYTES];
        for (int i = 0; i < r.length(); i++) {
            System.arraycopy(tree.hash(0, r.index() + i), 0, out, i * MerkleTree.HASH_BYTES, MerkleTree.HASH_BYTES);
        }
        int n = tree.node(lengthLevel, r.index() >> lengthLevel);
        for (int k = 0; k < proof; k++, n >>>= 1) {
            System.arraycopy(tree.hashAt(n ^ 1), 0, out, (r.length() + k) * MerkleTree.HASH_BYTES, MerkleTree.HASH_BYTES);
        }
        send(c, new Hashes(r.piecesRoot(), r.baseLayer(), r.index(), r.length(), proof, out));
    }

    private boolean knows(int index, int length, int lengthLevel, int proof) {
        if (known == null) {
            return true;
        }
        for (int i = 0; i < length; i++) {
            if (!known.get(tree.node(0, index + i))) {
                return false;
            }
        }
        int n = tree.node(lengthLevel, index >> lengthLevel);
        for (int k = 0; k < proof; k++, n >>>= 1) {
            if (!known.get(n ^ 1)) {
                return false;
            }
        }
        return true;
    }

    /** Hashes arrived on {@code c}: checked against the tree, the chunk known, waiting pieces checked. */
    void onHashes(PeerConnection c, Hashes h) {
        int j = h.index() / chunk;
        if (askedOf == null || h.length() != chunk || h.index() % chunk != 0 || j >= chunks || askedOf[j] != c) {
            return;   // not asked for (or asked of another): ignored
        }
        answered(c, j);
        byte[] all = h.hashes();
        int proof = h.proofLayers();
        if (all.length != (chunk + proof) * MerkleTree.HASH_BYTES) {
            peer.dropConnection(c, "protocol error: hashes with " + all.length / MerkleTree.HASH_BYTES
                    + " hashes for " + chunk + " and " + proof + " proof layers");
            return;
        }
        byte[][] level = new byte[chunk][];
        for (int i = 0; i < chunk; i++) {
            level[i] = Arrays.copyOfRange(all, i * MerkleTree.HASH_BYTES, (i + 1) * MerkleTree.HASH_BYTES);
        }
        for (int width = chunk; width > 1; width >>>= 1) {
            for (int i = 0; i < width / 2; i++) {
                level[i] = PieceTree.parent(sha, level[2 * i], level[2 * i + 1]);
            }
        }
        byte[] value = level[0];
        int n = tree.node(chunkLevel, j);
        for (int k = 0; k < proof; k++, n >>>= 1) {
            byte[] uncle = Arrays.copyOfRange(all, (chunk + k) * MerkleTree.HASH_BYTES, (chunk + k + 1) * MerkleTree.HASH_BYTES);
            value = (n & 1) == 0 ? PieceTree.parent(sha, value, uncle) : PieceTree.parent(sha, uncle, value);
        }
        if (!known.get(n) || !Arrays.equals(value, tree.hashAt(n))) {
            peer.dropConnection(c, "sent hashes that do not match the pieces root");
            return;
        }
        learn(j, proof);
        fill();
    }

    /** Chunk {@code j} checked out with {@code proof} layers: its subtree, its ancestors up to the known one and their uncles are known. */
    private void learn(int j, int proof) {
        int top = tree.node(chunkLevel, j);
        for (int lo = top, hi = top; lo < 2 * tree.width(0); lo <<= 1, hi = (hi << 1) | 1) {
            known.set(lo, hi + 1);
        }
        for (int k = 0, n = top; k < proof; k++, n >>>= 1) {
            known.set(n);
            known.set(n ^ 1);
        }
        chunksKnown++;
        chunkKnownNanos[j] = peer.now();
        if (chunksKnown == chunks) {
            completeNanos = peer.now();
        }
        int from = j * chunk;
        int to = Math.min(tree.pieceCount(), from + chunk);
        for (int p = waiting.nextSetBit(from); p >= 0 && p < to; p = waiting.nextSetBit(p + 1)) {
            waiting.clear(p);
            peer.hashArrived(p);
        }
    }

    /** A hash reject arrived on {@code c}: the chunk is asked of someone else. */
    void onReject(PeerConnection c, HashReject r) {
        int j = r.index() / chunk;
        if (askedOf == null || j >= chunks || askedOf[j] != c || r.index() % chunk != 0) {
            return;
        }
        answered(c, j);
        rejected.computeIfAbsent(c, k -> new BitSet(chunks)).set(j);
        fill();
    }

    private void answered(PeerConnection c, int j) {
        askedOf[j] = null;
        int left = outstanding.getOrDefault(c, 0) - 1;
        if (left <= 0) {
            outstanding.remove(c);
        } else {
            outstanding.put(c, left);
        }
    }

    /** {@code c} closed: its chunks are asked of others. */
    void forget(PeerConnection c) {
        rejected.remove(c);
        if (outstanding.remove(c) == null || askedOf == null) {
            return;
        }
        for (int j = 0; j < chunks; j++) {
            if (askedOf[j] == c) {
                askedOf[j] = null;
            }
        }
        fill();
    }

    /** Nothing asked of a closed connection; waiting pieces are complete and not verified. */
    void checkInvariants(String peerName) {
        if (askedOf == null) {
            return;
        }
        for (int j = 0; j < chunks; j++) {
            if (askedOf[j] != null && askedOf[j].closed) {
                throw new IllegalStateException(peerName + " waits for hashes from a closed connection " + askedOf[j]);
            }
        }
        for (int p = waiting.nextSetBit(0); p >= 0; p = waiting.nextSetBit(p + 1)) {
            if (canVerify(p)) {
                throw new IllegalStateException(peerName + " has the hash of piece " + p + " but still waits for it");
            }
        }
    }
}
