package org.swarmsim.discovery;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.swarmsim.finders.FinderConfig;
import org.swarmsim.finders.FinderNetwork;
import org.swarmsim.finders.FinderNode;
import org.swarmsim.finders.FinderTraffic;
import org.swarmsim.finders.Geometries;
import org.swarmsim.finders.Geometry;
import org.swarmsim.finders.GeometryParams;
import org.swarmsim.metrics.FieldDoc;
import org.swarmsim.metrics.SeriesColumn;
import org.swarmsim.net.Datagrams;
import org.swarmsim.net.Node;
import org.swarmsim.scenario.FailureSpec;
import org.swarmsim.scenario.Fields;
import org.swarmsim.scenario.YamlMap;
import org.swarmsim.scenario.units.Duration;
import org.swarmsim.sim.SimTime;
import org.swarmsim.sim.random.RandomStream;

/**
 * Discovery through a finder network (seed 000's peer finders): always-on finders on their own
 * hosts, arranged by a routing geometry, with gossiped caches; every peer attaches to a few finders,
 * registers the swarm's info-hash with its home finder and searches it ({@link FinderPeerSource}):
 * the contacts found become connection candidates. Finders may fail at given times
 * ({@code discovery.finders.failures}). Adds the columns {@code finders_online} and
 * {@code finder_messages_per_s} to the time series.
 */
final class FindersSource implements DiscoverySource<FindersSource.Params> {
    static final FindersSource INSTANCE = new FindersSource();
    /** Capacity of each finder's host, both ways (a well-provisioned super-node). */
    static final long FINDER_BYTES_PER_SECOND = 10_000_000;
    static final List<FieldDoc> COLUMNS = List.of(
            new FieldDoc("finders_online", "finders online"),
            new FieldDoc("finder_messages_per_s", "finder-network datagrams sent per second since the previous sample "
                    + "(finders and the peers' clients)"));

    /**
     * {@code discovery.finders}.
     *
     * @param finders        how many finders ({@code count}, >= 1)
     * @param geometry       a name in {@code Geometries}
     * @param links          the geometry's link count
     * @param attach         finders per peer
     * @param peersPerFinder L
     * @param cache          C
     * @param gossipNanos    T (0: no gossip)
     * @param researchNanos  how often a peer searches again (and at most once a minute when short of peers)
     * @param failures       finders failing for good, at times from the start of the run
     */
    record Params(int finders, String geometry, int links, int attach, int peersPerFinder, int cache, long gossipNanos,
                  long researchNanos, List<FailureSpec> failures) {
        Params {
            failures = List.copyOf(failures);
            if (finders < 1 || links < 1 || attach < 1 || peersPerFinder < 1 || cache < 1 || gossipNanos < 0
                    || researchNanos <= 0) {
                throw new IllegalArgumentException("invalid discovery.finders parameters");
            }
        }
    }

    @Override
    public String name() {
        return "finders";
    }

    @Override
    public String description() {
        return "a finder network (seed 000): peers attach to finders, register the info-hash with its home finder and search it";
    }

    @Override
    public List<String> keys() {
        return List.of("count", "geometry", "links", "attach", "peers_per_finder", "cache", "gossip_interval",
                "research", "failures");
    }

    @Override
    public Params defaults() {
        FinderConfig d = FinderConfig.defaults();
        return new Params(100, "symphony", 4, d.attach(), d.peersPerFinder(), d.cacheSize(), d.gossipNanos(),
                SimTime.minutes(5), List.of());
    }

    @Override
    public Params read(Fields f) {
        Params d = defaults();
        int finders = (int) f.integer("count", (long) d.finders(), 1, 1_000_000);
        String geometry = f.choice("geometry", d.geometry(), "finder geometry", Geometries.REGISTRY.names());
        int links = (int) f.integer("links", (long) (geometry.equals("kleinberg") ? 1 : geometry.equals("symphony") ? 4 : 8),
                1, 1024);
        int attach = (int) f.integer("attach", (long) d.attach(), 1, 64);
        int perFinder = (int) f.integer("peers_per_finder", (long) d.peersPerFinder(), 1, 1_000_000);
        int cache = (int) f.integer("cache", (long) d.cache(), 1, 65_534);
        long gossip = f.duration("gossip_interval", d.gossipNanos(), 0);
        long research = f.duration("research", d.researchNanos(), 1);
        List<FailureSpec> failures = FailureSpec.readList(f, "failures", "finders");
        if (geometry.equals("kleinberg") && (long) Math.round(Math.sqrt(finders)) * Math.round(Math.sqrt(finders)) != finders) {
            f.problem(f.get("count"), "count", "kleinberg places finders on a side x side lattice, so their number "
                    + "must be a square (given " + finders + ")");
        }
        return new Params(finders, geometry, links, attach, perFinder, cache, gossip, research, failures);
    }

    @Override
    public void write(Params p, YamlMap map) {
        map.put("count", p.finders());
        map.put("geometry", p.geometry());
        map.put("links", p.links());
        map.put("attach", p.attach());
        map.put("peers_per_finder", p.peersPerFinder());
        map.put("cache", p.cache());
        map.put("gossip_interval", Duration.format(p.gossipNanos()));
        map.put("research", Duration.format(p.researchNanos()));
        FailureSpec.writeList(p.failures(), map, "failures");
    }

    @Override
    public void install(Params p, SwarmSetup setup) {
        installNetwork(p, setup);
    }

    /** {@link #install}, returning the finder network it built (for tests). */
    FinderNetwork installNetwork(Params p, SwarmSetup setup) {
        FinderConfig d = FinderConfig.defaults();
        FinderConfig config = new FinderConfig(p.cache(), p.gossipNanos(), d.routeViaCache(), d.fallback(), d.floodTtl(),
                d.walkLength(), d.maxHops(), d.hopTimeoutNanos(), d.searchTimeoutNanos(), p.peersPerFinder(), p.attach(),
                d.contactsPerAnswer(), d.hintCapacity(), d.hintsPerGossip(), d.hintTtlNanos(), d.refreshNanos(),
                d.expiryNanos());
        Geometry geometry = Geometries.build(p.geometry(), setup.streams().stream("finders", "ids"),
                new GeometryParams(p.finders(), p.links(), 2.0));
        Datagrams datagrams = new Datagrams(setup.network());
        FinderNetwork net = new FinderNetwork(setup.scheduler(), datagrams, geometry, config, null);
        for (int i = 0; i < p.finders(); i++) {
            Node host = setup.network().addNode("finder-" + i, FINDER_BYTES_PER_SECOND, FINDER_BYTES_PER_SECOND);
            net.addFinder(host, setup.streams().stream("finders", "finder", i));
        }
        net.start();
        for (int i = 0; i < p.failures().size(); i++) {
            FailureSpec fs = p.failures().get(i);
            RandomStream r = setup.streams().stream("finders", "failure", i);
            setup.scheduler().schedule(fs.atNanos(), () -> {
                int kill = (int) Math.round(fs.fraction() * net.onlineFinders());
                for (int k = 0; k < kill && net.onlineFinders() > 1; k++) {
                    net.finder(net.randomOnlineFinder(r)).goOffline();   // for good: nothing brings it back
                }
            });
        }
        setup.swarm().addPeerSource(peer -> new FinderPeerSource(peer, net,
                setup.streams().stream("finders", "peer", peer.index()), setup.scheduler(), p.researchNanos()));
        Rates rates = new Rates(net, datagrams, setup);
        List<ToDoubleFunction<Object>> values = List.of(rates::online, rates::messagesPerSecond);
        for (int i = 0; i < COLUMNS.size(); i++) {
            setup.addColumn(new SeriesColumn<>(COLUMNS.get(i).name(), COLUMNS.get(i).description(), values.get(i)));
        }
        return net;
    }

    @Override
    public List<FieldDoc> columns() {
        return COLUMNS;
    }

    /** The finder network's figures at the current sample. */
    private static final class Rates {
        private final FinderNetwork net;
        private final Datagrams datagrams;
        private final SwarmSetup setup;
        private long lastNanos;
        private long lastSent;

        Rates(FinderNetwork net, Datagrams datagrams, SwarmSetup setup) {
            this.net = net;
            this.datagrams = datagrams;
            this.setup = setup;
        }

        double online(Object state) {
            return net.onlineFinders();
        }

        double messagesPerSecond(Object state) {
            long now = setup.scheduler().now();
            double dt = SimTime.toSeconds(now - lastNanos);
            double rate = dt > 0 ? (datagrams.sent() - lastSent) / dt : 0;
            lastNanos = now;
            lastSent = datagrams.sent();
            return rate;
        }
    }
}
