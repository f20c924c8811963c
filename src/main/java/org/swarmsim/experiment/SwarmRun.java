package org.swarmsim.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.swarmsim.bittorrent.choker.ChokerConfig;
import org.swarmsim.bittorrent.metainfo.InfoHash;
import org.swarmsim.bittorrent.metainfo.Torrent;
import org.swarmsim.bittorrent.peer.Peer;
import org.swarmsim.bittorrent.peer.PeerConfig;
import org.swarmsim.bittorrent.peer.PeerSpec;
import org.swarmsim.bittorrent.peer.Swarm;
import org.swarmsim.bittorrent.peer.SwarmListener;
import org.swarmsim.bittorrent.piece.PieceLayout;
import org.swarmsim.bittorrent.tracker.Tracker;
import org.swarmsim.metrics.PeerRecord;
import org.swarmsim.metrics.PeerTable;
import org.swarmsim.metrics.RunSummary;
import org.swarmsim.metrics.TimeSeries;
import org.swarmsim.net.Network;
import org.swarmsim.kademlia.DhtConfig;
import org.swarmsim.kademlia.DhtNetwork;
import org.swarmsim.kademlia.DhtNode;
import org.swarmsim.net.Datagrams;
import org.swarmsim.net.Node;
import org.swarmsim.overlay.NodeId;
import org.swarmsim.scenario.ChokerSpec;
import org.swarmsim.scenario.DiscoverySpec;
import org.swarmsim.sim.random.RandomStream;
import java.util.ArrayList;
import org.swarmsim.scenario.ProtocolSpec;
import org.swarmsim.scenario.Scenario;
import org.swarmsim.scenario.TorrentSpec;
import org.swarmsim.scenario.TrackerSpec;
import org.swarmsim.sim.SimTime;
import org.swarmsim.sim.Simulation;
import org.swarmsim.sim.random.RandomStreams;

/**
 * One simulation of a scenario: builds the network, tracker and peers, runs until the scenario's
 * duration or until every leecher has completed or left (whichever is first), and collects the
 * time series and the per-peer table. Deterministic: the result depends only on the scenario and
 * the replication index (substream of the scenario's seed).
 */
public final class SwarmRun {
    /** Progress, reported between simulation steps (the CLI draws its bar from this). */
    public interface Progress {
        void update(long simNanos, long durationNanos, int leechersDone, int leechersTotal, long events);
    }

    /** What a run produced. */
    public record Result(TimeSeries timeSeries, PeerTable peers, long events, long endNanos, int leechersTotal,
                         int leechersDone, long seed, int replication) {
        /** The run's {@code summary.json}, given the wall time it took. */
        public RunSummary summary(double wallS) {
            return RunSummary.builder(peers)
                    .events(events)
                    .wallS(wallS)
                    .seed(seed)
                    .put("replication", replication)
                    .put("sim_end_s", SimTime.toSeconds(endNanos))
                    .build();
        }
    }

    private final Scenario scenario;
    private final int replication;
    private SwarmListener extraListener;

    public SwarmRun(Scenario scenario, int replication) {
        this.scenario = scenario;
        this.replication = replication;
    }

    /** Adds a listener (e.g. the trace writer) to the swarm; call before {@link #run}. */
    public SwarmRun listener(SwarmListener l) {
        this.extraListener = l;
        return this;
    }

    public Result run(Progress progress) {
        RandomStreams streams = new RandomStreams(scenario.seed(), replication);
        Simulation sim = new Simulation(1 << 12);
        Network network = new Network(sim, LatencyModels.build(scenario.network().latency(), streams));

        TorrentSpec ts = scenario.torrent();
        ProtocolSpec proto = scenario.protocol();
        long totalBytes;
        int pieceBytes;
        InfoHash infoHash;
        if (ts.file() != null) {
            Torrent t;
            try {
                t = Torrent.read(ts.file());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read torrent " + ts.file(), e);
            }
            totalBytes = t.totalBytes();
            pieceBytes = t.pieceLengthBytes();
            infoHash = t.infoHash();
        } else {
            totalBytes = ts.sizeBytes();
            pieceBytes = Math.toIntExact(ts.pieceLengthBytes());
            infoHash = Torrent.synthetic(scenario.name(), totalBytes, pieceBytes).infoHash();
        }
        PieceLayout layout = new PieceLayout(totalBytes, pieceBytes, Math.toIntExact(proto.blockSizeBytes()));

        ChokerConfig cc = chokerConfig(proto);
        TrackerSpec tr = scenario.tracker();
        PeerConfig pc = new PeerConfig(proto.pipelineDepth(), proto.maxConnections(), proto.connectionSlack(),
                proto.maxInitiated(),
                Math.min(20, proto.maxConnections()), 2, proto.endGame(), proto.keepaliveNanos(), 2, tr.numwant());
        Swarm swarm = Swarm.builder(sim, network, layout, infoHash, streams)
                .peerConfig(pc)
                .chokerConfig(cc)
                .selection(() -> Policies.PICKERS.create(proto.picker(), proto))
                .leecherChoker(() -> Policies.CHOKERS.create(proto.choker().policy(), cc))
                .seedChoker(() -> Policies.SEED_RULES.create(proto.choker().seedRule(), cc))
                .build();
        DiscoverySpec discovery = scenario.discovery();
        if (discovery.usesTracker()) {
            Tracker tracker = swarm.addTracker(100_000_000, 100_000_000,
                    (int) Math.max(1, tr.intervalNanos() / SimTime.NANOS_PER_SECOND), 30, tr.numwant(),
                    tr.seedersGetLeechersOnly());
            if (tr.goesOffline()) {
                tracker.goOfflineAt(tr.offlineAtNanos());
            }
        }
        DhtNetwork dht = null;
        if (discovery.usesDht()) {
            dht = addDht(discovery, sim, network, swarm, streams);
        }
        List<PeerSpec> specs = PopulationPlan.of(scenario, streams);
        for (PeerSpec spec : specs) {
            swarm.addPeer(spec);
        }
        if (extraListener != null) {
            swarm.addListener(extraListener);
            swarm.setTracing(true);
        }

        SwarmSampler sampler = new SwarmSampler(swarm, network, dht);
        long step = scenario.metrics().sampleIntervalNanos();
        long end = scenario.durationNanos();
        sampler.sample(0);
        int leechersTotal = swarm.leechersExpected();
        while (sim.now() < end) {
            sim.run(Math.min(end, sim.now() + step));
            sampler.sample(sim.now());
            int done = leechersFinished(swarm);
            if (progress != null) {
                progress.update(sim.now(), end, swarm.completedLeechers(), leechersTotal, sim.eventsRun());
            }
            if (done == leechersTotal && allJoined(swarm, sim.now())) {
                break;
            }
        }
        network.deliverDeferred();
        return new Result(sampler.series(), peerTable(swarm), sim.eventsRun(), sim.now(), leechersTotal,
                swarm.completedLeechers(), scenario.seed(), replication);
    }

    /**
     * Every peer also runs a DHT node: always-on bootstrap nodes on their own hosts join first,
     * then each peer's node joins through them when the peer joins.
     */
    static DhtNetwork addDht(DiscoverySpec d, Simulation sim, Network network, Swarm swarm, RandomStreams streams) {
        DhtNetwork dht = new DhtNetwork(network, new Datagrams(network),
                DhtConfig.bep5().withK(d.k()).withAlpha(d.alpha()));
        RandomStream ids = streams.stream("dht", "ids");
        List<DhtNode> bootstrap = new ArrayList<>();
        for (int i = 0; i < d.bootstrapNodes(); i++) {
            Node host = network.addNode("dht-bootstrap-" + i, 10_000_000, 10_000_000);
            DhtNode node = dht.addNode(NodeId.random(ids), host, streams.stream("dht", "bootstrap", i));
            node.join(List.copyOf(bootstrap), r -> { });
            bootstrap.add(node);
        }
        List<DhtNode> entry = List.copyOf(bootstrap);
        swarm.addPeerSource(peer -> new DhtPeerSource(peer,
                dht.addNode(NodeId.random(streams.stream("dht", "peer", peer.index(), "id")), peer.node(),
                        streams.stream("dht", "peer", peer.index())),
                entry, sim, d.reannounceNanos()));
        return dht;
    }

    static ChokerConfig chokerConfig(ProtocolSpec proto) {
        ChokerSpec c = proto.choker();
        long rounds = c.optimisticIntervalNanos() / c.rechokeIntervalNanos();
        if (rounds < 1 || rounds * c.rechokeIntervalNanos() != c.optimisticIntervalNanos()) {
            throw new IllegalArgumentException("protocol.choker.optimistic_interval must be a whole multiple of "
                    + "rechoke_interval (given " + SimTime.toSeconds(c.optimisticIntervalNanos()) + " s and "
                    + SimTime.toSeconds(c.rechokeIntervalNanos()) + " s)");
        }
        ChokerConfig d = ChokerConfig.defaults();
        return new ChokerConfig(c.regularSlots(), c.optimisticSlots(), c.rechokeIntervalNanos(), (int) rounds,
                c.windowNanos(), proto.snubTimeoutNanos(), d.newPeerWindowNanos(), d.newPeerWeight(),
                d.minRegularBytesInWindow(), d.recentUnchokeWindowNanos());
    }

    /** Leechers that completed or left without completing. */
    private static int leechersFinished(Swarm swarm) {
        int n = 0;
        for (Peer p : swarm.peers()) {
            if (!p.spec().initialSeed() && (p.completionNanos() >= 0 || p.state() == Peer.State.LEFT)) {
                n++;
            }
        }
        return n;
    }

    private static boolean allJoined(Swarm swarm, long now) {
        for (Peer p : swarm.peers()) {
            if (p.spec().joinNanos() > now) {
                return false;
            }
        }
        return true;
    }

    static PeerTable peerTable(Swarm swarm) {
        PeerTable t = new PeerTable();
        for (Peer p : swarm.peers()) {
            PeerSpec s = p.spec();
            boolean joined = p.state() != Peer.State.WAITING;
            t.add(new PeerRecord(p.index(), s.initialSeed() ? "seed:" + s.capacityClass() : s.capacityClass(),
                    s.behaviour().name(), s.uploadBytesPerSecond(), s.downloadBytesPerSecond(),
                    joined ? SimTime.toSeconds(s.joinNanos()) : Double.NaN,
                    p.completionNanos() >= 0 && !s.initialSeed() ? SimTime.toSeconds(p.completionNanos()) : Double.NaN,
                    p.leaveNanos() >= 0 ? SimTime.toSeconds(p.leaveNanos()) : Double.NaN,
                    p.bytesFromSeeds(), p.bytesFromLeechers(), p.bytesUploaded()));
        }
        return t;
    }
}
