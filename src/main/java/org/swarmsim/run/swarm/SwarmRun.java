package org.swarmsim.run.swarm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.swarmsim.bittorrent.metainfo.InfoHash;
import org.swarmsim.bittorrent.metainfo.MetaVersion;
import org.swarmsim.bittorrent.metainfo.PieceTree;
import org.swarmsim.bittorrent.metainfo.Torrent;
import org.swarmsim.bittorrent.metainfo.TorrentFile;
import org.swarmsim.bittorrent.mse.EncryptionPolicy;
import org.swarmsim.bittorrent.peer.Peer;
import org.swarmsim.bittorrent.peer.PeerSpec;
import org.swarmsim.bittorrent.peer.Swarm;
import org.swarmsim.bittorrent.peer.SwarmListener;
import org.swarmsim.bittorrent.peer.SwarmStatistics;
import org.swarmsim.bittorrent.piece.PieceLayout;
import org.swarmsim.discovery.SwarmSetup;
import org.swarmsim.net.Network;
import org.swarmsim.run.Probe;
import org.swarmsim.run.Progress;
import org.swarmsim.run.RunRequest;
import org.swarmsim.scenario.Scenario;
import org.swarmsim.sim.SimTime;
import org.swarmsim.sim.Simulation;
import org.swarmsim.sim.random.RandomStreams;

/**
 * One simulation of a swarm scenario: builds the network, the discovery sources and the peers,
 * runs until the scenario's duration or until every leecher has completed or left (whichever is
 * first; checked at each sample), and collects the time series and the per-peer records.
 * Deterministic: the result depends only on the scenario and the replication index (substream of
 * the scenario's seed).
 */
final class SwarmRun {
    private SwarmRun() {
    }

    static SwarmResult run(Scenario scenario, RunRequest request) {
        SwarmSpec spec = scenario.section(SwarmSpec.class);
        RandomStreams streams = new RandomStreams(scenario.seed(), request.replication());
        Simulation sim = new Simulation(1 << 12);
        request.attach(sim);
        Network network = new Network(sim, scenario.network().latency().build(streams));
        ProtocolSpec proto = spec.protocol();
        TorrentSpec ts = spec.torrent();
        Torrent torrent;
        if (ts.file() != null) {
            try {
                torrent = Torrent.read(ts.file());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read torrent " + ts.file(), e);
            }
        } else {
            int piece = Math.toIntExact(ts.pieceLengthBytes());
            torrent = ts.version().equals("1")
                    ? Torrent.synthetic(scenario.name(), ts.sizeBytes(), piece, List.of(), ts.privateFlag())
                    : Torrent.syntheticV2(scenario.name(), ts.sizeBytes(), piece, List.of(), ts.privateFlag(),
                            ts.version().equals("hybrid"));
        }
        PieceLayout layout = new PieceLayout(torrent.totalBytes(), torrent.pieceLengthBytes(),
                Math.toIntExact(proto.blockSizeBytes()));
        InfoHash infoHash = torrent.infoHash();
        var cc = proto.chokerConfig();
        Swarm.Builder builder = Swarm.builder(sim, network, layout, infoHash, streams)
                .peerConfig(proto.peerConfig(spec.tracker().numwant()))
                .chokerConfig(cc)
                .selection(() -> SwarmPolicies.PICKERS.create(proto.picker(), proto))
                .leecherChokers(peerCc -> SwarmPolicies.CHOKERS.create(proto.choker().policy(), peerCc))
                .seedChokers(peerCc -> SwarmPolicies.SEED_RULES.create(proto.choker().seedRule(), peerCc))
                // experimental (results/benchmarks/README.md): not exact when events share a nanosecond
                .onDemandHaves(Boolean.getBoolean("swarmsim.onDemandHaves"));
        if (torrent.version() != MetaVersion.V1) {
            builder.pieceTree(PieceTree.of(torrent, v2File(torrent)), torrent.version() == MetaVersion.V2);
        }
        Swarm swarm = builder.build();
        if (proto.usesEncryption()) {
            swarm.encryptionPolicies((index, peer) -> encryptionOf(proto.encryption(), streams, index));
        }
        SwarmSetup setup = new SwarmSetup(swarm, network, sim, streams, spec.tracker().config(),
                spec.tracker().plan());
        spec.discovery().installAll(setup);
        TorrentExtensions.install(setup, torrent, layout, spec);
        DiscoveryRecorder recorder = new DiscoveryRecorder();
        swarm.addListener(recorder);
        double magnetShare = spec.population().leechers().magnetShare();
        java.util.BitSet magnet = new java.util.BitSet();
        for (PeerSpec p : PopulationPlan.of(scenario, streams)) {
            int index = swarm.peers().size();
            boolean byMagnet = !p.initialSeed() && magnetShare > 0
                    && streams.stream("peer", index, "magnet").nextDouble() < magnetShare;
            Peer peer = byMagnet ? swarm.addPeerWithoutMetadata(p, setup.extensionsFor(p))
                    : swarm.addPeer(p, setup.extensionsFor(p));
            if (byMagnet) {
                magnet.set(peer.index());
            }
        }
        if (request.trace() != null) {
            swarm.addListener(new SwarmTrace(request.trace(), sim));
        }
        for (Probe probe : request.probes()) {
            if (probe instanceof SwarmListener l) {
                swarm.addListener(l);
            }
        }

        SwarmStatistics stats = swarm.statistics();
        SwarmSampler sampler = new SwarmSampler(stats, swarm.peers(), layout.pieceCount(), network,
                SwarmOutputs.SERIES.with(setup.columns()));
        long step = scenario.metrics().sampleIntervalNanos();
        long end = scenario.durationNanos();
        sample(sampler, request, 0);
        int leechersTotal = swarm.leechersExpected();
        long lastJoin = lastJoinNanos(swarm);
        if (request.progress() != null) {
            request.progress().started(end, sim::now, () -> stats.onlineSeeds() + stats.onlineLeechers());
        }
        while (sim.now() < end) {
            sim.run(Math.min(end, sim.now() + step));
            sample(sampler, request, sim.now());
            int finished = leechersFinished(swarm);
            if (request.progress() != null) {
                int done = stats.completedLeechers();
                request.progress().update(new Progress.Status(sim.now(), end,
                        work(finished, leechersTotal, stats.payloadBytes(), layout.totalBytes()), lastJoin,
                        detail(sim.now(), done, leechersTotal), sim.eventsRun(), stats.onlineSeeds() + stats.onlineLeechers()));
            }
            if (finished == leechersTotal && allJoined(swarm, sim.now())) {
                break;
            }
        }
        network.deliverDeferred();
        return new SwarmResult(sampler.series(), records(swarm, recorder, magnet), sim.eventsRun(), sim.now(), leechersTotal,
                stats.completedLeechers(), scenario.seed(), request.replication());
    }

    /** A peer's MSE policy: the only one given, else drawn by share on the peer's own stream. */
    static EncryptionPolicy encryptionOf(java.util.Map<String, Double> shares, RandomStreams streams, int index) {
        if (shares.size() == 1) {
            return EncryptionPolicy.valueOf(shares.keySet().iterator().next().toUpperCase(Locale.ROOT));
        }
        double u = streams.stream("peer", index, "encryption").nextDouble();
        double cumulative = 0;
        String last = null;
        for (java.util.Map.Entry<String, Double> e : shares.entrySet()) {
            cumulative += e.getValue();
            last = e.getKey();
            if (u < cumulative) {
                break;
            }
        }
        return EncryptionPolicy.valueOf(last.toUpperCase(Locale.ROOT));
    }

    /** The one file of a v2 or hybrid torrent the simulated swarm shares (pad files aside). */
    private static TorrentFile v2File(Torrent torrent) {
        List<TorrentFile> files = torrent.files().stream().filter(f -> f.piecesRoot().isPresent()).toList();
        if (files.size() != 1) {
            throw new IllegalArgumentException("a simulated swarm of a v2 or hybrid torrent shares one file; "
                    + torrent.name() + " has " + files.size());
        }
        return files.get(0);
    }

    private static void sample(SwarmSampler sampler, RunRequest request, long now) {
        sampler.sample(now);
        for (Probe p : request.probes()) {
            p.sample(now);
        }
    }

    /**
     * How much of what ends a swarm run early is done: the larger of the leechers finished (completed
     * or left) and the payload delivered, as shares of the leechers that will join and of the bytes
     * they need in all. The bytes move smoothly where completions come in a burst (a flash crowd).
     */
    static double work(int finished, int total, long payloadBytes, long contentBytes) {
        if (total == 0) {
            return 1;
        }
        double byPeers = (double) finished / total;
        double byBytes = contentBytes > 0 ? payloadBytes / ((double) total * contentBytes) : 0;
        return Math.min(1, Math.max(byPeers, byBytes));
    }

    private static long lastJoinNanos(Swarm swarm) {
        long last = 0;
        for (Peer p : swarm.peers()) {
            last = Math.max(last, p.spec().joinNanos());
        }
        return last;
    }

    static String detail(long simNanos, int done, int total) {
        return String.format(Locale.ROOT, "sim %.0fs  leechers done %d/%d", SimTime.toSeconds(simNanos), done, total);
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

    static List<PeerRecord> records(Swarm swarm, DiscoveryRecorder recorder, java.util.BitSet magnet) {
        SwarmStatistics stats = swarm.statistics();
        List<PeerRecord> records = new ArrayList<>();
        for (Peer p : swarm.peers()) {
            PeerSpec s = p.spec();
            boolean joined = p.state() != Peer.State.WAITING;
            records.add(new PeerRecord(p.index(), s.capacityClass(), s.initialSeed(), s.behaviour().name(),
                    s.uploadBytesPerSecond(), s.downloadBytesPerSecond(),
                    joined ? SimTime.toSeconds(s.joinNanos()) : Double.NaN,
                    p.completionNanos() >= 0 && !s.initialSeed() ? SimTime.toSeconds(p.completionNanos()) : Double.NaN,
                    p.leaveNanos() >= 0 ? SimTime.toSeconds(p.leaveNanos()) : Double.NaN,
                    stats.bytesFromInitialSeeds(p), stats.bytesFromCompleted(p), stats.bytesFromLeechers(p),
                    stats.bytesUploaded(p),
                    recorder.of(p, magnet.get(p.index()))));
        }
        return records;
    }
}
