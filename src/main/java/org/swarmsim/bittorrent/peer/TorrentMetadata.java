package org.swarmsim.bittorrent.peer;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.swarmsim.bittorrent.picker.PiecePicker;
import org.swarmsim.bittorrent.picker.PieceSelection;
import org.swarmsim.bittorrent.piece.Bitfield;
import org.swarmsim.bittorrent.piece.PieceLayout;
import org.swarmsim.bittorrent.wire.PeerMessage;
import org.swarmsim.sim.random.RandomStream;

/**
 * Whether a peer knows the torrent's metadata, and what it keeps until it does. A peer started
 * from a magnet link knows the info-hash only: until the metadata arrives
 * ({@link Peer#metadataReceived}, driven by a plug-in) it has no piece picker (libtorrent makes its
 * picker lazily, {@code need_picker()}), its connections have no view of the remotes' pieces, and
 * the bitfields and haves they receive are remembered here as they came, to be applied in order
 * once the layout is known. Meanwhile the peer connects, handshakes and runs its extensions, is
 * interested in nobody and uploads nothing; {@link #checkInvariants} says so.
 */
final class TorrentMetadata {
    private final PieceLayout torrentLayout;       // what the info-hash commits to
    private final PieceSelection selection;
    private final RandomStream pickerRng;
    private final Bitfield noPieces;
    private PiecePicker picker;
    private final Map<PeerConnection, List<PeerMessage>> remembered = new IdentityHashMap<>();  // lookups only

    private TorrentMetadata(PieceLayout torrentLayout, PieceSelection selection, RandomStream pickerRng,
                            PiecePicker picker) {
        this.torrentLayout = torrentLayout;
        this.selection = selection;
        this.pickerRng = pickerRng;
        this.picker = picker;
        this.noPieces = picker == null ? new Bitfield(torrentLayout.pieceCount()) : null;
    }

    /** A peer that has the metadata from the start (a .torrent file), with its picker. */
    static TorrentMetadata known(PiecePicker picker) {
        return new TorrentMetadata(picker.layout(), null, null, picker);
    }

    /**
     * A peer that will learn the metadata of a torrent of {@code torrentLayout}; its picker will
     * choose by {@code selection} and draw from {@code pickerRng}.
     */
    static TorrentMetadata awaited(PieceLayout torrentLayout, PieceSelection selection, RandomStream pickerRng) {
        return new TorrentMetadata(torrentLayout, selection, pickerRng, null);
    }

    /** The picker, or null before the metadata. */
    PiecePicker picker() {
        return picker;
    }

    /** What the peer holds before the metadata, for observers: no piece. */
    Bitfield noPieces() {
        return noPieces;
    }

    /**
     * The metadata arrived at {@code peer}: it gets its picker (of a peer holding no piece yet),
     * each open connection its view of the remote's pieces, the bitfields and haves received so far
     * are applied in arrival order, and the plug-ins hear {@code onMetadata}. Ignored if the
     * metadata is known already.
     */
    void deliver(PieceLayout layout, Peer peer) {
        if (picker != null) {
            return;
        }
        if (!layout.equals(torrentLayout)) {
            throw new IllegalArgumentException("metadata for " + layout + " delivered, but the info-hash is that of "
                    + torrentLayout);
        }
        picker = new PiecePicker(layout, new Bitfield(layout.pieceCount()), selection, pickerRng);
        peer.usePicker(picker);
        for (PeerConnection c : new ArrayList<>(peer.connectionsView())) {
            if (c.closed) {
                continue;
            }
            c.remoteHas = new Bitfield(layout.pieceCount());
            List<PeerMessage> early = remembered.remove(c);
            for (int i = 0; early != null && i < early.size() && !c.closed; i++) {
                c.apply(early.get(i));
            }
            peer.fillRequests(c);
        }
        if (peer.pieceHashes() != null) {
            peer.pieceHashes().start();   // BEP 52: the info dictionary has no piece layers
        }
        peer.swarm().onMetadata(peer);
        peer.extensions().onMetadata();
    }

    /** Keeps a bitfield or have that arrived on {@code c} before the metadata, and says so; false: apply it. */
    boolean rememberIfAwaited(PeerConnection c, PeerMessage m) {
        if (c.remoteHas != null) {
            return false;
        }
        remembered.computeIfAbsent(c, k -> new ArrayList<>()).add(m);
        return true;
    }


    /** {@code c} closed. */
    void forget(PeerConnection c) {
        remembered.remove(c);
    }

    /** The picker's invariants; without the metadata: no connection has a view of pieces, wants or owes anything. */
    void checkInvariants(String peerName, List<PeerConnection> connections) {
        if (picker != null) {
            picker.checkInvariants();
            if (!remembered.isEmpty()) {
                throw new IllegalStateException(peerName + " has its metadata but still remembers early messages");
            }
            return;
        }
        int withMessages = 0;
        for (PeerConnection c : connections) {
            if (c.remoteHas != null || c.amInterested || !c.amChoking || !c.outstanding.isEmpty()
                    || !c.uploadQueue.isEmpty()) {
                throw new IllegalStateException(c + " without metadata: remote pieces " + c.remoteHas
                        + ", interested " + c.amInterested + ", choking " + c.amChoking + ", "
                        + c.outstanding.size() + " requests out, " + c.uploadQueue.size() + " queued");
            }
            if (remembered.containsKey(c)) {
                withMessages++;
            }
        }
        if (withMessages != remembered.size()) {
            throw new IllegalStateException(peerName + " remembers messages of " + (remembered.size() - withMessages)
                    + " closed connections");
        }
    }
}
