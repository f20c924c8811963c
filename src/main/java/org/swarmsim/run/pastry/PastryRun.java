package org.swarmsim.run.pastry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.RealDistribution;
import org.swarmsim.metrics.TimeSeries;
import org.swarmsim.net.Datagrams;
import org.swarmsim.net.LatencyModel;
import org.swarmsim.net.Network;
import org.swarmsim.net.Node;
import org.swarmsim.overlay.ChurnProcess;
import org.swarmsim.overlay.IdSpace;
import org.swarmsim.overlay.NodeId;
import org.swarmsim.overlay.Participant;
import org.swarmsim.pastry.Bootstrap;
import org.swarmsim.pastry.KnownIds;
import org.swarmsim.pastry.PastryNode;
import org.swarmsim.pastry.Proximity;
import org.swarmsim.pastry.RouteOp;
import org.swarmsim.pastry.Traffic;
import org.swarmsim.run.Progress;
import org.swarmsim.run.RunRequest;
import org.swarmsim.run.Shares;
import org.swarmsim.scenario.CapacityClass;
import org.swarmsim.scenario.DistributionSpec;
import org.swarmsim.scenario.Scenario;
import org.swarmsim.sim.SimTime;
import org.swarmsim.sim.Simulation;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

/**
 * One run of a {@code kind: pastry} scenario. Node i starts its join at i x join_interval (the
 * first node is the whole network); keep-alives, churn and the workload start after the last join
 * and {@code settle}; failures happen at their times into the workload; the run goes on for a
 * drain of ten hop timeouts after the workload so that routes in flight can finish.
 *
 * <p>Deterministic: ids come from one stream, each node has its own stream (random neighbour
 * selection, keep-alive phases), and the bootstrap choice, the capacity classes, the workload,
 * each failure and each node's churn have theirs.
 */
final class PastryRun {
    static final long MIN_CHURN_PERIOD_NANOS = SimTime.millis(1);

    private final Scenario scenario;
    private final PastrySpec spec;
    private final int replication;
    private Simulation sim;
    private Network network;
    private PastryNode[] nodes;
    private KnownIds ids;
    private PastryStats stats;
    private ChurnProcess<Participant> churn;
    private boolean[] failed;
    private long failedCount;
    private final List<long[]> inserted = new ArrayList<>();
    private long nextTrace;
    private long maintenanceMessagesAtStart;
    private long messagesAtStart;
    private double nodeSeconds;
    private long workloadMessages;
    private long workloadMaintenance;

    PastryRun(Scenario scenario, int replication) {
        this.scenario = scenario;
        this.spec = scenario.section(PastrySpec.class);
        this.replication = replication;
    }

    PastryResult run(RunRequest request) {
        RandomStreams streams = new RandomStreams(scenario.seed(), replication);
        int n = spec.nodes();
        sim = new Simulation(1 << 16);
        request.attach(sim);
        LatencyModel latency = scenario.network().latency().build(streams);
        network = new Network(sim, latency);
        Datagrams datagrams = new Datagrams(network);
        ids = new KnownIds();
        List<CapacityClass> classes = scenario.network().classes();
        int[] classOf = Shares.shuffledAssignment(classes.stream().mapToDouble(CapacityClass::share).toArray(), n,
                streams.stream("pastry", "classes"));
        RandomStream idStream = streams.stream("pastry", "ids");
        Node[] hosts = new Node[n];
        for (int i = 0; i < n; i++) {
            CapacityClass c = classes.get(classOf[i]);
            hosts[i] = network.addNode("p" + i, c.uploadBytesPerSecond(), c.downloadBytesPerSecond());
            ids.put(hosts[i].id(), IdSpace.PASTRY.random(idStream));
        }
        Proximity proximity = (a, b) -> latency.oneWayNanos(hosts[a], hosts[b]);
        stats = new PastryStats(sim, ids, proximity, n);
        stats.trace(request.trace(), spec.config().bitsPerDigit());
        RandomStream bootstrapStream = streams.stream("pastry", "bootstrap");
        int candidates = spec.bootstrapCandidates();
        Bootstrap bootstrap = joiner -> {
            ReadyNodes ready = stats.ready;
            if (ready.size() == 0) {
                return -1;
            }
            int best = -1;
            long bestNanos = Long.MAX_VALUE;
            for (int k = 0; k < candidates; k++) {
                int c = ready.pick(bootstrapStream);
                long d = c == joiner ? Long.MAX_VALUE : proximity.nanos(joiner, c);
                if (c != joiner && d < bestNanos) {
                    best = c;
                    bestNanos = d;
                }
            }
            return best;
        };
        nodes = new PastryNode[n];
        for (int i = 0; i < n; i++) {
            nodes[i] = new PastryNode(hosts[i], datagrams, ids, spec.config(), proximity, bootstrap, stats,
                    streams.stream("pastry", "node", i));
        }
        failed = new boolean[n];
        for (int i = 0; i < n; i++) {
            PastryNode node = nodes[i];
            sim.scheduleAt((long) i * spec.joinIntervalNanos(), node::join);
        }
        long start = spec.workloadStartNanos();
        long end = spec.workloadEndNanos();
        long stop = end + 10 * spec.config().hopTimeoutNanos();
        PastrySpec.Workload w = spec.workload();
        sim.scheduleAt(start, () -> startWorkload(streams, end));
        sim.scheduleAt(end, this::endWorkload);
        for (int f = 0; f < spec.failures().size(); f++) {
            PastrySpec.Failure failure = spec.failures().get(f);
            RandomStream r = streams.stream("pastry", "failure", f);
            sim.scheduleAt(start + failure.atNanos(), () -> fail(failure.fraction(), r));
        }

        while (sim.now() < start) {               // the build: joins only, reported as progress
            long step = Math.max(1, start / 100);
            sim.run(Math.min(start, sim.now() + step));
            if (request.progress() != null) {
                request.progress().update(new Progress.Status(sim.now(), stop, 0.5 * sim.now() / Math.max(1, start), 0,
                        detail(sim.now(), stats.ready.size(), 0), sim.eventsRun(), stats.ready.size()));
            }
        }
        TimeSeries series = PastryOutputs.SERIES.newSeries();
        PastrySampler sampler = new PastrySampler(nodes, stats, datagrams);
        sampler.sample(series, sim.now(), request);
        long interval = scenario.metrics().sampleIntervalNanos();
        while (sim.now() < stop) {
            sim.run(Math.min(stop, sim.now() + interval));
            sampler.sample(series, sim.now(), request);
            if (request.progress() != null) {
                request.progress().update(new Progress.Status(sim.now(), stop,
                        0.5 + 0.5 * (sim.now() - start) / (double) Math.max(1, stop - start), 0,
                        detail(sim.now(), stats.ready.size(), stats.records.size()), sim.eventsRun(), stats.ready.size()));
            }
        }
        stats.finish();
        return new PastryResult(series, stats.records, nodeRecords(), totals(w), sim.eventsRun(), sim.now(),
                scenario.seed(), replication);
    }

    /** The workload's end: its message counts and the joined-node time it had, for per-node rates. */
    private void endWorkload() {
        workloadMessages = stats.messagesTotal() - messagesAtStart;
        workloadMaintenance = stats.messages[Traffic.MAINTENANCE.ordinal()] - maintenanceMessagesAtStart;
        nodeSeconds = stats.stopCountingNodeTime();
    }

    private void startWorkload(RandomStreams streams, long end) {
        stats.startCountingNodeTime();
        maintenanceMessagesAtStart = stats.messages[Traffic.MAINTENANCE.ordinal()];
        messagesAtStart = stats.messagesTotal();
        for (PastryNode node : nodes) {
            node.startKeepAlives();
        }
        PastrySpec.Workload w = spec.workload();
        if (w.lookupsPerSecond() > 0) {
            RandomStream r = streams.stream("pastry", "lookups");
            sim.schedule(gap(r, w.lookupsPerSecond()), () -> nextRoute(RouteOp.LOOKUP, r, w.lookupsPerSecond(), end));
        }
        if (w.insertsPerSecond() > 0) {
            RandomStream r = streams.stream("pastry", "inserts");
            sim.schedule(gap(r, w.insertsPerSecond()), () -> nextRoute(RouteOp.INSERT, r, w.insertsPerSecond(), end));
        }
        if (w.getsPerSecond() > 0) {
            RandomStream r = streams.stream("pastry", "gets");
            sim.schedule(gap(r, w.getsPerSecond()), () -> nextRoute(RouteOp.GET, r, w.getsPerSecond(), end));
        }
        if (spec.churn() != null) {
            startChurn(streams);
        }
    }

    private void nextRoute(RouteOp op, RandomStream r, double perSecond, long end) {
        if (sim.now() >= end) {
            return;
        }
        if (stats.ready.size() > 0) {
            int origin = stats.ready.pick(r);
            long kh;
            long kl;
            if (op == RouteOp.GET) {
                if (inserted.isEmpty()) {
                    kh = -1;
                    kl = -1;
                } else {
                    long[] k = inserted.get(r.nextInt(inserted.size()));
                    kh = k[0];
                    kl = k[1];
                }
            } else {
                NodeId key = IdSpace.PASTRY.random(r);
                kh = key.hi();
                kl = key.mid();
            }
            if (op != RouteOp.GET || !inserted.isEmpty()) {
                if (op == RouteOp.INSERT) {
                    inserted.add(new long[] {kh, kl});
                }
                nodes[origin].route(op, kh, kl, spec.workload().valueBytes(), nextTrace++);
            }
        }
        sim.schedule(gap(r, perSecond), () -> nextRoute(op, r, perSecond, end));
    }

    private static long gap(RandomStream r, double perSecond) {
        double u = r.nextDouble();
        return Math.max(1, SimTime.seconds(-StrictMath.log(1 - u) / perSecond));
    }

    private void fail(double fraction, RandomStream r) {
        int online = stats.ready.size();
        int kill = (int) Math.round(fraction * online);
        for (int k = 0; k < kill && stats.ready.size() > 0; k++) {
            int a = stats.ready.pick(r);
            failed[a] = true;
            failedCount++;
            nodes[a].goOffline();
        }
    }

    private void startChurn(RandomStreams streams) {
        churn = new ChurnProcess<>(sim, MIN_CHURN_PERIOD_NANOS, null);
        for (PastryNode node : nodes) {
            int a = node.address();
            RandomStream r = streams.stream("pastry", "churn", a);
            RealDistribution session = spec.churn().session().build(r);
            RealDistribution offline = spec.churn().offline().build(r);
            if (!node.isOnline() || failed[a]) {
                continue;
            }
            Participant p = Participant.of(() -> !failed[a] && node.isOnline(), () -> {
                if (!failed[a]) {
                    node.goOnline();
                }
            }, () -> {
                if (!failed[a] && node.isOnline()) {
                    node.goOffline();
                }
            });
            churn.start(p, () -> DistributionSpec.sampleNanos(session), () -> DistributionSpec.sampleNanos(offline));
        }
    }

    private List<NodeRecord> nodeRecords() {
        List<NodeRecord> out = new ArrayList<>(nodes.length);
        for (PastryNode node : nodes) {
            int a = node.address();
            out.add(new NodeRecord(a, org.swarmsim.pastry.Ring.hex(ids.hi(a), ids.lo(a)), node.isReady(),
                    stats.joinedAtNanos[a], node.state().table().filled(), node.state().table().depth(),
                    node.state().leaves().size(), node.state().neighbours().size(), node.storedValues()));
        }
        return out;
    }

    private PastryTotals.Counts totals(PastrySpec.Workload w) {
        return new PastryTotals.Counts(spec.nodes(), spec.config().bitsPerDigit(), spec.config().leafSetSize(),
                stats.ready.size(), stats.joinsCompleted, stats.joinRetries, stats.joinHops,
                stats.messages.clone(), stats.bytes.clone(), nodeSeconds, workloadMessages, workloadMaintenance, stats.leafRepairs,
                stats.tableRepairsStarted, stats.tableRepairsDone, stats.foundDead, stats.storedInserted,
                stats.storedReplicas, stats.dropped, churn == null ? 0 : churn.departures(), failedCount);
    }

    static String detail(long simNanos, int ready, int routes) {
        return String.format(Locale.ROOT, "sim %.0fs  joined %d  routes %d", SimTime.toSeconds(simNanos), ready, routes);
    }
}
