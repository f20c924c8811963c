package org.swarmsim.bittorrent.peer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.swarmsim.bittorrent.choker.Choker;
import org.swarmsim.bittorrent.choker.ChokerConfig;
import org.swarmsim.bittorrent.extension.Extension;
import org.swarmsim.bittorrent.metainfo.InfoHash;
import org.swarmsim.bittorrent.mse.EncryptionPolicy;
import org.swarmsim.bittorrent.picker.BlockResult;
import org.swarmsim.bittorrent.picker.PiecePicker;
import org.swarmsim.bittorrent.piece.Bitfield;
import org.swarmsim.bittorrent.piece.PieceLayout;
import org.swarmsim.bittorrent.wire.Have;
import org.swarmsim.bittorrent.wire.KeepAlive;
import org.swarmsim.bittorrent.wire.PeerId;
import org.swarmsim.bittorrent.wire.Piece;
import org.swarmsim.net.Connection;
import org.swarmsim.net.Node;
import org.swarmsim.sim.Timer;
import org.swarmsim.sim.random.RandomStream;

/**
 * A simulated BitTorrent client on one network node: it joins at its arrival time, announces to
 * the tracker, connects to the peers it is given, downloads blocks through its
 * {@link PiecePicker}, verifies pieces, unchokes by its {@link Choker} every round, seeds for its
 * lingering time and leaves. Per-connection protocol state lives in {@link PeerConnection}; whom
 * it connects to and accepts is decided by its {@link PeerList}; its protocol extensions are
 * {@link PeerExtensions}; a peer started from a magnet link waits for its metadata as
 * {@link TorrentMetadata} describes.
 *
 * <p>The peer depends only on the scheduler, the network and its random streams.
 */
public final class Peer {
    /** Where a peer is in its life. */
    public enum State { WAITING, LEECHING, SEEDING, LEAVING, LEFT }

    private final Swarm swarm;
    private final int index;
    private final PeerSpec spec;
    private final Node node;
    private final PeerId peerId;
    private final PeerConfig config;
    private final ChokerConfig chokerConfig;
    private final TorrentMetadata metadata;
    private PiecePicker picker;              // null until the metadata is known
    private SharedMessages messages;         // likewise
    private final RandomStream chokerRng;
    private final PeerEncryption encryption;
    private final SuperSeeder superSeeder;   // null unless an initial seed whose seed rule super-seeds
    private final UploadSlots uploadSlots;
    private final List<PeerSource> sources = new ArrayList<>();
    private final Timer rechokeTimer;

    private State state = State.WAITING;
    private final ConnectionTable connections = new ConnectionTable();
    private final SmartBan smartBan;
    private final PeerList peerList;
    private final int[] pickBuffer;
    private final PeerExtensions extensions;
    private final PieceHashes pieceHashes;   // null in a v1 swarm
    private boolean endGameSeen;
    /** {@code picker.isComplete()}, kept here: other peers read it for every block they receive. */
    private boolean complete;

    private long completionNanos = -1;
    private long leaveNanos = -1;
    private long bytesDownloaded;
    private long bytesUploaded;
    private long bytesWasted;
    private int hashFailures;
    private long blocksWhileChoked;          // fast extension: allowed-fast blocks received while choked
    private int unmatchedRejects;            // fast extension: rejects of requests never sent; stays 0

    Peer(Swarm swarm, int index, PeerSpec spec, Node node, PeerConfig config, TorrentMetadata metadata,
         List<Extension> extensions, Choker leecherChoker, Choker seedChoker, ChokerConfig chokerConfig,
         RandomStream chokerRng) {
        this.swarm = swarm;
        this.index = index;
        this.spec = spec;
        this.node = node;
        this.peerId = PeerId.forNode(node.id());
        this.config = config;
        this.chokerConfig = chokerConfig;
        this.metadata = metadata;
        this.chokerRng = chokerRng;
        this.encryption = new PeerEncryption(this, swarm.encryptionOf(index, spec), swarm.usesEncryption());
        this.uploadSlots = new UploadSlots(this, connections, leecherChoker, seedChoker, chokerRng);
        this.superSeeder = spec.initialSeed() && seedChoker.superSeeds() && metadata.picker() != null
                ? new SuperSeeder(this, swarm.layout().pieceCount()) : null;
        this.pickBuffer = new int[2 * (config.pipelineDepth() + 1)];
        if (metadata.picker() != null) {
            usePicker(metadata.picker());
        }
        this.pieceHashes = swarm.pieceHashesFor(this, metadata.picker() != null);
        this.smartBan = new SmartBan(swarm.layout().pieceCount(), config.banAfterBadPieces());
        this.peerList = new PeerList(this, swarm, config, connections, smartBan);
        for (PeerSource.Factory f : swarm.peerSources()) {
            sources.add(f.create(this));   // a source may hand over candidates at once
        }
        this.rechokeTimer = Timer.periodic(swarm.scheduler(), swarm.chokerConfig().rechokeIntervalNanos(), this::rechoke);
        node.setAcceptor(peerList::accept);
        this.extensions = new PeerExtensions(this, extensions);
    }

    /** This peer's choke numbers: the swarm's, with the regular slots of its active set. */
    ChokerConfig chokerConfig() {
        return chokerConfig;
    }

    /** The peer has the metadata: its picker and its share of the swarm's messages. */
    void usePicker(PiecePicker p) {
        picker = p;
        messages = swarm.messages();
        complete = p.isComplete();
    }

    // ------------------------------------------------------------------ identity and accessors

    public String name() {
        return node.name();
    }

    public int index() {
        return index;
    }

    public Node node() {
        return node;
    }

    public PeerSpec spec() {
        return spec;
    }

    public State state() {
        return state;
    }

    public Behaviour behaviour() {
        return spec.behaviour();
    }

    public boolean isSeed() {
        return complete;
    }

    /** Online: joined and not yet gone. */
    public boolean isActive() {
        return state == State.LEECHING || state == State.SEEDING || state == State.LEAVING;
    }

    /** The pieces this peer has verified (none before the metadata is known). */
    public Bitfield have() {
        return picker != null ? picker.have() : metadata.noPieces();
    }

    /** Whether the peer knows the torrent's metadata (a peer started from a magnet link: once it arrived). */
    public boolean hasMetadata() {
        return picker != null;
    }

    public long completionNanos() {
        return completionNanos;
    }

    public long leaveNanos() {
        return leaveNanos;
    }

    /** Payload bytes this peer received (what it reports to the tracker as downloaded). */
    public long bytesDownloaded() {
        return bytesDownloaded;
    }

    /**
     * Payload bytes this peer uploaded, counted when the transport reports a block delivered (an
     * acknowledgement that takes no time): what it reports to the tracker. {@link SwarmStatistics}
     * counts the same bytes with the god's-eye view, by sender and receiver.
     */
    public long bytesUploaded() {
        return bytesUploaded;
    }

    /** A block this peer sent has been delivered. */
    void uploaded(long bytes) {
        bytesUploaded += bytes;
    }

    /** Connections closed because the peer was over its connection limit (see the slack). */
    public int connectionsTrimmed() {
        return peerList.connectionsTrimmed();
    }

    /** Payload bytes received for blocks we already had (end game, late blocks). */
    public long bytesWasted() {
        return bytesWasted;
    }

    public int hashFailures() {
        return hashFailures;
    }

    /** Blocks received from remotes that were choking us (allowed-fast pieces, BEP 6; 0 without it). */
    long blocksReceivedWhileChoked() {
        return blocksWhileChoked;
    }

    void blockReceivedWhileChoked() {
        blocksWhileChoked++;
    }

    /** A remote rejected a request we never sent (a bug: {@link #checkInvariants} fails). */
    void unmatchedReject() {
        unmatchedRejects++;
    }

    public int connectionCount() {
        return connections.size();
    }

    /** Whether this peer has an open connection to {@code other}. */
    public boolean isConnectedTo(Peer other) {
        return connections.hasNode(other.node.id());
    }

    /** Node ids this peer has banned for sending bad data. */
    public Set<Integer> banned() {
        return smartBan.banned();
    }

    Swarm swarm() {
        return swarm;
    }

    PeerConfig config() {
        return config;
    }

    PiecePicker picker() {
        return picker;
    }

    PieceLayout layout() {
        return picker.layout();
    }

    SharedMessages messages() {
        return messages;
    }

    PeerExtensions extensions() {
        return extensions;
    }

    TorrentMetadata metadata() {
        return metadata;
    }

    public InfoHash infoHash() {
        return swarm.infoHash();
    }

    PeerId peerId() {
        return peerId;
    }

    /** The simulated time now (for listeners that measure when things happen). */
    public long nowNanos() {
        return now();
    }

    long now() {
        return swarm.scheduler().now();
    }

    List<PeerConnection> connectionsView() {
        return connections.list();
    }

    PeerConnection connectionTo(Peer other) {
        return connections.byNode(other.node.id());
    }

    // ------------------------------------------------------------------ lifecycle

    /** Scheduled by the swarm at the peer's arrival time. */
    void join() {
        swarm.network().setOnline(node, true);
        state = isSeed() ? State.SEEDING : State.LEECHING;
        swarm.onJoined(this);
        // Stagger rechoke rounds so that peers do not all rechoke at the same instant.
        rechokeTimer.start(chokerRng.nextLong(swarm.chokerConfig().rechokeIntervalNanos()));
        for (PeerSource s : sources) {
            s.started();
        }
        if (spec.initialSeed() && spec.lingerNanos() != PeerSpec.FOREVER) {
            swarm.scheduler().schedule(spec.lingerNanos(), this::leave);
        }
        if (!spec.initialSeed() && spec.abortAfterNanos() != PeerSpec.FOREVER) {
            swarm.scheduler().schedule(spec.abortAfterNanos(), () -> {
                if (state == State.LEECHING) {
                    leave();
                }
            });
        }
    }

    /** Closes every connection, announces {@code stopped} and goes offline. */
    void leave() {
        if (state == State.LEAVING || state == State.LEFT || state == State.WAITING) {
            return;
        }
        state = State.LEAVING;
        rechokeTimer.cancel();
        for (PeerConnection c : new ArrayList<>(connections.list())) {
            dropConnection(c, "leaving");
        }
        peerList.clearCandidates();
        // Go offline once every source has said goodbye (each calls back exactly once).
        int[] pending = {sources.size()};
        if (pending[0] == 0) {
            swarm.scheduler().schedule(0, this::goOffline);
        }
        for (PeerSource s : sources) {
            s.stopping(() -> {
                if (--pending[0] == 0) {
                    goOffline();
                }
            });
        }
    }

    private void goOffline() {
        if (state == State.LEFT) {
            return;
        }
        state = State.LEFT;
        leaveNanos = now();
        swarm.network().setOnline(node, false);
        swarm.onLeft(this);
    }

    // ------------------------------------------------------------------ connections (whom to: PeerList)

    /**
     * Peers learned from a discovery source ({@code source}: {@code tracker}, {@code dht},
     * {@code finders}, an extension's name such as {@code ut_pex}): remembered, then connected to.
     */
    public void addCandidates(String source, List<Integer> nodeIds) {
        swarm.onCandidates(this, source, nodeIds);
        peerList.addCandidates(nodeIds);
    }

    /** The peer's tracker client, or null in a swarm without trackers. */
    TrackerClient trackerClient() {
        for (PeerSource s : sources) {
            if (s instanceof TrackerClient t) {
                return t;
            }
        }
        return null;
    }

    /** The peer's BEP 12 announce-list now, tier by tier (empty without trackers). */
    public List<List<String>> announceList() {
        TrackerClient t = trackerClient();
        return t == null ? List.of() : t.tiers();
    }

    void connectMore() {
        peerList.connectMore();
    }

    boolean isActiveForConnections() {
        return state == State.LEECHING || state == State.SEEDING;
    }

    /** A connection just opened (outgoing) or accepted (incoming): its protocol state. */
    PeerConnection register(Connection conn, boolean outgoing) {
        PeerConnection pc = new PeerConnection(this, conn, outgoing, connections.nextFreeKey(), now());
        connections.add(pc);
        swarm.onConnectionOpened(this, pc, outgoing);
        if (!outgoing) {
            encryption.accepted(pc);
        }
        return pc;
    }

    /** The super-seeding state (BEP 16), or null when the peer does not super-seed. */
    SuperSeeder superSeeder() {
        return superSeeder;
    }

    /** The peer's protocol-encryption policy (MSE/PE). */
    public EncryptionPolicy encryption() {
        return encryption.policy();
    }

    /** Its protocol encryption: sessions, fall-backs, peers that refused it. */
    PeerEncryption encryptionState() {
        return encryption;
    }

    /** Reconnects in plaintext after an encrypted attempt was dropped (policy enabled). */
    public int mseFallbacks() {
        return encryption.fallbacks();
    }

    /** Closes the connection from our side. */
    void dropConnection(PeerConnection c, String reason) {
        if (c.closed) {
            return;
        }
        c.conn.close();
        connectionClosed(c, reason);
    }

    /** The connection is gone (closed by either side, {@code reason} says why): forget everything about it. */
    void connectionClosed(PeerConnection c, String reason) {
        if (c.closed) {
            return;
        }
        boolean heldSlot = !c.amChoking;
        c.closed = true;
        swarm.onConnectionClosed(this, c, reason);
        if (c.extensions != null) {
            c.extensions.onClosed(reason);
        }
        metadata.forget(c);
        if (pieceHashes != null) {
            pieceHashes.forget(c);
        }
        abortRequests(c);
        if (c.remoteCountedAsSeed) {
            picker.removeSeed();
        } else if (c.remoteBitfieldCounted) {
            picker.removePeerBitfield(c.remoteHas);
        }
        connections.remove(c);
        refillAll();
        if (heldSlot) {
            uploadSlots.refill();
        }
        if (encryption.closed(c)) {
            peerList.addCandidates(java.util.List.of(c.remote.id()));   // the plaintext reconnect
        }
        connectMore();
    }

    // ------------------------------------------------------------------ downloading

    /** Number of pieces {@code remote} has that we lack. */
    int countMissingFromMe(Bitfield remote) {
        Bitfield mine = picker.have();
        int n = 0;
        for (int w = 0; w < remote.wordCount(); w++) {
            n += Long.bitCount(remote.word(w) & ~mine.word(w));
        }
        return n;
    }

    /**
     * Tops up the request pipeline of a connection we are interested in: an unchoked one, or (fast
     * extension) a choking one with allowed-fast pieces for us, from those pieces only.
     */
    void fillRequests(PeerConnection c) {
        if (c.closed || !c.amInterested || isSeed() || state == State.LEAVING
                || (c.peerChoking && !c.mayRequestWhileChoked())) {
            return;
        }
        int room = config.pipelineDepth() - c.outstanding.size();
        if (room <= 0) {
            return;
        }
        int n = picker.pickBlocks(c.peerChoking ? c.allowedFastPickable() : c.remoteHas, c.key, room, pickBuffer);
        PieceLayout layout = picker.layout();
        for (int i = 0; i < n; i++) {
            int piece = pickBuffer[2 * i];
            int block = pickBuffer[2 * i + 1];
            c.request(piece, block * layout.blockBytes(), layout.blockBytes(piece, block));
        }
        if (config.endGame() && picker.isEndGame() && !endGameSeen) {
            endGameSeen = true;
            swarm.onEndGame(this);
        }
    }

    private void refillAll() {
        if (isSeed() || !isActiveForConnections()) {
            return;
        }
        for (int i = 0; i < connections.size(); i++) {
            PeerConnection c = connections.get(i);
            if ((!c.peerChoking || c.mayRequestWhileChoked()) && c.amInterested
                    && c.outstanding.size() < config.pipelineDepth()) {
                fillRequests(c);
            }
        }
    }

    /** The remote choked us or went away: its pending requests will not be served. */
    void abortOutstanding(PeerConnection c) {
        abortRequests(c);
        refillAll();
    }

    /** The remote rejected our request (fast extension; already removed from the outstanding ones): ask elsewhere. */
    void requestRejected(PeerConnection c, int piece, int begin) {
        picker.requestAborted(piece, begin / picker.layout().blockBytes(), c.key);
        refillAll();
    }

    private void abortRequests(PeerConnection c) {
        if (c.outstanding.isEmpty()) {
            return;
        }
        int bb = picker.layout().blockBytes();
        for (int i = 0; i < c.outstanding.size(); i++) {
            picker.requestAborted(c.outstanding.piece(i), c.outstanding.begin(i) / bb, c.key);
        }
        c.outstanding.clear();
    }

    /** A block arrived on {@code c}. */
    void onBlock(PeerConnection c, Piece m) {
        int piece = m.piece();
        int bb = picker.layout().blockBytes();
        int block = m.begin() / bb;
        if (piece >= picker.layout().pieceCount() || m.begin() % bb != 0
                || m.length() != picker.layout().blockBytes(piece, block)) {
            dropConnection(c, "protocol error: malformed block");
            return;
        }
        if (!c.cancelled.remove(piece, m.begin())) {   // the oldest request answered first
            c.outstanding.remove(piece, m.begin());
        }
        long len = m.length();
        bytesDownloaded += len;
        c.fromPeer.add(now(), len);
        c.payloadFromPeer += len;
        c.lastPieceFromPeerNanos = now();
        c.snubbed = false;
        swarm.onPayload(this, c.remote.id(), len);
        BlockResult r = picker.blockReceived(piece, block, c.key);
        if (r == BlockResult.DUPLICATE) {
            bytesWasted += len;
        } else {
            if (m.hasPayload()) {
                smartBan.badBlock(piece, c.remote.id());
            }
            if (endGameSeen) {
                cancelDuplicates(piece, block, m.begin(), m.length());
            }
            if (r == BlockResult.PIECE_COMPLETE) {
                verify(piece);
            }
        }
        if (!c.closed) {
            fillRequests(c);
        }
    }

    private void cancelDuplicates(int piece, int block, int begin, int length) {
        for (int key : picker.requestersOf(piece, block)) {
            PeerConnection other = connections.byKey(key);
            if (other != null) {
                other.cancel(piece, begin, length);
            }
            picker.requestAborted(piece, block, key);
        }
    }

    /**
     * The hash check of a complete piece. In a simulation a block without payload is the authentic
     * data, so a piece fails exactly when some block carried other bytes; see {@link SmartBan}.
     */
    private void verify(int piece) {
        if (pieceHashes != null && !pieceHashes.canVerify(piece)) {
            pieceHashes.await(piece);   // BEP 52: checked when its piece-layer hash arrives
            return;
        }
        if (!smartBan.isCorrupt(piece)) {
            picker.pieceVerified(piece);
            complete = picker.isComplete();
            onPieceVerified(piece);
            return;
        }
        hashFailures++;
        picker.pieceFailed(piece);
        swarm.onPieceFailed(this, piece);
        for (int id : smartBan.pieceFailed(piece)) {
            PeerConnection bad = connections.byNode(id);
            if (bad != null) {
                dropConnection(bad, "banned for sending bad data");
            }
        }
        refillAll();
    }

    /** The piece-layer hash of a complete piece arrived (BEP 52): its check. */
    void hashArrived(int piece) {
        verify(piece);
    }

    /** The piece hashes this peer knows and fetches (BEP 52); null in a v1 swarm. */
    PieceHashes pieceHashes() {
        return pieceHashes;
    }

    /** Bytes of BEP 52 hash requests, hashes and hash rejects this peer sent (0 in a v1 swarm). */
    public long hashBytesSent() {
        return pieceHashes == null ? 0 : pieceHashes.bytesSent();
    }

    /**
     * For a magnet join of a v2 or hybrid torrent: nanoseconds from the metadata to the whole piece
     * layer (BEP 52 hash requests); -1 otherwise, or if it never came.
     */
    public long pieceLayerFetchNanos() {
        return pieceHashes == null ? -1 : pieceHashes.fetchNanos();
    }

    private void onPieceVerified(int piece) {
        swarm.onPieceVerified(this, piece);
        Have have = messages.have(piece, false);
        boolean nowSeed = isSeed();
        // To a peer that told us it holds the piece, a have changes only state that peer reads
        // for pieces it lacks, so it may arrive late (no event of its own), unless it completes
        // our bitfield: two seeds hang up at once.
        Have known = nowSeed || !swarm.defersKnownHaves() ? have : messages.have(piece, true);
        // To a peer we choke (no fast extension: it cannot request while choked), a have changes
        // only counts if that peer is interested in us: it goes on demand, and the peer takes it
        // when it next does anything, unless it is not interested then (it stops pulling, and the
        // have gets its event). Not if it completes our bitfield, as above.
        Have counted = nowSeed || !swarm.pullsHaves() ? have : messages.onDemandHave(piece);
        for (int i = 0; i < connections.size(); i++) {
            PeerConnection c = connections.get(i);
            boolean remoteHasIt = c.remoteHas.has(piece);
            if (remoteHasIt) {
                c.interestingPieces--;
            }
            if (c.handshakeReceived) {
                c.send(remoteHasIt ? known : c.amChoking && !c.fast ? counted : have);
                c.updateInterest();
            }
        }
        extensions.onPieceVerified(piece);
        if (nowSeed) {
            onDownloadComplete();
        }
    }

    private void onDownloadComplete() {
        completionNanos = now();
        state = State.SEEDING;
        swarm.onCompleted(this);
        for (PeerSource s : sources) {
            s.completed();
        }
        for (PeerConnection c : new ArrayList<>(connections.list())) {
            if (c.remoteHas.isComplete()) {
                dropConnection(c, "both peers are seeds");
            }
        }
        if (spec.lingerNanos() != PeerSpec.FOREVER) {
            swarm.scheduler().schedule(spec.lingerNanos(), this::leave);
        }
    }

    // ------------------------------------------------------------------ choke rounds

    /**
     * Whether this peer's connections {@link org.swarmsim.net.Connection#pullOnDemand pull}
     * on-demand haves while interested: a have that only counts may then reach it without an event
     * of its own. Not with super-seeding or BEP 52 piece hashes (a have can start hash requests),
     * nor while the swarm traces messages.
     */
    boolean pullsHaves() {
        return swarm.pullsHaves() && superSeeder == null && pieceHashes == null;
    }

    UploadSlots uploadSlots() {
        return uploadSlots;
    }

    /** One choke round: snub detection, keep-alives, the choker's decision, early re-announce. */
    private void rechoke() {
        long now = now();
        swarm.network().deliverOnDemand(node, now);   // the on-demand haves that arrived count from here on
        peerList.trimToConnectionLimit(now);
        long snubTimeout = swarm.chokerConfig().snubTimeoutNanos();
        for (int i = 0; i < connections.size(); i++) {
            PeerConnection c = connections.get(i);
            if (c.amInterested && !c.peerChoking && now - c.lastPieceFromPeerNanos > snubTimeout) {
                if (!c.snubbed) {
                    swarm.onSnubbed(this, c);
                }
                c.snubbed = true;
            }
            if (now - c.lastSentNanos >= config.keepAliveIntervalNanos()) {
                c.send(KeepAlive.INSTANCE);
            }
        }
        uploadSlots.chokeRound(now);
        if (connections.size() < config.minPeersBeforeReannounce()) {
            for (PeerSource s : sources) {
                s.wantMorePeers();
            }
        }
        connectMore();
        extensions.tick();
    }

    /** The metadata arrived (a plug-in delivers it; BEP 9): see {@link TorrentMetadata#deliver}. */
    void metadataReceived(PieceLayout layout) {
        metadata.deliver(layout, this);
    }

    // ------------------------------------------------------------------ invariants

    /** Local consistency: connection bookkeeping, flags, requests, pieces. */
    public void checkInvariants() {
        metadata.checkInvariants(name(), connections.list());   // the picker's too
        if (pieceHashes != null) {
            pieceHashes.checkInvariants(name());
        }
        if (picker != null && complete != picker.isComplete()) {
            throw new IllegalStateException(name() + ": seed flag " + complete + " but the picker says "
                    + picker.isComplete());
        }
        if (unmatchedRejects != 0) {
            throw new IllegalStateException(name() + ": " + unmatchedRejects + " rejects of requests never sent");
        }
        if (connections.size() > config.maxConnections() + config.connectionSlack()) {
            throw new IllegalStateException(name() + ": " + connections.size() + " connections");
        }
        connections.checkInvariants(name());
        for (PeerConnection c : connections.list()) {
            c.checkInvariants();
        }
        if (isActive() && !node.isOnline()) {
            throw new IllegalStateException(name() + " is " + state + " but offline");
        }
    }

    @Override
    public String toString() {
        return name() + "[" + state + ", " + have().count() + "/" + have().size() + "]";
    }
}
