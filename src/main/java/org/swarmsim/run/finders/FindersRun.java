package org.swarmsim.run.finders;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.RealDistribution;
import org.swarmsim.finders.FinderClient;
import org.swarmsim.finders.FinderNetwork;
import org.swarmsim.finders.FinderNode;
import org.swarmsim.finders.Geometries;
import org.swarmsim.finders.Geometry;
import org.swarmsim.finders.GeometryParams;
import org.swarmsim.metrics.TimeSeries;
import org.swarmsim.net.Datagrams;
import org.swarmsim.net.Network;
import org.swarmsim.net.Node;
import org.swarmsim.overlay.ChurnProcess;
import org.swarmsim.overlay.NodeId;
import org.swarmsim.overlay.Participant;
import org.swarmsim.run.Progress;
import org.swarmsim.run.RunRequest;
import org.swarmsim.run.Shares;
import org.swarmsim.scenario.CapacityClass;
import org.swarmsim.scenario.DistributionSpec;
import org.swarmsim.scenario.FailureSpec;
import org.swarmsim.scenario.Scenario;
import org.swarmsim.sim.SimTime;
import org.swarmsim.sim.Simulation;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

/**
 * One run of a {@code kind: finders} scenario. At time 0 the finders are elected, arranged by the
 * geometry (their first links and caches) and online; peers join at uniform random times over the
 * warm-up, each with a bootstrap list of random online finders. The workload, churn and failures
 * start at the end of the warm-up; after the workload the run drains for a search timeout and a
 * hop timeout so that searches in flight finish.
 *
 * <p>Deterministic: the capacity classes, the election, the ids, the swarms, the memberships, the
 * arrivals, the workload, each failure, each finder's and peer's protocol and churn have their own streams.
 */
final class FindersRun {
    static final long MIN_CHURN_PERIOD_NANOS = SimTime.millis(1);

    private final Scenario scenario;
    private final FindersSpec spec;
    private final int replication;
    private Simulation sim;
    private FinderNetwork net;
    private FindersStats stats;
    private NodeId[] swarmIds;
    private double[] popularity;
    private FinderClient[] peers = new FinderClient[0];
    private int[] peerSwarm = new int[0];
    private int[] membersOnline = new int[0];
    private boolean[] failed;
    private long failedCount;
    private ChurnProcess<Participant> churn;
    private ChurnProcess<Participant> peerChurnProcess;

    FindersRun(Scenario scenario, int replication) {
        this.scenario = scenario;
        this.spec = scenario.section(FindersSpec.class);
        this.replication = replication;
    }

    FindersResult run(RunRequest request) {
        RandomStreams streams = new RandomStreams(scenario.seed(), replication);
        int n = spec.nodes();
        int f = spec.finders();
        sim = new Simulation(1 << 16);
        request.attach(sim);
        Network network = new Network(sim, scenario.network().latency().build(streams));
        Datagrams datagrams = new Datagrams(network);
        List<CapacityClass> classes = scenario.network().classes();
        int[] classOf = Shares.shuffledAssignment(classes.stream().mapToDouble(CapacityClass::share).toArray(), n,
                streams.stream("finders", "classes"));
        boolean[] isFinder = elect(classes, classOf, f, streams.stream("finders", "election"));
        Geometry geometry = Geometries.build(spec.geometry(), streams.stream("finders", "ids"),
                new GeometryParams(f, spec.links(), spec.exponent()));
        stats = new FindersStats(sim, geometry);
        stats.trace(request.trace());
        net = new FinderNetwork(sim, datagrams, geometry, spec.config(), stats);
        List<Node> peerHosts = new ArrayList<>();
        int k = 0;
        for (int i = 0; i < n; i++) {
            CapacityClass c = classes.get(classOf[i]);
            Node host = network.addNode((isFinder[i] ? "f" : "p") + i, c.uploadBytesPerSecond(), c.downloadBytesPerSecond());
            if (isFinder[i]) {
                net.addFinder(host, streams.stream("finders", "finder", k++));
            } else {
                peerHosts.add(host);
            }
        }
        net.start();
        failed = new boolean[f];
        swarms(streams);
        addPeers(peerHosts, streams);
        long start = spec.warmupNanos();
        long end = spec.workloadEndNanos();
        long stop = end + spec.config().searchTimeoutNanos() + spec.config().hopTimeoutNanos();
        sim.scheduleAt(start, () -> startWorkload(streams, end));
        for (int i = 0; i < spec.failures().size(); i++) {
            FailureSpec failure = spec.failures().get(i);
            RandomStream r = streams.stream("finders", "failure", i);
            sim.scheduleAt(start + failure.atNanos(), () -> fail(failure.fraction(), r));
        }
        TimeSeries series = FindersOutputs.SERIES.newSeries();
        FindersSampler sampler = new FindersSampler(net, stats, datagrams);
        sampler.sample(series, 0, request);
        long interval = scenario.metrics().sampleIntervalNanos();
        while (sim.now() < stop) {
            sim.run(Math.min(stop, sim.now() + interval));
            sampler.sample(series, sim.now(), request);
            if (request.progress() != null) {
                request.progress().update(Progress.Status.byTime(sim.now(), stop,
                        detail(sim.now(), net.onlineFinders(), stats.records.size()), sim.eventsRun(), classOf.length));
            }
        }
        return new FindersResult(series, stats.records, finderRecords(), counts(), sim.eventsRun(), sim.now(),
                scenario.seed(), replication);
    }

    /** Which nodes are finders: {@code f} of them, at random or the most upload capacity first (ties: lower index). */
    private boolean[] elect(List<CapacityClass> classes, int[] classOf, int f, RandomStream r) {
        int n = classOf.length;
        boolean[] finder = new boolean[n];
        if (spec.election().equals("capacity")) {
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> {
                int c = Long.compare(classes.get(classOf[b]).uploadBytesPerSecond(), classes.get(classOf[a]).uploadBytesPerSecond());
                return c != 0 ? c : Integer.compare(a, b);
            });
            for (int i = 0; i < f; i++) {
                finder[order[i]] = true;
            }
        } else {
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            r.shuffle(order);
            for (int i = 0; i < f; i++) {
                finder[order[i]] = true;
            }
        }
        return finder;
    }

    /** The swarms' info-hashes and the Zipf popularity (cumulative). */
    private void swarms(RandomStreams streams) {
        RandomStream r = streams.stream("finders", "swarms");
        int m = spec.swarms();
        swarmIds = new NodeId[m];
        popularity = new double[m];
        double total = 0;
        for (int i = 0; i < m; i++) {
            swarmIds[i] = NodeId.random(r);
            total += StrictMath.pow(i + 1, -spec.popularity());
            popularity[i] = total;
        }
        for (int i = 0; i < m; i++) {
            popularity[i] /= total;
        }
    }

    private int drawSwarm(RandomStream r) {
        double u = r.nextDouble();
        int i = Arrays.binarySearch(popularity, u);
        return Math.min(popularity.length - 1, i >= 0 ? i : -i - 1);
    }

    private void addPeers(List<Node> hosts, RandomStreams streams) {
        int p = hosts.size();
        peers = new FinderClient[p];
        peerSwarm = new int[p];
        membersOnline = new int[spec.swarms()];
        RandomStream membership = streams.stream("finders", "membership");
        RandomStream arrivals = streams.stream("finders", "arrivals");
        for (int i = 0; i < p; i++) {
            FinderClient c = net.addPeer(hosts.get(i), streams.stream("finders", "peer", i));
            peers[i] = c;
            peerSwarm[i] = drawSwarm(membership);
            long at = spec.warmupNanos() == 0 ? 0 : arrivals.nextLong(spec.warmupNanos());
            RandomStream boot = streams.stream("finders", "bootstrap", i);
            NodeId swarm = swarmIds[peerSwarm[i]];
            int member = i;
            sim.scheduleAt(at, () -> startPeer(member, net.randomOnline(boot, FinderClient.BOOTSTRAP)));
        }
    }

    private void startPeer(int i, int[] bootstrap) {
        peers[i].start(swarmIds[peerSwarm[i]], bootstrap);
        membersOnline[peerSwarm[i]]++;
    }

    private void stopPeer(int i) {
        peers[i].stop();
        membersOnline[peerSwarm[i]]--;
    }

    private void startWorkload(RandomStreams streams, long end) {
        RandomStream r = streams.stream("finders", "searches");
        sim.schedule(gap(r, spec.workload().perSecond()), () -> nextSearch(r, end));
        if (spec.churn() != null) {
            churn = new ChurnProcess<>(sim, MIN_CHURN_PERIOD_NANOS, null);
            for (FinderNode node : net.finders()) {
                int fn = node.number();
                if (!node.isOnline() || failed[fn]) {
                    continue;
                }
                RandomStream cr = streams.stream("finders", "churn", fn);
                RealDistribution session = spec.churn().session().build(cr);
                RealDistribution offline = spec.churn().offline().build(cr);
                Participant part = Participant.of(() -> !failed[fn] && node.isOnline(), () -> {
                    if (!failed[fn]) {
                        node.goOnline();
                    }
                }, node::goOffline);
                churn.start(part, () -> DistributionSpec.sampleNanos(session), () -> DistributionSpec.sampleNanos(offline));
            }
        }
        if (spec.peerChurn() != null) {
            peerChurnProcess = new ChurnProcess<>(sim, MIN_CHURN_PERIOD_NANOS, null);
            for (int i = 0; i < peers.length; i++) {
                FinderClient c = peers[i];
                if (!c.isOnline()) {
                    continue;
                }
                RandomStream cr = streams.stream("finders", "peer_churn", i);
                RealDistribution session = spec.peerChurn().session().build(cr);
                RealDistribution offline = spec.peerChurn().offline().build(cr);
                int member = i;
                Participant part = Participant.of(c::isOnline,
                        () -> startPeer(member, net.randomOnline(cr, FinderClient.BOOTSTRAP)), () -> stopPeer(member));
                peerChurnProcess.start(part, () -> DistributionSpec.sampleNanos(session),
                        () -> DistributionSpec.sampleNanos(offline));
            }
        }
    }

    private void nextSearch(RandomStream r, long end) {
        if (sim.now() >= end) {
            return;
        }
        if (spec.workload().swarms()) {
            FinderClient origin = null;
            for (int attempt = 0; attempt < 16 && origin == null && peers.length > 0; attempt++) {
                FinderClient c = peers[r.nextInt(peers.length)];
                if (c.isOnline() && c.attached().length > 0) {
                    origin = c;
                }
            }
            int s = drawSwarm(r);
            if (origin != null) {
                int id = net.nextSearchId();
                stats.start(id, "search", origin.address(), swarmIds[s].toString(), s).members = membersOnline[s];
                origin.search(swarmIds[s], id, found -> {
                    if (found == null) {
                        stats.timedOut(id);
                    }
                });
            }
        } else {
            int f = net.randomOnlineFinder(r);
            NodeId key = NodeId.random(r);
            if (f >= 0) {
                int id = net.nextSearchId();
                stats.start(id, "locate", net.finder(f).address(), key.toString(), -1);
                net.finder(f).locate(key, id);
            }
        }
        sim.schedule(gap(r, spec.workload().perSecond()), () -> nextSearch(r, end));
    }

    private static long gap(RandomStream r, double perSecond) {
        double u = r.nextDouble();
        return Math.max(1, SimTime.seconds(-StrictMath.log(1 - u) / perSecond));
    }

    private void fail(double fraction, RandomStream r) {
        int kill = (int) Math.round(fraction * net.onlineFinders());
        for (int i = 0; i < kill && net.onlineFinders() > 1; i++) {
            int f = net.randomOnlineFinder(r);
            failed[f] = true;
            failedCount++;
            net.finder(f).goOffline();
        }
    }

    private List<FinderRecord> finderRecords() {
        List<FinderRecord> out = new ArrayList<>(net.finderCount());
        for (FinderNode node : net.finders()) {
            int stale = 0;
            for (int i = 0; i < node.cache().size(); i++) {
                stale += net.finder(node.cache().finder(i)).isOnline() ? 0 : 1;
            }
            out.add(new FinderRecord(node.number(), node.address(), node.id().toString(), node.isOnline(),
                    node.routingTableSize(), node.cache().size(), node.load(), node.routed(), node.swarmsHomed(),
                    node.hintCount(), stale));
        }
        return out;
    }

    private FindersTotals.Counts counts() {
        return new FindersTotals.Counts(spec.nodes(), spec.finders(), spec.peers(), net.onlineFinders(),
                stats.messages.clone(), stats.bytes.clone(), stats.foundDead, stats.duplicates,
                churn == null ? 0 : churn.departures(), peerChurnProcess == null ? 0 : peerChurnProcess.departures(),
                failedCount, spec.config().cacheSize());
    }

    static String detail(long simNanos, int finders, int searches) {
        return String.format(Locale.ROOT, "sim %.0fs  finders online %d  searches %d", SimTime.toSeconds(simNanos),
                finders, searches);
    }
}
