package org.swarmsim.bittorrent.peer;

import org.swarmsim.bittorrent.choker.ChokeCandidate;
import org.swarmsim.bittorrent.choker.RateMeter;
import org.swarmsim.bittorrent.mse.MseSession;
import org.swarmsim.bittorrent.piece.Bitfield;
import org.swarmsim.bittorrent.wire.AllowedFast;
import org.swarmsim.bittorrent.wire.AllowedFastSet;
import org.swarmsim.bittorrent.wire.BitfieldMessage;
import org.swarmsim.bittorrent.wire.Cancel;
import org.swarmsim.bittorrent.wire.Choke;
import org.swarmsim.bittorrent.wire.ExtendedMessage;
import org.swarmsim.bittorrent.wire.Handshake;
import org.swarmsim.bittorrent.wire.HashReject;
import org.swarmsim.bittorrent.wire.HashRequest;
import org.swarmsim.bittorrent.wire.Hashes;
import org.swarmsim.bittorrent.wire.Have;
import org.swarmsim.bittorrent.wire.HaveAll;
import org.swarmsim.bittorrent.wire.HaveNone;
import org.swarmsim.bittorrent.wire.Interested;
import org.swarmsim.bittorrent.wire.NotInterested;
import org.swarmsim.bittorrent.wire.PeerMessage;
import org.swarmsim.bittorrent.wire.Piece;
import org.swarmsim.bittorrent.wire.RejectRequest;
import org.swarmsim.bittorrent.wire.Request;
import org.swarmsim.bittorrent.wire.Unchoke;
import org.swarmsim.net.Connection;
import org.swarmsim.net.ConnectionListener;
import org.swarmsim.net.Message;
import org.swarmsim.net.Node;

/**
 * One BEP 3 connection as seen by one {@link Peer}: the handshake, the four flags
 * ({@code am_choking}, {@code am_interested}, {@code peer_choking}, {@code peer_interested}), the
 * remote bitfield, the requests we have outstanding and the requests the remote has queued with
 * us. Every message goes through here; the peer-wide decisions (which block, who is unchoked)
 * are the {@link Peer}'s.
 *
 * <p>Extensions (BEP 10) are run by the connection's {@link ConnectionExtensions}; before the
 * peer has the metadata there is no {@link #remoteHas} and the remote's bitfield and haves are
 * remembered by the peer's {@link TorrentMetadata}.
 *
 * <p>Plain BEP 3 semantics: a choke discards all pending requests on both ends; blocks already
 * handed to the connection (at most {@link PeerConfig#sendBufferBlocks()}) still arrive.
 *
 * <p>When both ends set the fast extension bit (BEP 6, {@link PeerConfig#fastExtension()}),
 * {@link #fast} holds and every request gets exactly one answer, its piece or a reject: a choke
 * rejects the queued requests (after the choke) instead of discarding them, a request from a
 * choked peer is rejected instead of dropped, a cancelled request is answered with a reject if it
 * was still queued, and the requester keeps its requests through a choke until their answers
 * arrive ({@link #cancelled} holds the cancelled ones until then). The piece information after the
 * handshake is a have all or have none where it can be, followed by the {@link AllowedFastSet} of
 * the remote's address ({@value AllowedFastSet#DEFAULT_SIZE} pieces), which the remote may request
 * while choked as long as it holds at most that many pieces (the BEP's reference rule). Suggest
 * piece is not sent, and ignored when received.
 */
final class PeerConnection implements ConnectionListener {
    final Peer owner;
    final Connection conn;
    final Node remote;                   // the far end, known by its network address only
    final boolean initiated;
    final int key;                       // the picker's peer key; unique among owner's open connections
    final long connectedAtNanos;

    boolean handshakeReceived;
    boolean amChoking = true;
    boolean amInterested;
    boolean peerChoking = true;
    boolean peerInterested;
    Bitfield remoteHas;                  // null until the owner has the metadata
    boolean remoteCountedAsSeed;         // the remote announced all pieces at once: picker.addSeed()
    boolean remoteBitfieldCounted;       // remoteHas is counted in the picker's availability
    int interestingPieces;               // pieces the remote has and we lack
    final BlockRequests outstanding = new BlockRequests();  // our requests to the remote
    final BlockRequests uploadQueue = new BlockRequests();  // the remote's requests to us
    int blocksInSendBuffer;
    long lastPieceFromPeerNanos;
    long payloadFromPeer;                // payload bytes received since the connection opened
    long lastSentNanos;
    long lastFlagSentNanos = Long.MIN_VALUE / 2;   // choke, unchoke, interested, not interested
    long lastTransmittedNanos = Long.MIN_VALUE / 2;
    long lastUnchokedAtNanos = Long.MIN_VALUE;
    boolean snubbed;
    boolean optimistic;
    boolean closed;
    /**
     * Piece messages that arrived while the remote was choking us. Blocks the remote had queued
     * before choking travel ahead of its Choke (one ordered stream), so with plain BEP 3 this must
     * stay 0; {@link #checkInvariants} says so.
     */
    int piecesWhileChoked;
    /** Payload bytes received from / sent to the remote over the choker's rate window. */
    final RateMeter fromPeer;
    final RateMeter toPeer;
    /** Allocated with the connection, so that it sits next to it in memory (read every choke round). */
    private final ChokeCandidate candidate;
    /** The connection's BEP 10 state once its handshake passed; null if the owner has no extensions. */
    ConnectionExtensions extensions;
    /** The protocol-encryption negotiation before the handshake; null for plaintext without MSE. */
    MseSession mse;
    /** Super-seeding (our side): the pieces offered to the remote, and the latest (-1: none); null otherwise. */
    Bitfield superSeedOffered;
    int superSeedOffer = -1;

    /** Both ends set the BEP 6 bit: the fast extension is on (known once the remote's handshake arrived). */
    boolean fast;
    /** Fast: our cancelled requests still waiting for their one answer (piece or reject). */
    final BlockRequests cancelled = new BlockRequests();
    /** Fast: the allowed-fast pieces both ways; null without the fast extension. */
    private AllowedFastPieces allowedFast;

    PeerConnection(Peer owner, Connection conn, boolean initiated, int key, long now) {
        this.owner = owner;
        this.conn = conn;
        this.remote = conn.remote();
        this.initiated = initiated;
        this.key = key;
        this.connectedAtNanos = now;
        this.lastPieceFromPeerNanos = now;
        this.lastSentNanos = now;
        this.remoteHas = owner.hasMetadata() ? new Bitfield(owner.layout().pieceCount()) : null;
        long window = owner.swarm().chokerConfig().rateWindowNanos();
        int buckets = window % 4 == 0 ? 4 : 1;
        this.fromPeer = new RateMeter(window, buckets);
        this.toPeer = new RateMeter(window, buckets);
        this.candidate = new ChokeCandidate(key);
    }

    /** This connection as the choker sees it now (one reused object per connection). */
    ChokeCandidate candidate(long now) {
        return candidate.interested(peerInterested)
                .snubbed(snubbed)
                .bytesFromPeerInWindow(fromPeer.bytesInWindow(now))
                .bytesToPeerInWindow(toPeer.bytesInWindow(now))
                .connectedAtNanos(connectedAtNanos)
                .lastUnchokedAtNanos(lastUnchokedAtNanos)
                .hasPendingRequests(!uploadQueue.isEmpty() || blocksInSendBuffer > 0)
                .unchokingUs(!peerChoking)
                .bytesPeerHas(remoteHas == null ? 0 : (long) remoteHas.count() * owner.layout().pieceLengthBytes())
                .unchoked(!amChoking)
                .optimistic(optimistic)
                .uploadCapBytesPerSecond(conn.rateCapBytesPerSecond());
    }

    void send(PeerMessage m) {
        if (closed) {
            return;
        }
        conn.send(m);
        lastSentNanos = owner.now();
    }

    // ------------------------------------------------------------------ incoming

    @Override
    public void onMessage(Connection c, Message message) {
        if (closed) {
            return;
        }
        owner.swarm().traceMessage(c.arrivalNanos(), remote.id(), owner, message);
        if (!handshakeReceived) {
            if (mse != null && mse.onMessage(message)) {
                return;   // an MSE message, or a plaintext handshake a forced peer refused
            }
            if (!(message instanceof Handshake h)) {
                owner.dropConnection(this, "protocol error: first message was not a handshake");
                return;
            }
            onHandshake(h);
            return;
        }
        PeerMessage m = (PeerMessage) message;
        switch (m.id()) {
            case PeerMessage.CHOKE -> onChoke();
            case PeerMessage.UNCHOKE -> onUnchoke();
            case PeerMessage.INTERESTED -> onInterested(true);
            case PeerMessage.NOT_INTERESTED -> onInterested(false);
            case PeerMessage.HAVE, PeerMessage.BITFIELD -> onPieceInformation(m);
            case PeerMessage.REQUEST -> onRequest((Request) m);
            case PeerMessage.PIECE -> {
                Piece p = (Piece) m;
                if (peerChoking) {
                    if (fast && allowedFast.allows(p.piece())) {
                        owner.blockReceivedWhileChoked();
                    } else {
                        piecesWhileChoked++;
                    }
                }
                owner.onBlock(this, p);
            }
            case PeerMessage.CANCEL -> {
                Cancel x = (Cancel) m;
                if (uploadQueue.remove(x.piece(), x.begin()) && fast) {
                    send(new RejectRequest(x.piece(), x.begin(), x.length()));
                }
            }
            case PeerMessage.HAVE_ALL, PeerMessage.HAVE_NONE -> {
                if (requireFast()) {
                    onPieceInformation(m);
                }
            }
            case PeerMessage.REJECT_REQUEST -> {
                if (requireFast()) {
                    onReject((RejectRequest) m);
                }
            }
            case PeerMessage.ALLOWED_FAST -> {
                if (requireFast()) {
                    onAllowedFast(((AllowedFast) m).piece());
                }
            }
            case PeerMessage.SUGGEST_PIECE -> requireFast();   // advisory: not acted upon
            case PeerMessage.HASH_REQUEST, PeerMessage.HASHES, PeerMessage.HASH_REJECT -> onHashMessage(m);
            case PeerMessage.EXTENDED -> {
                if (extensions != null) {
                    extensions.onExtended((ExtendedMessage) m);
                }
            }
            default -> {
                // keep-alive (id -1), and extended messages to a peer without extensions: ignored
            }
        }
    }

    private void onHandshake(Handshake h) {
        if (!h.infoHash().equals(owner.infoHash())) {
            owner.dropConnection(this, "handshake for another torrent");
            return;
        }
        handshakeReceived = true;
        fast = owner.config().fastExtension() && h.supportsFastExtension();
        allowedFast = fast ? new AllowedFastPieces() : null;
        if (!initiated) {
            sendHandshake();
        }
        extensions = owner.extensions().attach(this, h.supportsExtensionProtocol());
        if (extensions != null) {
            // BEP 10: the extension handshake right after the handshake, before the bitfield, as
            // libtorrent does (write_extensions() before write_bitfield() in bt_peer_connection)
            extensions.start();
        }
        if (owner.superSeeder() != null) {
            owner.superSeeder().onHandshake(this);   // BEP 16: no bitfield, one piece at a time
        } else {
            sendBitfield();
        }
    }

    /** BEP 10: the reserved bit is set exactly when the peer has an extension. */
    void sendHandshake() {
        send(Handshake.of(owner.infoHash(), owner.peerId(), owner.config().fastExtension(),
                !owner.extensions().isEmpty()));
    }

    /**
     * BEP 3: the bitfield follows the handshake; a peer with no piece may omit it. BEP 6: have all
     * or have none instead where they say it, then the allowed-fast set.
     */
    private void sendBitfield() {
        Bitfield mine = owner.have();
        if (fast && mine.isComplete()) {
            send(HaveAll.INSTANCE);
        } else if (fast && mine.isEmpty()) {
            send(HaveNone.INSTANCE);
        } else if (!mine.isEmpty()) {
            send(new BitfieldMessage(mine.toWireBytes(), mine.size()));
        }
        if (fast && owner.hasMetadata() && owner.behaviour().uploads()) {
            // the simulated addresses are consecutive (10.0.0.1, 10.0.0.2, ...), so hundreds of peers would
            // share a /24 and, by the BEP's design, one allowed-fast set; as on the Internet, where peers are
            // spread over networks, each peer's set is computed for an address in a /24 of its own
            int[] set = AllowedFastSet.of(0x0A000000 | (remote.id() & 0xFFFF) << 8, owner.infoHash(),
                    owner.layout().pieceCount(), AllowedFastSet.DEFAULT_SIZE);
            allowedFast.sent(set);
            for (int piece : set) {
                send(new AllowedFast(piece));
            }
        }
    }

    /** BEP 6: a fast extension message on a connection without it closes the connection. */
    private boolean requireFast() {
        if (!fast) {
            owner.dropConnection(this, "protocol error: fast extension message without the fast extension");
        }
        return fast;
    }

    /** BEP 52's hash request, hashes or hash reject; ignored in a v1 swarm. */
    private void onHashMessage(PeerMessage m) {
        PieceHashes hashes = owner.pieceHashes();
        if (hashes == null) {
            return;
        }
        if (m instanceof HashRequest r) {
            hashes.onRequest(this, r);
        } else if (m instanceof Hashes h) {
            hashes.onHashes(this, h);
        } else {
            hashes.onReject(this, (HashReject) m);
        }
    }

    /** A have or bitfield: plug-ins hear it, then it is applied (or remembered until the metadata arrives). */
    private void onPieceInformation(PeerMessage m) {
        if (extensions != null) {
            extensions.onPieceInformation(m);
        }
        if (!closed && !owner.metadata().rememberIfAwaited(this, m)) {
            apply(m);
            PieceHashes hashes = owner.pieceHashes();
            if (hashes != null && !closed && (!(m instanceof Have) || hashes.stalled())) {
                hashes.fill();   // a remote with new pieces may know their hashes
            }
        }
        if (!closed && owner.superSeeder() != null && m instanceof Have h) {
            owner.superSeeder().onRemoteHave(this, h.piece());
        }
    }

    /** Applies a have, bitfield, have all or have none to {@link #remoteHas}. */
    void apply(PeerMessage m) {
        if (m instanceof Have h) {
            onHave(h.piece());
        } else if (m instanceof BitfieldMessage b) {
            onBitfield(b);
        } else if (firstPieceInformation()) {
            if (m instanceof HaveAll) {
                for (int p = 0; p < remoteHas.size(); p++) {
                    remoteHas.set(p);
                }
                countInitialPieces();
            }
            // have none: nothing to count
        }
    }

    private void onBitfield(BitfieldMessage m) {
        if (m.pieceCount() != remoteHas.size()) {
            owner.dropConnection(this, "protocol error: bitfield of " + m.pieceCount() + " pieces, the torrent has "
                    + remoteHas.size());
            return;
        }
        if (!firstPieceInformation()) {
            return;
        }
        Bitfield b = Bitfield.fromWireBytes(m.bits(), m.pieceCount());
        for (int p = b.nextSetBit(0); p >= 0; p = b.nextSetBit(p + 1)) {
            remoteHas.set(p);
        }
        countInitialPieces();
    }

    /** A bitfield (or have all / have none) must come before any other piece information; false: dropped. */
    private boolean firstPieceInformation() {
        if (remoteBitfieldCounted || remoteCountedAsSeed || remoteHas.count() > 0) {
            owner.dropConnection(this, "protocol error: bitfield after other piece information");
            return false;
        }
        return true;
    }

    /** The remote's first piece information is in {@link #remoteHas}: count it, and decide interest. */
    private void countInitialPieces() {
        if (remoteHas.isComplete()) {
            remoteCountedAsSeed = true;
            owner.picker().addSeed();
        } else {
            remoteBitfieldCounted = true;
            owner.picker().addPeerBitfield(remoteHas);
        }
        interestingPieces = owner.countMissingFromMe(remoteHas);
        if (owner.isSeed() && remoteHas.isComplete()) {
            owner.dropConnection(this, "both peers are seeds");
            return;
        }
        updateInterest();
    }

    private void onHave(int piece) {
        if (piece < 0 || piece >= remoteHas.size()) {
            owner.dropConnection(this, "protocol error: have for piece " + piece);
            return;
        }
        if (!remoteHas.set(piece)) {
            return;   // a repeated have
        }
        if (remoteCountedAsSeed) {
            return;   // cannot happen: a seed has everything already
        }
        remoteBitfieldCounted = true;
        owner.picker().peerHas(piece);
        if (!owner.picker().has(piece)) {
            interestingPieces++;
            updateInterest();
            if (amInterested && (!peerChoking || mayRequestWhileChoked())
                    && outstanding.size() < owner.config().pipelineDepth()) {
                owner.fillRequests(this);
            }
        }
        if (owner.isSeed() && remoteHas.isComplete()) {
            owner.dropConnection(this, "both peers are seeds");
        }
    }

    /** Sends interested / not interested exactly when our interest changes. */
    void updateInterest() {
        boolean want = interestingPieces > 0 && !owner.isSeed();
        if (want != amInterested) {
            amInterested = want;
            // interested: a have the remote sends while choking us only counts (Have#onDemand)
            conn.pullOnDemand(want && owner.pullsHaves());
            owner.swarm().onInterestChange(owner, this, want);
            lastFlagSentNanos = owner.now();
            send(want ? Interested.INSTANCE : NotInterested.INSTANCE);
        }
    }

    private void onChoke() {
        if (peerChoking) {
            return;
        }
        peerChoking = true;
        if (fast) {
            owner.fillRequests(this);   // BEP 6: pending requests are answered (piece or reject); allowed-fast ones go on
        } else {
            owner.abortOutstanding(this);
        }
    }

    private void onUnchoke() {
        if (!peerChoking) {
            return;
        }
        peerChoking = false;
        lastPieceFromPeerNanos = owner.now();   // the snub clock starts when we are unchoked
        snubbed = false;
        owner.fillRequests(this);
    }

    private void onInterested(boolean interested) {
        if (peerInterested == interested) {
            return;
        }
        peerInterested = interested;
        if (interested) {
            owner.uploadSlots().onPeerInterested(this);
        } else {
            owner.uploadSlots().onPeerNotInterested(this);
        }
    }

    private void onRequest(Request r) {
        if (amChoking && !(fast && allowedFast.servesWhileChoking(r.piece(), remoteHas))) {
            if (fast) {
                send(new RejectRequest(r.piece(), r.begin(), r.length()));   // BEP 6
            }
            return;   // BEP 3: requests from choked peers are dropped
        }
        if (owner.superSeeder() != null && !owner.superSeeder().mayServe(this, r.piece())) {
            return;   // BEP 16: only the pieces offered to this peer
        }
        if (!owner.picker().has(r.piece()) || r.begin() + r.length() > owner.layout().pieceBytes(r.piece())) {
            owner.dropConnection(this, "protocol error: request for data we do not have");
            return;
        }
        if (uploadQueue.contains(r.piece(), r.begin())) {
            return;
        }
        uploadQueue.add(r.piece(), r.begin(), r.length());
        pumpUploads();
    }

    /** Hands queued blocks to the connection while its send buffer has room. */
    void pumpUploads() {
        int limit = owner.config().sendBufferBlocks();
        while ((!amChoking || fast) && !closed && blocksInSendBuffer < limit && !uploadQueue.isEmpty()) {
            int piece = uploadQueue.piece(0);
            int begin = uploadQueue.begin(0);
            int length = uploadQueue.length(0);
            uploadQueue.removeFirst();
            blocksInSendBuffer++;
            send(owner.behaviour().corruptsData()
                    ? Piece.withPayload(piece, begin, CorruptData.block(length))
                    : owner.messages().simulatedPiece(piece, begin, length));
        }
    }

    @Override
    public void onTransmitted(Connection c, Message message) {
        lastTransmittedNanos = owner.now();
        if (message instanceof Piece p) {
            blocksInSendBuffer--;
            toPeer.add(owner.now(), p.length());
            pumpUploads();
        }
    }

    /** A block we sent has reached the remote: it counts as uploaded (what we announce to the tracker). */
    @Override
    public void onDelivered(Connection c, Message message) {
        if (message instanceof Piece p) {
            owner.uploaded(p.length());
        }
    }

    // ------------------------------------------------------------------ outgoing decisions

    /** Chokes the remote (if unchoked); {@code reason} says why, for the trace (see {@link SwarmListener#onChokeDecision}). */
    void choke(String reason) {
        if (!amChoking) {
            owner.swarm().onChokeDecision(owner, this, false, reason);
            amChoking = true;
            optimistic = false;
            if (!fast) {
                uploadQueue.clear();   // BEP 3: choking discards the remote's pending requests
            }
            lastFlagSentNanos = owner.now();
            send(Choke.INSTANCE);
            if (fast) {
                rejectQueuedRequests();
            }
        }
    }

    /** BEP 6, after a choke: reject every queued request except those of allowed-fast pieces we still serve. */
    private void rejectQueuedRequests() {
        for (int n = uploadQueue.size(); n > 0; n--) {
            int piece = uploadQueue.piece(0);
            int begin = uploadQueue.begin(0);
            int length = uploadQueue.length(0);
            uploadQueue.removeFirst();
            if (allowedFast.servesWhileChoking(piece, remoteHas)) {
                uploadQueue.add(piece, begin, length);
            } else {
                send(new RejectRequest(piece, begin, length));
            }
        }
    }

    // ------------------------------------------------------------------ fast extension, requester side

    /** The remote allows us {@code piece} while choked (ignored before the metadata: no pieces to check against). */
    private void onAllowedFast(int piece) {
        if (remoteHas == null) {
            return;
        }
        if (piece >= remoteHas.size()) {
            owner.dropConnection(this, "protocol error: allowed fast for piece " + piece);
            return;
        }
        allowedFast.allowed(piece, remoteHas.size());
        if (peerChoking && amInterested) {
            owner.fillRequests(this);
        }
    }

    /** Whether we may request blocks (allowed-fast ones) while the remote chokes us. */
    boolean mayRequestWhileChoked() {
        return fast && allowedFast.mayRequestWhileChoked(owner.have().count());
    }

    /** The pieces we may request while choked: allowed fast and held by the remote. */
    Bitfield allowedFastPickable() {
        return allowedFast.pickable(remoteHas);
    }

    /** The remote will not serve a request: the block goes back to the picker, to be asked of someone else. */
    private void onReject(RejectRequest r) {
        if (cancelled.remove(r.piece(), r.begin())) {
            return;   // the answer to a request we cancelled
        }
        if (remoteHas == null || !outstanding.remove(r.piece(), r.begin())) {
            owner.unmatchedReject();
            owner.dropConnection(this, "protocol error: reject of a request never sent");
            return;
        }
        if (allowedFast.allows(r.piece())) {
            allowedFast.refused();
        }
        owner.requestRejected(this, r.piece(), r.begin());
    }

    /** Unchokes the remote (if choked); {@code reason} says why, for the trace. */
    void unchoke(String reason) {
        if (amChoking) {
            owner.swarm().onChokeDecision(owner, this, true, reason);
            amChoking = false;
            lastUnchokedAtNanos = owner.now();
            lastFlagSentNanos = owner.now();
            send(Unchoke.INSTANCE);
        }
    }

    void request(int piece, int begin, int length) {
        outstanding.add(piece, begin, length);
        send(owner.messages().request(piece, begin, length));
    }

    void cancel(int piece, int begin, int length) {
        if (outstanding.remove(piece, begin)) {
            if (fast) {
                cancelled.add(piece, begin, length);   // BEP 6: it will still be answered
            }
            send(new Cancel(piece, begin, length));
        }
    }

    @Override
    public void onClosed(Connection c) {
        owner.connectionClosed(this, "closed by the remote");
    }

    /** Checks that the local view is self-consistent (the far side's view is checked by the swarm). */
    void checkInvariants() {
        if (remoteHas == null) {
            return;   // no metadata yet: TorrentMetadata checks the connection
        }
        if (outstanding.size() > owner.config().pipelineDepth() + owner.layout().maxBlocksPerPiece()) {
            throw new IllegalStateException(this + ": " + outstanding.size() + " outstanding requests");
        }
        for (int i = 0; amChoking && i < uploadQueue.size(); i++) {
            if (!fast || !allowedFast.offered(uploadQueue.piece(i))) {
                throw new IllegalStateException(this + ": requests queued from a choked peer");
            }
        }
        if (!fast && (!cancelled.isEmpty() || allowedFast != null)) {
            throw new IllegalStateException(this + ": fast extension state without the fast extension");
        }
        if (piecesWhileChoked != 0) {
            throw new IllegalStateException(this + ": " + piecesWhileChoked + " blocks arrived while choked");
        }
        if (blocksInSendBuffer < 0 || blocksInSendBuffer > owner.config().sendBufferBlocks()) {
            throw new IllegalStateException(this + ": send buffer holds " + blocksInSendBuffer + " blocks");
        }
        int missing = owner.countMissingFromMe(remoteHas);
        if (missing != interestingPieces) {
            throw new IllegalStateException(this + ": interesting pieces " + interestingPieces + " but "
                    + missing + " missing");
        }
        if (handshakeReceived && amInterested != (interestingPieces > 0 && !owner.isSeed())) {
            throw new IllegalStateException(this + ": am_interested=" + amInterested + " with "
                    + interestingPieces + " interesting pieces");
        }
    }

    @Override
    public String toString() {
        return owner.name() + "->" + remote.name();
    }
}
