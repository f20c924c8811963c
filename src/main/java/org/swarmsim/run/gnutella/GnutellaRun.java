package org.swarmsim.run.gnutella;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.RealDistribution;
import org.swarmsim.gnutella.Catalogue;
import org.swarmsim.gnutella.Replication;
import org.swarmsim.gnutella.Requester;
import org.swarmsim.gnutella.Role;
import org.swarmsim.gnutella.SearchMethod;
import org.swarmsim.gnutella.Servent;
import org.swarmsim.gnutella.Servents;
import org.swarmsim.gnutella.topology.Topology;
import org.swarmsim.metrics.TimeSeries;
import org.swarmsim.net.Datagrams;
import org.swarmsim.net.Network;
import org.swarmsim.net.Node;
import org.swarmsim.overlay.ChurnProcess;
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
 * One run of a {@code kind: gnutella} scenario. At time 0 every servent is online and opens the
 * connections of the topology (the lower index connects); in a two-tier overlay each leaf connects
 * to {@code ultrapeers_per_leaf} distinct ultrapeers with room, chosen at random, and sends each its
 * query-routing table. From {@code workload.start} queries start as a Poisson process until the
 * scenario's duration; each is issued once with every search method, from the same origin, for
 * the same object. Churn, if configured, starts with the workload. The run ends
 * {@code workload.timeout} after the duration, so that every query is measured for that long.
 *
 * <p>The initial overlay is taken as established: its connections send no Ping, and each servent
 * starts knowing the hosts a Ping of TTL 2 would have found (its neighbours' neighbours) for
 * reconnecting; connections made later (after churn) ping.
 *
 * <p>Deterministic: every servent has its own random stream; the topology, the placement of
 * content, the capacity classes, the workload and each servent's churn have theirs.
 */
final class GnutellaRun {
    static final long MIN_CHURN_PERIOD_NANOS = SimTime.millis(1);

    private final Scenario scenario;
    private final GnutellaSpec spec;
    private final int replication;
    private Simulation sim;
    private Network network;
    private Servent[] servents;
    private Servent[] byNode;
    private long[] labels;
    private int[] eligibleOrigins;
    private long[] replicas;
    private double[] cumulative;
    private GnutellaStats stats;
    private ChurnProcess<Servent> churn;
    private int queries;
    private int nextOrigin;
    private int finishedSeen;
    private Topology graph;
    private ServentIds ids;

    GnutellaRun(Scenario scenario, int replication) {
        this.scenario = scenario;
        this.spec = scenario.section(GnutellaSpec.class);
        this.replication = replication;
    }

    GnutellaResult run(RunRequest request) {
        RandomStreams streams = new RandomStreams(scenario.seed(), replication);
        sim = new Simulation(1 << 16);
        request.attach(sim);
        network = new Network(sim, scenario.network().latency().build(streams));
        Datagrams datagrams = new Datagrams(network);
        try {
            graph = spec.topology().build(streams.stream("gnutella", "topology"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int ups = graph.nodes();
        int leaves = spec.ultrapeers() == null ? 0 : spec.ultrapeers().leaves();
        int n = ups + leaves;
        ids = new ServentIds(graph, ups, leaves);
        labels = new long[n];
        for (int i = 0; i < n; i++) {
            labels[i] = ids.label(i);
        }
        GnutellaSpec.Content content = spec.content();
        double[] q = Replication.queryDistribution(content.objects(), content.zipf(), content.exponent());
        cumulative = new double[q.length];
        double acc = 0;
        for (int i = 0; i < q.length; i++) {
            acc += q[i];
            cumulative[i] = acc;
        }
        int[][] libraries;
        if (content.placement() == null) {
            replicas = Replication.allocate(q, content.allocation(), content.replicas(), n);
            libraries = Replication.place(replicas, n, streams.stream("gnutella", "content"));
        } else {
            libraries = placed(content, n);
        }
        Catalogue catalogue = new Catalogue(content.objects(), content.sizeBytes());
        stats = new GnutellaStats(sim);

        List<CapacityClass> classes = scenario.network().classes();
        int[] classOf = Shares.shuffledAssignment(classes.stream().mapToDouble(CapacityClass::share).toArray(), n,
                streams.stream("gnutella", "classes"));
        servents = new Servent[n];
        Directory directory = new Directory();
        for (int i = 0; i < n; i++) {
            CapacityClass c = classes.get(classOf[i]);
            Node host = network.addNode("g" + labels[i], c.uploadBytesPerSecond(), c.downloadBytesPerSecond());
            Role role = leaves == 0 ? Role.PEER : i < ups ? Role.ULTRAPEER : Role.LEAF;
            servents[i] = new Servent(i, host, role, spec.config(), catalogue, libraries[i], network, datagrams,
                    directory, stats, streams.stream("gnutella", "servent", i));
        }
        byNode = new Servent[network.nodeCount()];
        long[] labelOfNode = new long[network.nodeCount()];
        for (Servent s : servents) {
            byNode[s.host().id()] = s;
            labelOfNode[s.host().id()] = labels[s.index()];
        }
        stats.trace(request.trace(), labelOfNode);
        connect(streams.stream("gnutella", "leaves"));
        eligibleOrigins = new int[leaves > 0 ? leaves : n];
        for (int i = 0; i < eligibleOrigins.length; i++) {
            eligibleOrigins[i] = leaves > 0 ? ups + i : i;
        }

        GnutellaSpec.Workload w = spec.workload();
        long end = scenario.durationNanos();
        RandomStream workload = streams.stream("gnutella", "workload");
        sim.scheduleAt(w.startNanos() + gap(workload), () -> nextQuery(workload, end));
        if (spec.churn() != null) {
            sim.scheduleAt(w.startNanos(), () -> startChurn(streams));
        }

        TimeSeries series = GnutellaOutputs.SERIES.newSeries();
        long step = scenario.metrics().sampleIntervalNanos();
        long[] lastTypes = new long[GnutellaStats.TYPES];
        long[] lastBytes = {0};
        long[] lastTime = {0};
        sample(series, lastTypes, lastBytes, lastTime, request);
        long stop = end + w.timeoutNanos();
        while (sim.now() < stop) {
            sim.run(Math.min(stop, sim.now() + step));
            sample(series, lastTypes, lastBytes, lastTime, request);
            if (request.progress() != null) {
                request.progress().update(Progress.Status.byTime(sim.now(), stop,
                        detail(sim.now(), stats.records.size()), sim.eventsRun(), servents.length));
            }
        }
        return new GnutellaResult(series, stats.records, servents(), growth(), facts(), sim.eventsRun(), sim.now(),
                scenario.seed(), replication, churn == null ? 0 : churn.departures(), stats.messagesByType.clone(),
                stats.bytes);
    }

    /** The libraries a placement file lists (node ids as in the outputs); counts the replicas. */
    private int[][] placed(GnutellaSpec.Content content, int n) {
        List<PlacementFile.Holding> holdings;
        try {
            holdings = PlacementFile.read(content.placement(), content.objects());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        replicas = new long[content.objects()];
        List<List<Integer>> held = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            held.add(new ArrayList<>());
        }
        for (PlacementFile.Holding h : holdings) {
            held.get(ids.index(h.node())).add(h.object());
            replicas[h.object()]++;
        }
        int[][] libraries = new int[n][];
        for (int i = 0; i < n; i++) {
            libraries[i] = held.get(i).stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        return libraries;
    }

    /** Opens the topology's links (lower index connects) and attaches every leaf to its ultrapeers. */
    private void connect(RandomStream leafChoice) {
        int ups = graph.nodes();
        GnutellaSpec.Ultrapeers up = spec.ultrapeers();
        for (int i = 0; i < ups; i++) {
            int d = graph.degree(i);
            servents[i].setLimits(Math.max(1, d), d + Math.max(2, d / 2), up == null ? 0 : up.perUltrapeer());
            for (int k = 0; k < d; k++) {
                int j = graph.neighbor(i, k);
                if (j > i) {
                    servents[i].connectTo(servents[j], false);
                }
                for (int k2 = 0; k2 < graph.degree(j); k2++) {    // what a Ping of TTL 2 would have found
                    servents[i].learnHost(servents[graph.neighbor(j, k2)].host().id());
                }
            }
        }
        if (up == null) {
            return;
        }
        int[] load = new int[ups];
        for (int leaf = ups; leaf < servents.length; leaf++) {
            servents[leaf].setLimits(up.perLeaf(), 0, 0);
            int[] chosen = new int[up.perLeaf()];
            for (int c = 0; c < chosen.length; c++) {
                int pick = -1;
                for (int tries = 0; tries < 64 && pick < 0; tries++) {
                    int u = leafChoice.nextInt(ups);
                    if (load[u] < up.perUltrapeer() && !contains(chosen, c, u)) {
                        pick = u;
                    }
                }
                for (int u = 0; u < ups && pick < 0; u++) {        // nearly full: the first with room
                    if (load[u] < up.perUltrapeer() && !contains(chosen, c, u)) {
                        pick = u;
                    }
                }
                chosen[c] = pick;
                load[pick]++;
                servents[leaf].connectTo(servents[pick], false);
                for (int k = 0; k < graph.degree(pick); k++) {
                    servents[leaf].learnHost(servents[graph.neighbor(pick, k)].host().id());
                }
            }
        }
    }

    private static boolean contains(int[] a, int n, int v) {
        for (int i = 0; i < n; i++) {
            if (a[i] == v) {
                return true;
            }
        }
        return false;
    }

    private long gap(RandomStream r) {
        double u = r.nextDouble();
        return Math.max(1, SimTime.seconds(-StrictMath.log(1 - u) / spec.workload().perSecond()));
    }

    /** Issues one query (once per method) and schedules the next, until {@code end}. */
    private void nextQuery(RandomStream r, long end) {
        if (sim.now() >= end) {
            return;
        }
        Servent origin = origin(r);
        int object = object(r.nextDouble());
        int query = queries++;
        for (SearchMethod m : spec.methods()) {
            QueryRecord rec = new QueryRecord(query, sim.now(), labels[origin.index()], object, m.name(), m.label(), m.ttl(),
                    (int) replicas[object]);
            int search = stats.records.size();
            stats.records.add(rec);
            if (stats.growthSearch < 0 && (m instanceof SearchMethod.Flood || m instanceof SearchMethod.TwoTier)) {
                stats.growthSearch = search;
            }
            rec.sent = origin.isOnline() && Requester.start(origin, search, object, m);
        }
        sim.schedule(gap(r), () -> nextQuery(r, end));
    }

    private Servent origin(RandomStream r) {
        List<Long> listed = spec.workload().origins();
        if (!listed.isEmpty()) {
            long label = listed.get(nextOrigin++ % listed.size());
            return servents[ids.index(label)];
        }
        for (int tries = 0; tries < 10_000; tries++) {
            Servent s = servents[eligibleOrigins[r.nextInt(eligibleOrigins.length)]];
            if (s.isOnline()) {
                return s;
            }
        }
        return servents[eligibleOrigins[0]];
    }

    private int object(double u) {
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private void startChurn(RandomStreams streams) {
        churn = new ChurnProcess<>(sim, MIN_CHURN_PERIOD_NANOS, null);
        for (Servent s : servents) {
            RandomStream r = streams.stream("gnutella", "churn", s.index());
            RealDistribution session = spec.churn().session().build(r);
            RealDistribution offline = spec.churn().offline().build(r);
            if (s.isOnline()) {
                churn.startResidual(s, () -> DistributionSpec.sampleNanos(session),
                        () -> DistributionSpec.sampleNanos(offline), r);
            }
        }
    }

    private void sample(TimeSeries series, long[] lastTypes, long[] lastBytes, long[] lastTime, RunRequest request) {
        double dt = (sim.now() - lastTime[0]) / 1e9;
        GnutellaSample s = new GnutellaSample();
        s.timeS = SimTime.toSeconds(sim.now());
        s.online = servents.length - (churn == null ? 0 : churn.departures() - churn.returns());
        s.perSecond = new double[GnutellaStats.TYPES];
        for (int t = 0; t < GnutellaStats.TYPES; t++) {
            s.perSecond[t] = dt > 0 ? (stats.messagesByType[t] - lastTypes[t]) / dt : 0;
            lastTypes[t] = stats.messagesByType[t];
        }
        s.bytesPerS = dt > 0 ? (stats.bytes - lastBytes[0]) / dt : 0;
        lastBytes[0] = stats.bytes;
        lastTime[0] = sim.now();
        long timeout = spec.workload().timeoutNanos();
        int done = 0;
        int ok = 0;
        while (finishedSeen < stats.records.size() && stats.records.get(finishedSeen).startNanos + timeout <= sim.now()) {
            QueryRecord r = stats.records.get(finishedSeen++);
            done++;
            ok += r.success() ? 1 : 0;
        }
        s.finished = done;
        s.successRate = done > 0 ? ok / (double) done : Double.NaN;
        GnutellaOutputs.SERIES.sample(series, s);
        for (var probe : request.probes()) {
            probe.sample(sim.now());
        }
    }

    private List<ServentRecord> servents() {
        List<ServentRecord> out = new ArrayList<>(servents.length);
        for (Servent s : servents) {
            out.add(new ServentRecord(labels[s.index()], s.role().label(), s.degree(), s.libraryCount(), s.received(),
                    s.queriesReceived(), s.hitsAnswered(), s.isOnline()));
        }
        return out;
    }

    private List<long[]> growth() {
        return stats.growth;
    }

    private TopologyFacts facts() {
        return new TopologyFacts(graph.nodes(), graph.links(), graph.meanDegree(), graph.largestComponent(),
                graph.droppedSelfLoops(), graph.droppedDuplicates(), servents.length);
    }

    static String detail(long simNanos, int searches) {
        return String.format(Locale.ROOT, "sim %.0fs  searches %d", SimTime.toSeconds(simNanos), searches);
    }

    /** The run's view of who is where, for servents' handshakes, Pongs and the bootstrap cache. */
    private final class Directory implements Servents {
        @Override
        public Servent at(Node node) {
            return byNode == null || node.id() >= byNode.length ? null : byNode[node.id()];
        }

        @Override
        public List<Servent> bootstrap(Servent asking, Role role, int max, RandomStream random) {
            List<Servent> out = new ArrayList<>();
            for (int tries = 0; tries < 20 * max && out.size() < max; tries++) {
                Servent s = servents[random.nextInt(servents.length)];
                if (s != asking && s.role() == role && s.isOnline() && !out.contains(s)) {
                    out.add(s);
                }
            }
            return out;
        }
    }
}
