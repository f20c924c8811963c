package org.swarmsim.bittorrent.peer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.swarmsim.bittorrent.choker.Choker;
import org.swarmsim.bittorrent.choker.ChokerConfig;
import org.swarmsim.bittorrent.metainfo.InfoHash;
import org.swarmsim.bittorrent.picker.PiecePicker;
import org.swarmsim.bittorrent.picker.PieceSelection;
import org.swarmsim.bittorrent.piece.Bitfield;
import org.swarmsim.bittorrent.piece.PieceLayout;
import org.swarmsim.bittorrent.tracker.Tracker;
import org.swarmsim.net.Message;
import org.swarmsim.net.Network;
import org.swarmsim.net.Node;
import org.swarmsim.sim.Scheduler;
import org.swarmsim.sim.Simulation;
import org.swarmsim.sim.random.RandomStreams;

/**
 * One torrent's swarm: the peers, the tracker, and the swarm-wide bookkeeping that metrics and
 * invariant checks need (who is online, copies of each piece among leechers, bytes moved).
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
    private final Simulation sim;
    private final Network network;
    private final PieceLayout layout;
    private final InfoHash infoHash;
    private final RandomStreams streams;
    private final PeerConfig config;
    private final ChokerConfig chokerConfig;
    private final Supplier<PieceSelection> selection;
    private final Supplier<Choker> leecherChoker;
    private final Supplier<Choker> seedChoker;
    private final String announceUrl;

    private final List<Peer> peers = new ArrayList<>();
    private Peer[] byNode = new Peer[64];
    private Tracker tracker;
    private final List<PeerSource.Factory> peerSources = new ArrayList<>();
    private final List<SwarmListener> listeners = new ArrayList<>();
    private boolean tracing;
    private final boolean deferKnownHaves;
    private final SharedMessages messages;

    private final int[] leecherCopies;     // online leechers holding each piece
    private int onlineSeeds;
    private int onlineLeechers;
    private int completedLeechers;
    private int leechersExpected;
    private long payloadBytes;

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
        this.deferKnownHaves = b.deferKnownHaves;
        this.leecherCopies = new int[layout.pieceCount()];
        this.messages = new SharedMessages(layout);
    }

    public static Builder builder(Simulation sim, Network network, PieceLayout layout, InfoHash infoHash,
                                  RandomStreams streams) {
        return new Builder(sim, network, layout, infoHash, streams);
    }

    // ------------------------------------------------------------------ building

    /**
     * Puts the tracker on a new node (capacities as given) and returns it; see {@link Tracker} for
     * {@code seedersGetLeechersOnly}.
     */
    public Tracker addTracker(long uploadBytesPerSecond, long downloadBytesPerSecond, int intervalSeconds,
                              int minIntervalSeconds, int maxNumwant, boolean seedersGetLeechersOnly) {
        if (tracker != null) {
            throw new IllegalStateException("the swarm has a tracker already");
        }
        Node node = network.addNode("tracker", uploadBytesPerSecond, downloadBytesPerSecond);
        tracker = new Tracker(network, node, streams.stream("tracker"), intervalSeconds, minIntervalSeconds,
                maxNumwant, seedersGetLeechersOnly);
        peerSources.add(TrackerClient::new);
        return tracker;
    }

    /** Creates a peer on a new (offline) node; it joins at {@code spec.joinNanos()}. */
    public Peer addPeer(PeerSpec spec) {
        int index = peers.size();
        Node node = network.addNode("peer" + index, spec.uploadBytesPerSecond(), spec.downloadBytesPerSecond());
        network.setOnline(node, false);
        Bitfield initial = spec.initialSeed() ? Bitfield.full(layout.pieceCount()) : new Bitfield(layout.pieceCount());
        PiecePicker picker = new PiecePicker(layout, initial, selection.get(), streams.stream("peer", index, "picker"));
        Peer peer = new Peer(this, index, spec, node, config, picker, leecherChoker.get(), seedChoker.get(),
                streams.stream("peer", index, "choker"));
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

    public void addListener(SwarmListener l) {
        listeners.add(l);
    }

    /** Calls {@link SwarmListener#onMessage} for every peer wire message (for {@code trace.jsonl}). */
    public void setTracing(boolean on) {
        this.tracing = on;
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

    public int onlineSeeds() {
        return onlineSeeds;
    }

    public int onlineLeechers() {
        return onlineLeechers;
    }

    /** Leechers (peers that did not start as seeds) that completed their download. */
    public int completedLeechers() {
        return completedLeechers;
    }

    /** Peers added that do not start as seeds. */
    public int leechersExpected() {
        return leechersExpected;
    }

    /** Payload bytes delivered in piece messages so far. */
    public long payloadBytes() {
        return payloadBytes;
    }

    /** Copies of {@code piece} held by online peers (seeds included). */
    public int availability(int piece) {
        return leecherCopies[piece] + onlineSeeds;
    }

    /** Copies of {@code piece} among online leechers only. */
    public int leecherCopies(int piece) {
        return leecherCopies[piece];
    }

    /** Pieces no online leecher holds: what would be lost if the seeds left now. */
    public int piecesMissingAmongLeechers() {
        int n = 0;
        for (int c : leecherCopies) {
            if (c == 0) {
                n++;
            }
        }
        return n;
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

    String announceUrl() {
        return announceUrl;
    }

    Peer peerOnNode(int nodeId) {
        return nodeId >= 0 && nodeId < byNode.length ? byNode[nodeId] : null;
    }

    // ------------------------------------------------------------------ events from peers

    void onJoined(Peer p) {
        if (p.isSeed()) {
            onlineSeeds++;
        } else {
            onlineLeechers++;
            addCopies(p.have(), +1);
        }
        for (SwarmListener l : listeners) {
            l.onPeerJoined(p);
        }
    }

    void onPieceVerified(Peer p, int piece) {
        leecherCopies[piece]++;
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
        addCopies(p.have(), -1);
        onlineLeechers--;
        onlineSeeds++;
        completedLeechers++;
        for (SwarmListener l : listeners) {
            l.onPeerCompleted(p);
        }
    }

    void onLeft(Peer p) {
        if (p.isSeed()) {
            onlineSeeds--;
        } else {
            onlineLeechers--;
            addCopies(p.have(), -1);
        }
        for (SwarmListener l : listeners) {
            l.onPeerLeft(p);
        }
    }

    void onPayload(long bytes) {
        payloadBytes += bytes;
    }

    /**
     * Whether a peer sends the {@code have} of a piece to a peer that has already announced it as
     * a deferrable message (no delivery event of its own; {@link Message#deliveryDeferrable}).
     */
    boolean defersKnownHaves() {
        return deferKnownHaves;
    }

    /** The swarm's shared have, request and piece messages. */
    SharedMessages messages() {
        return messages;
    }

    /** {@code arrivalNanos}: when the message arrived (earlier than now for a deferred have). */
    void traceMessage(long arrivalNanos, Peer from, Peer to, Message m) {
        if (tracing) {
            for (SwarmListener l : listeners) {
                l.onMessage(arrivalNanos, from, to, m);
            }
        }
    }

    private void addCopies(Bitfield have, int delta) {
        for (int p = have.nextSetBit(0); p >= 0; p = have.nextSetBit(p + 1)) {
            leecherCopies[p] += delta;
        }
    }

    // ------------------------------------------------------------------ invariants

    /**
     * Swarm-wide invariants, for tests (call after every event): every peer's own invariants; the
     * flags at both ends of each connection agree once the messages in flight have arrived (checked
     * where both sides are quiescent); payload uploaded equals payload downloaded; counters match a
     * recount.
     */
    public void checkInvariants() {
        long up = 0;
        long down = 0;
        int seeds = 0;
        int leechers = 0;
        int[] copies = new int[layout.pieceCount()];
        for (Peer p : peers) {
            p.checkInvariants();
            up += p.bytesUploaded();
            down += p.bytesDownloaded();
            if (p.isActive()) {
                if (p.isSeed()) {
                    seeds++;
                } else {
                    leechers++;
                    Bitfield h = p.have();
                    for (int i = h.nextSetBit(0); i >= 0; i = h.nextSetBit(i + 1)) {
                        copies[i]++;
                    }
                }
            }
            for (PeerConnection c : p.connectionsView()) {
                PeerConnection back = c.remote.connectionTo(p);
                if (back != null && back.remote == p) {
                    ConnectionFlags.checkPair(c, back);
                }
            }
        }
        if (up != down || down != payloadBytes) {
            throw new IllegalStateException("uploaded " + up + " != downloaded " + down + " (delivered " + payloadBytes + ")");
        }
        if (seeds != onlineSeeds || leechers != onlineLeechers) {
            throw new IllegalStateException("online seeds/leechers " + onlineSeeds + "/" + onlineLeechers
                    + " but recount gives " + seeds + "/" + leechers);
        }
        if (!java.util.Arrays.equals(copies, leecherCopies)) {
            throw new IllegalStateException("leecher piece copies disagree with a recount");
        }
    }

    /** Configures and builds a {@link Swarm}. */
    public static final class Builder {
        private final Simulation sim;
        private final Network network;
        private final PieceLayout layout;
        private final InfoHash infoHash;
        private final RandomStreams streams;
        private PeerConfig config = PeerConfig.defaults();
        private ChokerConfig chokerConfig = ChokerConfig.defaults();
        private Supplier<PieceSelection> selection = () -> org.swarmsim.bittorrent.picker.RarestFirstSelection.INSTANCE;
        private Supplier<Choker> leecherChoker;
        private Supplier<Choker> seedChoker;
        private String announceUrl = "http://tracker.swarmsim.invalid:6969/announce";
        private boolean deferKnownHaves = true;

        private Builder(Simulation sim, Network network, PieceLayout layout, InfoHash infoHash, RandomStreams streams) {
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
            this.leecherChoker = c;
            return this;
        }

        public Builder seedChoker(Supplier<Choker> c) {
            this.seedChoker = c;
            return this;
        }

        public Builder announceUrl(String url) {
            this.announceUrl = url;
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

        public Swarm build() {
            ChokerConfig cc = chokerConfig;
            if (leecherChoker == null) {
                leecherChoker = () -> new org.swarmsim.bittorrent.choker.TitForTatChoker(cc);
            }
            if (seedChoker == null) {
                seedChoker = () -> new org.swarmsim.bittorrent.choker.LegoutSeedChoker(cc);
            }
            return new Swarm(this);
        }
    }
}
