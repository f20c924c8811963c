package org.swarmsim.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.Map;
import org.swarmsim.scenario.units.ByteSize;
import org.swarmsim.scenario.units.DataRate;
import org.swarmsim.scenario.units.Duration;

/**
 * Writes a resolved {@link Scenario} as YAML: every default spelled out, sizes, rates and
 * durations in exact human units, files as absolute paths. Loading the output gives an equal
 * record (tested), which is what each run's {@code scenario.yaml} relies on.
 */
final class ScenarioWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .build();

    private ScenarioWriter() {
    }

    static String toYaml(Scenario s) {
        if (s.isDhtLookups()) {
            return dhtLookupsYaml(s);
        }
        ObjectNode root = NODES.objectNode();
        root.put("name", s.name());
        root.put("seed", s.seed());
        root.put("duration", Duration.format(s.durationNanos()));
        root.set("network", network(s.network()));
        root.set("torrent", torrent(s.torrent()));
        ObjectNode tracker = root.putObject("tracker");
        tracker.put("interval", Duration.format(s.tracker().intervalNanos()));
        tracker.put("numwant", s.tracker().numwant());
        if (s.tracker().goesOffline()) {
            tracker.put("offline_at", Duration.format(s.tracker().offlineAtNanos()));
        }
        tracker.put("seeders_receive", s.tracker().seedersGetLeechersOnly() ? "leechers" : "everyone");
        ObjectNode discovery = root.putObject("discovery");
        discovery.put("mode", s.discovery().mode());
        discovery.put("k", s.discovery().k());
        discovery.put("alpha", s.discovery().alpha());
        discovery.put("bootstrap_nodes", s.discovery().bootstrapNodes());
        discovery.put("reannounce", Duration.format(s.discovery().reannounceNanos()));
        root.set("population", population(s.population()));
        root.set("protocol", protocol(s.protocol()));
        return write(metricsAndSweep(root, s));
    }

    /** A {@code kind: dht_lookups} scenario: name, seed, kind, network, dht, metrics, sweep. */
    private static String dhtLookupsYaml(Scenario s) {
        ObjectNode root = NODES.objectNode();
        root.put("name", s.name());
        root.put("seed", s.seed());
        root.put("kind", s.kind().yamlName());
        root.set("network", network(s.network()));
        DhtLookupSpec d = s.dht();
        ObjectNode dht = root.putObject("dht");
        dht.put("nodes", d.nodes());
        dht.put("k", d.k());
        dht.put("alpha", d.alpha());
        dht.put("termination", d.termination());
        dht.put("join_interval", Duration.format(d.joinIntervalNanos()));
        dht.put("lookups_per_second", d.lookupsPerSecond());
        dht.put("lookup_duration", Duration.format(d.lookupDurationNanos()));
        if (d.hasChurn()) {
            ObjectNode churn = dht.putObject("churn");
            churn.set("session", distribution(d.churn().session()));
            churn.set("offline", distribution(d.churn().offline()));
        }
        return write(metricsAndSweep(root, s));
    }

    private static ObjectNode metricsAndSweep(ObjectNode root, Scenario s) {
        ObjectNode metrics = root.putObject("metrics");
        metrics.put("sample_interval", Duration.format(s.metrics().sampleIntervalNanos()));
        metrics.put("trace", s.metrics().trace());
        ObjectNode sweep = root.putObject("sweep");
        sweep.put("replications", s.sweep().replications());
        if (!s.sweep().vary().isEmpty()) {
            ObjectNode vary = sweep.putObject("vary");
            s.sweep().vary().forEach((path, values) -> {
                var list = vary.putArray(path);
                values.forEach(list::add);
            });
        }
        return root;
    }

    private static String write(ObjectNode root) {
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write scenario YAML", e);
        }
    }

    private static ObjectNode network(NetworkSpec n) {
        ObjectNode o = NODES.objectNode();
        ObjectNode latency = o.putObject("latency");
        latency.put("model", n.latency().model());
        LatencySpec lat = n.latency();
        if (lat instanceof LatencySpec.Constant c) {
            latency.put("value", Duration.format(c.valueNanos()));
        } else if (lat instanceof LatencySpec.FromDistribution d) {
            distributionInto(latency, d.dist());
        } else if (lat instanceof LatencySpec.Coordinates c) {
            latency.put("dimensions", c.dimensions());
            latency.put("extent", Duration.format(c.extentNanos()));
            latency.put("base", Duration.format(c.baseNanos()));
        } else if (lat instanceof LatencySpec.Matrix m) {
            latency.put("file", m.file().toString());
            if (!m.weights().isEmpty()) {
                var w = latency.putArray("weights");
                m.weights().forEach(w::add);
            }
        }
        var classes = o.putArray("classes");
        for (CapacityClass c : n.classes()) {
            ObjectNode k = classes.addObject();
            k.put("name", c.name());
            k.put("share", c.share());
            k.put("upload", DataRate.format(c.uploadBytesPerSecond()));
            k.put("download", DataRate.format(c.downloadBytesPerSecond()));
        }
        return o;
    }

    private static ObjectNode torrent(TorrentSpec t) {
        ObjectNode o = NODES.objectNode();
        if (t.file() != null) {
            o.put("file", t.file().toString());
        } else {
            o.put("size", ByteSize.format(t.sizeBytes()));
            o.put("piece_length", ByteSize.format(t.pieceLengthBytes()));
        }
        return o;
    }

    private static ObjectNode population(PopulationSpec p) {
        ObjectNode o = NODES.objectNode();
        ObjectNode seeds = o.putObject("seeds");
        SeedSpec s = p.seeds();
        seeds.put("count", s.count());
        if (s.capacityClass() != null) {
            seeds.put("class", s.capacityClass());
        } else {
            seeds.put("upload", DataRate.format(s.uploadBytesPerSecond()));
            seeds.put("download", DataRate.format(s.downloadBytesPerSecond()));
        }
        seeds.set("lingering", distribution(s.lingering()));
        ObjectNode l = o.putObject("leechers");
        LeecherSpec leechers = p.leechers();
        l.put("arrival", leechers.arrival().name());
        ArrivalProcess arrival = leechers.arrival();
        if (arrival instanceof FlashCrowdArrivals f) {
            l.put("count", f.count());
            l.put("at", Duration.format(f.atNanos()));
        } else if (arrival instanceof PoissonArrivals a) {
            l.put("rate", a.ratePerSecond());
            l.put("start", Duration.format(a.startNanos()));
            l.put("duration", Duration.format(a.durationNanos()));
        } else if (arrival instanceof TraceArrivals t) {
            l.put("file", t.file().toString());
        }
        l.set("lingering", distribution(leechers.lingering()));
        if (!leechers.abort().isNever()) {
            l.set("abort", distribution(leechers.abort()));
        }
        ObjectNode b = l.putObject("behaviours");
        leechers.behaviours().forEach(b::put);
        return o;
    }

    private static ObjectNode protocol(ProtocolSpec p) {
        ObjectNode o = NODES.objectNode();
        o.put("picker", p.picker());
        o.put("random_first_pieces", p.randomFirstPieces());
        ObjectNode c = o.putObject("choker");
        ChokerSpec k = p.choker();
        c.put("policy", k.policy());
        c.put("regular_slots", k.regularSlots());
        c.put("optimistic_slots", k.optimisticSlots());
        c.put("rechoke_interval", Duration.format(k.rechokeIntervalNanos()));
        c.put("optimistic_interval", Duration.format(k.optimisticIntervalNanos()));
        c.put("window", Duration.format(k.windowNanos()));
        c.put("seed_rule", k.seedRule());
        o.put("pipeline_depth", p.pipelineDepth());
        o.put("end_game", p.endGame());
        o.put("max_connections", p.maxConnections());
        o.put("max_initiated", p.maxInitiated());
        o.put("connection_slack", p.connectionSlack());
        o.put("snub_timeout", Duration.format(p.snubTimeoutNanos()));
        o.put("keepalive", Duration.format(p.keepaliveNanos()));
        o.put("block_size", ByteSize.format(p.blockSizeBytes()));
        return o;
    }

    private static com.fasterxml.jackson.databind.JsonNode distribution(DistributionSpec d) {
        if (d.isNever()) {
            return NODES.textNode("forever");
        }
        ObjectNode o = NODES.objectNode();
        distributionInto(o, d);
        return o;
    }

    private static void distributionInto(ObjectNode o, DistributionSpec d) {
        o.put("dist", d.dist());
        for (Map.Entry<String, Double> e : d.params().entrySet()) {
            if (DistributionSpec.isDimensionless(d.dist(), e.getKey())) {
                o.put(e.getKey(), e.getValue());
            } else {
                o.put(e.getKey(), Duration.format(Math.round(e.getValue() * 1e9)));
            }
        }
        if (d.file() != null) {
            o.put("file", d.file().toString());
        }
    }

}
