package org.swarmsim.run.dhtlookups;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.RealDistribution;
import org.swarmsim.kademlia.DhtConfig;
import org.swarmsim.kademlia.DhtNetwork;
import org.swarmsim.kademlia.DhtNode;
import org.swarmsim.kademlia.LookupResult;
import org.swarmsim.metrics.TimeSeries;
import org.swarmsim.net.Datagrams;
import org.swarmsim.net.Network;
import org.swarmsim.net.Node;
import org.swarmsim.overlay.ChurnProcess;
import org.swarmsim.overlay.NodeId;
import org.swarmsim.overlay.OverlaySampler;
import org.swarmsim.overlay.Participant;
import org.swarmsim.run.Progress;
import org.swarmsim.run.RunRequest;
import org.swarmsim.run.Shares;
import org.swarmsim.scenario.CapacityClass;
import org.swarmsim.scenario.ChurnSpec;
import org.swarmsim.scenario.DistributionSpec;
import org.swarmsim.scenario.Scenario;
import org.swarmsim.sim.SimTime;
import org.swarmsim.sim.Simulation;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

/**
 * One run of a {@code kind: dht_lookups} scenario. Node 0 is the bootstrap node: it starts the
 * network at time 0 and never churns (like router.bittorrent.com). Node i joins at
 * {@code i * join_interval} through it. Once all have joined ({@link DhtLookupSpec#lookupsStartNanos()}),
 * churn starts if configured (every other node: online for a first session that is a uniform
 * fraction of a session draw, so that departures do not come in a burst, then offline and online
 * periods drawn from the scenario's distributions; a rejoining node keeps its id and routing
 * table), and lookups of random ids start from random online nodes as a Poisson process until
 * the scenario's duration. The run then continues (no new lookups) until every started lookup
 * has finished or been abandoned because its node went offline, at most
 * {@link #DRAIN_LIMIT_NANOS} longer.
 *
 * <p>Only these measured lookups go into {@code lookups.csv} (not the joins' or bucket refreshes'
 * lookups), judged against the true k closest online nodes when they finish. The time series is
 * sampled every {@code metrics.sample_interval}. Deterministic: the result depends only on the
 * scenario and the replication (substream of its seed); every node has its own streams.
 */
final class DhtLookupRun {
    /** How long after the lookup period the run waits for lookups still in flight. */
    static final long DRAIN_LIMIT_NANOS = SimTime.seconds(300);
    /** Churn draws shorter than this are taken as this, so zero-length sessions cannot loop at one instant. */
    static final long MIN_CHURN_PERIOD_NANOS = SimTime.millis(1);

    private final Scenario scenario;
    private final DhtLookupSpec spec;
    private final int replication;

    private Simulation sim;
    private DhtNetwork dht;
    private Datagrams datagrams;
    private DhtNode[] nodes;
    private int[] inFlight;
    private final List<LookupRecord> table = new ArrayList<>();
    private long started;
    private long finished;
    private long abandoned;
    private ChurnProcess<Churning> churn;
    private int intervalLookups;
    private int intervalSuccesses;
    private Progress progress;
    private boolean joinsReported;

    DhtLookupRun(Scenario scenario, int replication) {
        this.scenario = scenario;
        this.spec = scenario.section(DhtLookupSpec.class);
        this.replication = replication;
    }

    /** Runs the scenario once. */
    DhtLookupResult run(RunRequest request) {
        RandomStreams streams = new RandomStreams(scenario.seed(), replication);
        progress = request.progress();
        sim = new Simulation(1 << 12);
        request.attach(sim);
        Network network = new Network(sim, scenario.network().latency().build(streams));
        datagrams = new Datagrams(network);
        DhtConfig config = DhtConfig.bep5().withK(spec.k()).withAlpha(spec.alpha())
                .withTermination(DhtLookupsKind.TERMINATIONS.create(spec.termination(), null));
        dht = new DhtNetwork(network, datagrams, config);
        dht.setJudgeLookups(false);   // the joins' lookups are not measured: no need to find their true closest
        buildAndJoin(network, streams, request.trace());

        long start = spec.lookupsStartNanos();
        long end = scenario.durationNanos();
        if (spec.hasChurn()) {
            sim.scheduleAt(start, () -> startChurn(streams));
        }
        RandomStream lookups = streams.stream("dht", "lookups");
        sim.scheduleAt(start + gapNanos(lookups), () -> nextLookup(lookups, end));

        TimeSeries series = DhtLookupOutputs.SERIES.newSeries();
        long step = scenario.metrics().sampleIntervalNanos();
        OverlaySampler overlay = new OverlaySampler(dht.nodes(), datagrams);
        sample(series, overlay, request);
        long limit = end + DRAIN_LIMIT_NANOS;
        while (sim.now() < end || (finished + abandoned < started && sim.now() < limit)) {
            sim.run(Math.min(sim.now() < end ? end : limit, sim.now() + step));
            sample(series, overlay, request);
            if (request.progress() != null) {
                request.progress().update(Progress.Status.byTime(sim.now(), end, detail(sim.now(), table.size()),
                        sim.eventsRun(), spec.nodes()));
            }
        }
        return new DhtLookupResult(series, table, sim.eventsRun(), sim.now(), scenario.seed(), replication,
                spec.nodes(), started, abandoned, churn == null ? 0 : churn.departures(), datagrams.sent(),
                datagrams.bytesSent());
    }

    /**
     * Creates every node on its own host (capacity classes in exact proportions), starts the
     * trace if there is one ({@code trace} non-null), and schedules the joins.
     */
    private void buildAndJoin(Network network, RandomStreams streams, org.swarmsim.metrics.TraceWriter trace) {
        int n = spec.nodes();
        List<CapacityClass> classes = scenario.network().classes();
        int[] classOf = Shares.shuffledAssignment(classes.stream().mapToDouble(CapacityClass::share).toArray(),
                n, streams.stream("dht", "classes"));
        RandomStream ids = streams.stream("dht", "ids");
        nodes = new DhtNode[n];
        inFlight = new int[n];
        for (int i = 0; i < n; i++) {
            CapacityClass c = classes.get(classOf[i]);
            Node host = network.addNode("dht" + i, c.uploadBytesPerSecond(), c.downloadBytesPerSecond());
            network.setOnline(host, false);
            nodes[i] = dht.addNode(NodeId.random(ids), host, streams.stream("dht", "node", i));
        }
        if (trace != null) {
            dht.observe(new DhtTrace(trace, sim, nodes[0].address()));
        }
        List<DhtNode> bootstrap = List.of(nodes[0]);
        nodes[0].join(List.of(), null);
        for (int i = 1; i < n; i++) {
            DhtNode node = nodes[i];
            sim.scheduleAt((long) i * spec.joinIntervalNanos(), () -> node.join(bootstrap, null));
        }
    }

    private long gapNanos(RandomStream r) {
        double u = r.nextDouble();
        return Math.max(1, SimTime.seconds(-StrictMath.log(1 - u) / spec.lookupsPerSecond()));
    }

    /** Starts one lookup from a random online node and schedules the next, until {@code end}. */
    private void nextLookup(RandomStream r, long end) {
        if (sim.now() >= end) {
            return;
        }
        if (!joinsReported && progress != null) {
            joinsReported = true;
            progress.phaseEnded("join", sim.eventsRun() - 1);   // the events before this first lookup
        }
        dht.setJudgeLookups(true);
        DhtNode origin = randomOnline(r);
        NodeId target = NodeId.random(r);
        if (origin != null) {
            int index = indexOf(origin);
            started++;
            inFlight[index]++;
            origin.lookup(target, result -> finished(index, result));
        }
        sim.schedule(gapNanos(r), () -> nextLookup(r, end));
    }

    /** A uniformly random online node (by rejection; node 0 never churns, so one exists). */
    private DhtNode randomOnline(RandomStream r) {
        for (int tries = 0; tries < 100_000; tries++) {
            DhtNode node = nodes[r.nextInt(nodes.length)];
            if (node.isOnline()) {
                return node;
            }
        }
        return nodes[0].isOnline() ? nodes[0] : null;
    }

    private int indexOf(DhtNode node) {
        // Hosts are created in node order, each node on its own host, so the address is the index
        // plus the address of node 0 (0 unless the network had hosts before).
        return node.address() - nodes[0].address();
    }

    private void finished(int index, LookupResult r) {
        inFlight[index]--;
        finished++;
        intervalLookups++;
        intervalSuccesses += r.success() ? 1 : 0;
        table.add(new LookupRecord(r.startNanos(), r.origin(), r.target().toString(), "find_node", r.rounds(),
                r.messagesSent(), r.timeouts(), r.latencyNanos(), r.success(), r.exact()));
    }

    private void startChurn(RandomStreams streams) {
        ChurnSpec durations = spec.churn();
        List<DhtNode> bootstrap = List.of(nodes[0]);
        churn = new ChurnProcess<>(sim, MIN_CHURN_PERIOD_NANOS, c -> {
            abandoned += inFlight[c.index()];
            inFlight[c.index()] = 0;
        });
        for (int i = 1; i < nodes.length; i++) {
            RandomStream r = streams.stream("dht", "churn", i);
            RealDistribution session = durations.session().build(r);
            RealDistribution offline = durations.offline().build(r);
            if (nodes[i].isOnline()) {
                churn.startResidual(new Churning(i, nodes[i], bootstrap), () -> DistributionSpec.sampleNanos(session),
                        () -> DistributionSpec.sampleNanos(offline), r);
            }
        }
    }

    /** Node {@code index} under churn: it rejoins through the bootstrap node. */
    private record Churning(int index, DhtNode node, List<DhtNode> bootstrap) implements Participant {
        @Override
        public boolean isOnline() {
            return node.isOnline();
        }

        @Override
        public void goOnline() {
            node.join(bootstrap, null);
        }

        @Override
        public void goOffline() {
            node.leave();
        }
    }

    private void sample(TimeSeries series, OverlaySampler overlay, RunRequest request) {
        OverlaySampler.Sample o = overlay.sample(sim.now());
        DhtSample s = new DhtSample();
        s.timeS = SimTime.toSeconds(sim.now());
        s.nodesOnline = o.online();
        s.messagesPerS = o.messagesPerSecond();
        s.bytesPerS = o.bytesPerSecond();
        s.routingTableFill = o.meanTableFill();
        s.lookups = intervalLookups;
        s.successRate = intervalLookups > 0 ? intervalSuccesses / (double) intervalLookups : Double.NaN;
        DhtLookupOutputs.SERIES.sample(series, s);
        for (var probe : request.probes()) {
            probe.sample(sim.now());
        }
        intervalLookups = 0;
        intervalSuccesses = 0;
    }

    static String detail(long simNanos, int lookups) {
        return String.format(Locale.ROOT, "sim %.0fs  lookups done %d", SimTime.toSeconds(simNanos), lookups);
    }

    /** The nodes in creation order (node 0 is the bootstrap node); for tests. */
    List<DhtNode> nodes() {
        return nodes == null ? List.of() : new ArrayList<>(List.of(nodes));
    }
}
