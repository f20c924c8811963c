package org.swarmsim.bittorrent.peer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.swarmsim.bittorrent.choker.Choker;
import org.swarmsim.bittorrent.choker.ChokerConfig;
import org.swarmsim.bittorrent.extension.Extension;
import org.swarmsim.bittorrent.metainfo.InfoHash;
import org.swarmsim.bittorrent.metainfo.PieceTree;
import org.swarmsim.bittorrent.mse.EncryptionPolicy;
import org.swarmsim.bittorrent.picker.PiecePicker;
import org.swarmsim.bittorrent.picker.PieceSelection;
import org.swarmsim.bittorrent.piece.Bitfield;
import org.swarmsim.bittorrent.piece.PieceLayout;
import org.swarmsim.bittorrent.tracker.Tracker;
import org.swarmsim.bittorrent.tracker.TrackerConfig;
import org.swarmsim.bittorrent.wire.Have;
import org.swarmsim.net.Message;
import org.swarmsim.net.Network;
import org.swarmsim.net.Node;
import org.swarmsim.sim.Scheduler;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

/**
 * One torrent's swarm: what its peers share (the piece layout and info-hash, the client's
 * configuration and policies, the scheduler and network, the shared messages, the peer sources
 * and extensions) and its peers. What the simulator measures across peers is the
 * {@link #statistics()} listener (the god's-eye view); the invariant checks are
 * {@link SwarmInvariants}'; other listeners ({@link #addListener}) hear the same events.
 *
 * <pre>{@code
 * Swarm swarm = Swarm.builder(sim, network, layout, infoHash, streams).build();
 * swarm.addTracker(...);
 * swarm.addPeer(PeerSpec.seed("seed", up, down, 0, PeerSpec.FOREVER));
 * swarm.addPeer(PeerSpec.leecher("dsl", up, down, 0, 0));
 * sim.run();
 * }</pre>
 *
 * <p>Each peer's randomness comes from its own streams ({@code peer/<index>/picker},
 * {@code peer/<index>/choker}), so adding a peer does not change anyone else's draws.
 */
public final class Swarm {
    private final Scheduler sim;
    private final Network network;
    private final PieceLayout layout;
    private final InfoHash infoHash;
    private final RandomStreams streams;
    private final PeerConfig config;
    private final ChokerConfig chokerConfig;
    private final Supplier<PieceSelection> selection;
    private final Function<ChokerConfig, Choker> leecherChoker;
    private final Function<ChokerConfig, Choker> seedChoker;
    private final String announceUrl;
    private final List<Extension> extensions;
    private final PieceTree pieceTree;          // null: a v1 torrent
    private final boolean piecesNeedTree;       // v2-only: a piece's check needs its piece-layer hash

    private final List<Peer> peers = new ArrayList<>();
    private Peer[] byNode = new Peer[64];
    private Tracker tracker;                                           // the first one
    private final Map<String, Tracker> trackers = new LinkedHashMap<>();   // by announce URL, in order added
    private java.util.function.BiFunction<Integer, PeerSpec, List<List<String>>> announceLists;   // a peer's BEP 12 tiers
    private java.util.function.BiFunction<Integer, PeerSpec, EncryptionPolicy> encryption;        // null: all disabled
    private final List<PeerSource.Factory> peerSources = new ArrayList<>();
    private final List<SwarmListener> listeners = new ArrayList<>();
    private boolean tracing;
    private final boolean deferKnownHaves;
    private final boolean pullHaves;
    private final boolean pullHavesWhileTracing;
    private final SharedMessages messages;

    private final SwarmStatistics statistics;
    private int leechersExpected;

    private Swarm(Builder b) {
        this.sim = b.sim;
        this.network = b.network;
        this.layout = b.layout;
        this.infoHash = b.infoHash;
        this.streams = b.streams;
        this.config = b.config;
        this.chokerConfig = b.chokerConfig;
        this.selection = b.selection;
        this.leecherChoker = b.leecherChoker;
        this.seedChoker = b.seedChoker;
        this.announceUrl = b.announceUrl;
        this.extensions = b.extensions;
        this.pieceTree = b.pieceTree;
        this.piecesNeedTree = b.piecesNeedTree;
        this.deferKnownHaves = b.deferKnownHaves;
        this.pullHaves = b.pullHaves;
        this.pullHavesWhileTracing = b.pullHavesWhileTracing;
        this.messages = new SharedMessages(layout);
        this.statistics = new SwarmStatistics(layout.pieceCount());
        listeners.add(statistics);
    }

    public static Builder builder(Scheduler sim, Network network, PieceLayout layout, InfoHash infoHash,
                                  RandomStreams streams) {
        return new Builder(sim, network, layout, infoHash, streams);
    }

    // ------------------------------------------------------------------ building

    /** Puts the tracker on a new node and returns it; the swarm's announce URL names it. */
    public Tracker addTracker(TrackerConfig c) {
        if (tracker != null) {
            throw new IllegalStateException("the swarm has a tracker already");
        }
        return addTracker(c, announceUrl);
    }

    /**
     * Puts another tracker, known by {@code url}, on a new node (BEP 12 multi-tracker torrents; each
     * tracker keeps its own peers, as real ones do). Every peer's announce-list holds the trackers in
     * the order added, one tier each, unless {@link #announceLists} says otherwise.
     */
    public Tracker addTracker(TrackerConfig c, String url) {
        if (trackers.containsKey(url)) {
            throw new IllegalArgumentException("a tracker is at " + url + " already");
        }
        int n = trackers.size();
        Node node = network.addNode(n == 0 ? "tracker" : "tracker" + n, c.uploadBytesPerSecond(), c.downloadBytesPerSecond());
        Tracker t = new Tracker(network, node, streams.stream(n == 0 ? "tracker" : "tracker" + n), c.intervalSeconds(),
                c.minIntervalSeconds(), c.maxNumwant(), c.seedersGetLeechersOnly());
        if (c.minRatio() > 0) {
            t.requireRatio(c.minRatio(), c.ratioGraceBytes());
        }
        trackers.put(url, t);
        t.observe((nodeId, request, response) -> traceTrackerMessage(sim.now(), peerOnNode(nodeId), node, true, request));
        if (tracker == null) {
            tracker = t;
            peerSources.add(p -> new TrackerClient(p, announceListOf(p)));
        }
        return t;
    }

    /** Each peer's BEP 12 announce-list (tiers of tracker URLs), by peer index and spec; affects peers added afterwards. */
    public void announceLists(java.util.function.BiFunction<Integer, PeerSpec, List<List<String>>> tiersByPeer) {
        this.announceLists = tiersByPeer;
    }

    /** Each peer's protocol-encryption policy (MSE/PE), by index and spec; affects peers added afterwards (default: disabled). */
    public void encryptionPolicies(java.util.function.BiFunction<Integer, PeerSpec, EncryptionPolicy> policyByPeer) {
        this.encryption = policyByPeer;
    }

    /** Whether some peers may encrypt (a policy function was given). */
    boolean usesEncryption() {
        return encryption != null;
    }

    EncryptionPolicy encryptionOf(int index, PeerSpec spec) {
        return encryption == null ? EncryptionPolicy.DISABLED : encryption.apply(index, spec);
    }

    /** A new peer's view of the piece hashes (BEP 52); null in a v1 swarm. */
    PieceHashes pieceHashesFor(Peer p, boolean knowsAll) {
        return pieceTree == null ? null : new PieceHashes(p, pieceTree, knowsAll, piecesNeedTree);
    }

    private List<List<String>> announceListOf(Peer p) {
        if (announceLists != null) {
            return announceLists.apply(p.index(), p.spec());
        }
        List<List<String>> tiers = new ArrayList<>();
        for (String url : trackers.keySet()) {
            tiers.add(List.of(url));
        }
        return tiers;
    }

    /**
     * Creates a peer on a new (offline) node, with the swarm's {@link Builder#extensions extensions};
     * it joins at {@code spec.joinNanos()}.
     */
    public Peer addPeer(PeerSpec spec) {
        return add(spec, true, extensions);
    }

    /** Creates a peer like {@link #addPeer(PeerSpec)}, with these extensions instead of the swarm's. */
    public Peer addPeer(PeerSpec spec, List<Extension> peerExtensions) {
        return add(spec, true, checkedExtensions(peerExtensions));
    }

    /**
     * Creates a peer that starts from a magnet link: it knows the info-hash but not the metadata,
     * which one of its plug-ins must deliver ({@link org.swarmsim.bittorrent.extension.TorrentHandle#metadataReceived});
     * see {@link TorrentMetadata}. It cannot be an initial seed.
     */
    public Peer addPeerWithoutMetadata(PeerSpec spec) {
        return addPeerWithoutMetadata(spec, extensions);
    }

    /** Creates a peer like {@link #addPeerWithoutMetadata(PeerSpec)}, with these extensions instead of the swarm's. */
    public Peer addPeerWithoutMetadata(PeerSpec spec, List<Extension> peerExtensions) {
        if (spec.initialSeed()) {
            throw new IllegalArgumentException("an initial seed has the metadata: " + spec);
        }
        return add(spec, false, checkedExtensions(peerExtensions));
    }

    /**
     * Creates a peer like {@link #addPeer(PeerSpec)}, with its own client configuration instead of
     * the swarm's (for tests of mixed swarms, e.g. half the peers with the fast extension).
     */
    Peer addPeer(PeerSpec spec, PeerConfig peerConfig) {
        return add(spec, true, extensions, peerConfig);
    }

    private Peer add(PeerSpec spec, boolean withMetadata, List<Extension> peerExtensions) {
        return add(spec, withMetadata, peerExtensions, config);
    }

    private Peer add(PeerSpec spec, boolean withMetadata, List<Extension> peerExtensions, PeerConfig peerConfig) {
        int index = peers.size();
        Node node = network.addNode("peer" + index, spec.uploadBytesPerSecond(), spec.downloadBytesPerSecond());
        network.setOnline(node, false);
        Bitfield initial = spec.initialSeed() ? Bitfield.full(layout.pieceCount()) : new Bitfield(layout.pieceCount());
        PieceSelection s = selection.get();
        RandomStream pickerRng = streams.stream("peer", index, "picker");
        TorrentMetadata metadata = withMetadata ? TorrentMetadata.known(new PiecePicker(layout, initial, s, pickerRng))
                : TorrentMetadata.awaited(layout, s, pickerRng);
        Behaviour b = spec.behaviour();
        ChokerConfig peerChoking = b.chokerConfig(chokerConfig.forUploadRate(spec.uploadBytesPerSecond()));
        Peer peer = new Peer(this, index, spec, node, b.peerConfig(peerConfig), metadata, peerExtensions,
                b.leecherChoker(leecherChoker.apply(peerChoking), peerChoking, spec), seedChoker.apply(peerChoking),
                peerChoking, streams.stream("peer", index, "choker"));
        peers.add(peer);
        if (node.id() >= byNode.length) {
            byNode = java.util.Arrays.copyOf(byNode, Math.max(byNode.length * 2, node.id() + 1));
        }
        byNode[node.id()] = peer;
        if (!spec.initialSeed()) {
            leechersExpected++;
        }
        sim.scheduleAt(Math.max(spec.joinNanos(), sim.now()), peer::join);
        return peer;
    }

    /**
     * Adds a way for peers to find each other besides (or instead of) the tracker; affects peers
     * added afterwards. A swarm without tracker and sources has peers that never meet.
     */
    public void addPeerSource(PeerSource.Factory factory) {
        peerSources.add(factory);
    }

    List<PeerSource.Factory> peerSources() {
        return peerSources;
    }

    /** A copy of {@code list}, checked: at most 255 extensions, distinct names. */
    private static List<Extension> checkedExtensions(List<Extension> list) {
        if (list.size() > 255) {
            throw new IllegalArgumentException("at most 255 extensions (extended ids 1..255), got " + list.size());
        }
        Set<String> names = new HashSet<>();
        for (Extension e : list) {
            if (!names.add(e.name())) {
                throw new IllegalArgumentException("two extensions are named " + e.name());
            }
        }
        return List.copyOf(list);
    }

    /**
     * Adds a listener (after the swarm's own {@link #statistics()}); if it
     * {@link SwarmListener#wantsMessages wants messages}, every peer wire message is handed to the
     * listeners from now on.
     */
    public void addListener(SwarmListener l) {
        listeners.add(l);
        tracing |= l.wantsMessages();
    }

    // ------------------------------------------------------------------ accessors

    public List<Peer> peers() {
        return Collections.unmodifiableList(peers);
    }

    public Tracker tracker() {
        return tracker;
    }

    public PieceLayout layout() {
        return layout;
    }

    public InfoHash infoHash() {
        return infoHash;
    }

    /** The god's-eye counters of the swarm (online peers, piece copies, bytes by sender and receiver). */
    public SwarmStatistics statistics() {
        return statistics;
    }

    /** Peers added that do not start as seeds. */
    public int leechersExpected() {
        return leechersExpected;
    }

    Scheduler scheduler() {
        return sim;
    }

    Network network() {
        return network;
    }

    ChokerConfig chokerConfig() {
        return chokerConfig;
    }

    Node trackerNode() {
        return tracker == null ? null : tracker.node();
    }

    /** The node of the tracker at {@code url}, or null if no tracker is there (an announce to it fails). */
    Node trackerNode(String url) {
        Tracker t = trackers.get(url);
        return t == null ? null : t.node();
    }

    RandomStreams streams() {
        return streams;
    }

    /** The trackers by announce URL, in the order added. */
    public Map<String, Tracker> trackers() {
        return java.util.Collections.unmodifiableMap(trackers);
    }

    String announceUrl() {
        return announceUrl;
    }

    /** The peer on the network node with this id, or null (the god's-eye view: for listeners only). */
    Peer peerOnNode(int nodeId) {
        return nodeId >= 0 && nodeId < byNode.length ? byNode[nodeId] : null;
    }

    // ------------------------------------------------------------------ events from peers

    void onJoined(Peer p) {
        for (SwarmListener l : listeners) {
            l.onPeerJoined(p);
        }
    }

    void onPieceVerified(Peer p, int piece) {
        for (SwarmListener l : listeners) {
            l.onPieceVerified(p, piece);
        }
    }

    void onPieceFailed(Peer p, int piece) {
        for (SwarmListener l : listeners) {
            l.onPieceFailed(p, piece);
        }
    }

    void onCompleted(Peer p) {
        for (SwarmListener l : listeners) {
            l.onPeerCompleted(p);
        }
    }

    /** {@code p}'s discovery sources handed it {@code nodeIds} (before it remembers them). */
    void onMetadata(Peer p) {
        for (SwarmListener l : listeners) {
            l.onMetadata(p);
        }
    }

    void onExtensionSent(Peer p, String extension, int wireBytes) {
        for (SwarmListener l : listeners) {
            l.onExtensionSent(p, extension, wireBytes);
        }
    }

    void onCandidates(Peer p, String source, List<Integer> nodeIds) {
        for (SwarmListener l : listeners) {
            l.onCandidates(p, source, nodeIds);
        }
    }

    void onLeft(Peer p) {
        for (SwarmListener l : listeners) {
            l.onPeerLeft(p);
        }
    }

    /** {@code receiver} got a block of {@code bytes} payload from the peer on node {@code senderNode}. */
    void onPayload(Peer receiver, int senderNode, long bytes) {
        Peer sender = peerOnNode(senderNode);
        for (SwarmListener l : listeners) {
            l.onPayload(receiver, sender, bytes);
        }
    }

    /**
     * Whether a peer sends the {@code have} of a piece to a peer that has already announced it as
     * a deferrable message (no delivery event of its own; {@link Message#deliveryDeferrable}).
     */
    boolean defersKnownHaves() {
        return deferKnownHaves;
    }

    /**
     * Whether a {@code have} that only counts at its receiver goes {@link Have#onDemand on demand}
     * (no delivery event of its own; the receiver takes it when it next does anything). Not while
     * tracing: a have taken later would be written later in the trace than its event would have
     * written it (its time would be right, its line out of place).
     */
    boolean pullsHaves() {
        return pullHaves && (!tracing || pullHavesWhileTracing);
    }

    /** The swarm's shared have, request and piece messages. */
    SharedMessages messages() {
        return messages;
    }

    /** {@code peer} chokes or unchokes the remote of {@code c} (told only to listeners that want messages). */
    void onChokeDecision(Peer peer, PeerConnection c, boolean unchoked, String reason) {
        if (tracing) {
            Peer remote = peerOnNode(c.remote.id());
            tellTracing(l -> l.onChokeDecision(peer, remote, unchoked, reason));
        }
    }

    void onInterestChange(Peer peer, PeerConnection c, boolean interested) {
        if (tracing) {
            Peer remote = peerOnNode(c.remote.id());
            tellTracing(l -> l.onInterestChange(peer, remote, interested));
        }
    }

    void onEndGame(Peer peer) {
        if (tracing) {
            tellTracing(l -> l.onEndGame(peer));
        }
    }

    void onSnubbed(Peer peer, PeerConnection c) {
        if (tracing) {
            Peer remote = peerOnNode(c.remote.id());
            tellTracing(l -> l.onSnubbed(peer, remote));
        }
    }

    void onConnectionOpened(Peer peer, PeerConnection c, boolean outgoing) {
        if (tracing) {
            Peer remote = peerOnNode(c.remote.id());
            tellTracing(l -> l.onConnectionOpened(peer, remote, outgoing));
        }
    }

    void onConnectionClosed(Peer peer, PeerConnection c, String reason) {
        if (tracing) {
            Peer remote = peerOnNode(c.remote.id());
            tellTracing(l -> l.onConnectionClosed(peer, remote, reason));
        }
    }

    /** Tells every listener (called only while tracing: the lambda is not allocated otherwise). */
    private void tellTracing(java.util.function.Consumer<SwarmListener> call) {
        for (SwarmListener l : listeners) {
            call.accept(l);
        }
    }

    /** A tracker exchange arrived: {@code toTracker}, an announce at {@code tracker}; else its response at {@code peer}. */
    void traceTrackerMessage(long arrivalNanos, Peer peer, Node tracker, boolean toTracker, Message m) {
        if (tracing && peer != null) {
            for (SwarmListener l : listeners) {
                l.onTrackerMessage(arrivalNanos, peer, tracker.name(), toTracker, m);
            }
        }
    }

    /** {@code arrivalNanos}: when the message arrived (earlier than now for a deferred have). */
    void traceMessage(long arrivalNanos, int fromNode, Peer to, Message m) {
        if (tracing) {
            Peer from = peerOnNode(fromNode);
            for (SwarmListener l : listeners) {
                l.onMessage(arrivalNanos, from, to, m);
            }
        }
    }

    // ------------------------------------------------------------------ invariants

    /**
     * Swarm-wide invariants, for tests (call after every event); see {@link SwarmInvariants}.
     *
     * @throws IllegalStateException naming the first one broken
     */
    public void checkInvariants() {
        SwarmInvariants.check(this);
    }

    /** Configures and builds a {@link Swarm}. */
    public static final class Builder {
        private final Scheduler sim;
        private final Network network;
        private final PieceLayout layout;
        private final InfoHash infoHash;
        private final RandomStreams streams;
        private PeerConfig config = PeerConfig.defaults();
        private ChokerConfig chokerConfig = ChokerConfig.defaults();
        private Supplier<PieceSelection> selection = () -> org.swarmsim.bittorrent.picker.RarestFirstSelection.INSTANCE;
        private Function<ChokerConfig, Choker> leecherChoker;
        private Function<ChokerConfig, Choker> seedChoker;
        private String announceUrl = "http://tracker.swarmsim.invalid:6969/announce";
        private boolean deferKnownHaves = true;
        private boolean pullHaves;
        private boolean pullHavesWhileTracing;
        private List<Extension> extensions = List.of();
        private PieceTree pieceTree;
        private boolean piecesNeedTree;

        private Builder(Scheduler sim, Network network, PieceLayout layout, InfoHash infoHash, RandomStreams streams) {
            this.sim = sim;
            this.network = network;
            this.layout = layout;
            this.infoHash = infoHash;
            this.streams = streams;
        }

        public Builder peerConfig(PeerConfig c) {
            this.config = c;
            return this;
        }

        public Builder chokerConfig(ChokerConfig c) {
            this.chokerConfig = c;
            return this;
        }

        /** Piece selection for new pieces; called once per peer (selections may keep state). */
        public Builder selection(Supplier<PieceSelection> s) {
            this.selection = s;
            return this;
        }

        public Builder leecherChoker(Supplier<Choker> c) {
            this.leecherChoker = cfg -> c.get();
            return this;
        }

        public Builder seedChoker(Supplier<Choker> c) {
            this.seedChoker = cfg -> c.get();
            return this;
        }

        /**
         * The leechers' choker made for each peer from its own numbers (the swarm's, with the
         * regular slots of its active set: {@link ChokerConfig#forUploadRate}).
         */
        public Builder leecherChokers(Function<ChokerConfig, Choker> perPeer) {
            this.leecherChoker = perPeer;
            return this;
        }

        /** The seeds' choker made for each peer from its own numbers, as {@link #leecherChokers}. */
        public Builder seedChokers(Function<ChokerConfig, Choker> perPeer) {
            this.seedChoker = perPeer;
            return this;
        }

        public Builder announceUrl(String url) {
            this.announceUrl = url;
            return this;
        }

        /**
         * The protocol extensions (BEP 10 plug-ins) every peer gets, in this order, which gives
         * their local extended ids 1..n; names must be distinct. None by default: peers then
         * speak plain BEP 3 and ignore extended messages.
         */
        public Builder extensions(List<Extension> list) {
            this.extensions = checkedExtensions(list);
            return this;
        }

        /**
         * A v2 or hybrid torrent (BEP 52): {@code tree} is its file's merkle tree above the piece
         * layer, which peers that joined from a magnet link fetch with hash requests
         * ({@link PieceHashes}); {@code v2Only} when pieces have no v1 hash, so a piece's check waits
         * for its piece-layer hash. The layout must be the tree's file. None by default (v1).
         */
        public Builder pieceTree(PieceTree tree, boolean v2Only) {
            if (tree.pieceCount() != layout.pieceCount()) {
                throw new IllegalArgumentException("the piece tree has " + tree.pieceCount() + " pieces, the layout "
                        + layout.pieceCount());
            }
            this.pieceTree = tree;
            this.piecesNeedTree = v2Only;
            return this;
        }

        /**
         * Whether a {@code have} for a piece the receiver has already announced goes without a
         * delivery event of its own (default true). It changes no decision, so runs without it differ only in
         * the order of events that fall on the same nanosecond; tests turn it off to check that.
         */
        Builder deferKnownHaves(boolean on) {
            this.deferKnownHaves = on;
            return this;
        }

        /**
         * Whether a {@code have} that only counts at its receiver (interested, choked by the
         * sender, no fast extension) goes on demand, without a delivery event of its own (default
         * false; never while tracing unless {@code whileTracing}). Tests turn it on, also while
         * tracing, to check that runs are the same either way.
         */
        Builder pullHaves(boolean on, boolean whileTracing) {
            this.pullHaves = on;
            this.pullHavesWhileTracing = whileTracing;
            return this;
        }

        /**
         * Experimental, off by default: haves that only count at their receiver go on demand
         * ({@link Have#onDemand}), without a delivery event. The same run to the nanosecond when no
         * two haves reach a peer on one nanosecond ({@code OnDemandHaveTest}); where they do
         * (constant latency, hundreds of peers), the pulled ones are applied in another order than
         * the event queue's, the picker's random tie-breaks differ, and the run can differ.
         */
        public Builder onDemandHaves(boolean on) {
            return pullHaves(on, false);
        }

        public Swarm build() {
            if (leecherChoker == null) {
                leecherChoker = org.swarmsim.bittorrent.choker.TitForTatChoker::new;
            }
            if (seedChoker == null) {
                seedChoker = org.swarmsim.bittorrent.choker.UploadRateSeedChoker::new;
            }
            return new Swarm(this);
        }
    }
}
