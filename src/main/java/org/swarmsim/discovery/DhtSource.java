package org.swarmsim.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.swarmsim.kademlia.DhtConfig;
import org.swarmsim.kademlia.DhtNetwork;
import org.swarmsim.kademlia.DhtNode;
import org.swarmsim.metrics.FieldDoc;
import org.swarmsim.metrics.SeriesColumn;
import org.swarmsim.net.Datagrams;
import org.swarmsim.net.Node;
import org.swarmsim.overlay.NodeId;
import org.swarmsim.overlay.OverlaySampler;
import org.swarmsim.scenario.Fields;
import org.swarmsim.scenario.YamlMap;
import org.swarmsim.scenario.units.Duration;
import org.swarmsim.sim.SimTime;
import org.swarmsim.sim.random.RandomStream;

/**
 * Trackerless discovery (BEP 5): always-on bootstrap nodes on their own hosts join first, then
 * every peer's host also runs a Kademlia node that joins through them when the peer joins, looks
 * the info-hash up with get_peers and announces itself ({@link DhtPeerSource}). Adds the columns
 * {@code dht_messages_per_s}, {@code dht_bytes_per_s} and {@code routing_table_fill} to the time
 * series, counting the peers' nodes and the bootstrap nodes.
 */
final class DhtSource implements DiscoverySource<DhtSource.Params> {
    static final DhtSource INSTANCE = new DhtSource();
    /** Capacity of each bootstrap node's host, both ways (like router.bittorrent.com: never the bottleneck). */
    static final long BOOTSTRAP_BYTES_PER_SECOND = 10_000_000;
    /** The time-series columns this source adds, in order. */
    static final List<FieldDoc> COLUMNS = List.of(
            new FieldDoc("dht_messages_per_s", "DHT datagrams sent per second since the previous sample (the peers' "
                    + "nodes and the bootstrap nodes)"),
            new FieldDoc("dht_bytes_per_s", "DHT datagram bytes sent per second since the previous sample"),
            new FieldDoc("routing_table_fill", "mean contacts per online DHT node"));

    /**
     * {@code discovery.dht}.
     *
     * @param k               bucket size and lookup width (8 in BEP 5, 20 in the Kademlia paper)
     * @param alpha           parallel queries per lookup
     * @param bootstrapNodes  always-on DHT nodes the peers bootstrap from (like router.bittorrent.com)
     * @param reannounceNanos how often a peer repeats get_peers and announce_peer
     */
    record Params(int k, int alpha, int bootstrapNodes, long reannounceNanos) {
        Params {
            if (k < 1 || alpha < 1 || bootstrapNodes < 1 || reannounceNanos <= 0) {
                throw new IllegalArgumentException("k, alpha, bootstrap nodes must be >= 1 and reannounce > 0");
            }
        }
    }

    @Override
    public String name() {
        return "dht";
    }

    @Override
    public String description() {
        return "every peer also runs a Kademlia node (BEP 5): get_peers and announce_peer on the info-hash";
    }

    @Override
    public List<String> keys() {
        return List.of("k", "alpha", "bootstrap_nodes", "reannounce");
    }

    @Override
    public Params defaults() {
        DhtConfig d = DhtConfig.bep5();
        return new Params(d.k(), d.alpha(), 4, SimTime.minutes(15));
    }

    @Override
    public Params read(Fields f) {
        Params d = defaults();
        int k = (int) f.integer("k", (long) d.k(), 1, 64);
        int alpha = (int) f.integer("alpha", (long) d.alpha(), 1, 64);
        int bootstrap = (int) f.integer("bootstrap_nodes", (long) d.bootstrapNodes(), 1, 1000);
        long reannounce = f.duration("reannounce", d.reannounceNanos(), 1);
        return new Params(k, alpha, bootstrap, reannounce);
    }

    @Override
    public void write(Params p, YamlMap map) {
        map.put("k", p.k());
        map.put("alpha", p.alpha());
        map.put("bootstrap_nodes", p.bootstrapNodes());
        map.put("reannounce", Duration.format(p.reannounceNanos()));
    }

    @Override
    public void install(Params p, SwarmSetup setup) {
        installNetwork(p, setup);
    }

    /** {@link #install}, returning the DHT it built (for tests). */
    DhtNetwork installNetwork(Params p, SwarmSetup setup) {
        DhtNetwork dht = new DhtNetwork(setup.network(), new Datagrams(setup.network()),
                DhtConfig.bep5().withK(p.k()).withAlpha(p.alpha()));
        RandomStream ids = setup.streams().stream("dht", "ids");
        List<DhtNode> bootstrap = new ArrayList<>();
        for (int i = 0; i < p.bootstrapNodes(); i++) {
            Node host = setup.network().addNode("dht-bootstrap-" + i, BOOTSTRAP_BYTES_PER_SECOND, BOOTSTRAP_BYTES_PER_SECOND);
            DhtNode node = dht.addNode(NodeId.random(ids), host, setup.streams().stream("dht", "bootstrap", i));
            node.join(List.copyOf(bootstrap), r -> { });
            bootstrap.add(node);
        }
        List<DhtNode> entry = List.copyOf(bootstrap);
        setup.swarm().addPeerSource(peer -> new DhtPeerSource(peer,
                dht.addNode(NodeId.random(setup.streams().stream("dht", "peer", peer.index(), "id")), peer.node(),
                        setup.streams().stream("dht", "peer", peer.index())),
                entry, setup.scheduler(), p.reannounceNanos()));
        DhtRates rates = new DhtRates(dht, setup);
        List<ToDoubleFunction<Object>> values = List.of(rates::messagesPerSecond, rates::bytesPerSecond, rates::tableFill);
        for (int i = 0; i < COLUMNS.size(); i++) {
            setup.addColumn(new SeriesColumn<>(COLUMNS.get(i).name(), COLUMNS.get(i).description(), values.get(i)));
        }
        return dht;
    }

    @Override
    public List<FieldDoc> columns() {
        return COLUMNS;
    }

    /** The DHT's figures at the current sample: the first column samples, the others read the same sample. */
    private static final class DhtRates {
        private final OverlaySampler sampler;
        private final SwarmSetup setup;
        private OverlaySampler.Sample last;

        DhtRates(DhtNetwork dht, SwarmSetup setup) {
            this.sampler = new OverlaySampler(dht.nodes(), dht.datagrams());
            this.setup = setup;
        }

        double messagesPerSecond(Object state) {
            last = sampler.sample(setup.scheduler().now());
            return last.messagesPerSecond();
        }

        double bytesPerSecond(Object state) {
            return last.bytesPerSecond();
        }

        double tableFill(Object state) {
            return last.meanTableFill();
        }
    }
}
