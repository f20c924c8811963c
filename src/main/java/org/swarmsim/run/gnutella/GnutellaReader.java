package org.swarmsim.run.gnutella;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.swarmsim.gnutella.GnutellaConfig;
import org.swarmsim.gnutella.SearchMethod;
import org.swarmsim.scenario.Arrivals;
import org.swarmsim.scenario.ChurnSpec;
import org.swarmsim.scenario.Fields;
import org.swarmsim.scenario.YamlMap;
import org.swarmsim.scenario.YamlNode;
import org.swarmsim.scenario.YamlNode.ScalarNode;
import org.swarmsim.scenario.units.ByteSize;
import org.swarmsim.scenario.units.Duration;

/** Reads and writes the {@code gnutella} section of a {@code kind: gnutella} scenario ({@link GnutellaSpec}). */
final class GnutellaReader {
    static final List<String> MODELS = List.of("random_regular", "erdos_renyi", "barabasi_albert", "grid", "ring",
            "edge_list");
    static final List<String> METHODS = List.of("flood", "expanding_ring", "random_walk", "two_tier");
    static final List<String> ALLOCATIONS = List.of("uniform", "proportional", "square_root");
    private static final int MAX_NODES = 10_000_000;

    private GnutellaReader() {
    }

    static GnutellaSpec read(Fields top) {
        Fields g = top.map("gnutella", "topology", "ultrapeers", "routing", "content", "workload", "search", "churn");
        if (g == null) {
            if (!top.has("gnutella")) {
                top.missing("gnutella", "a map with topology, ultrapeers, routing, content, workload, search, churn");
            }
            return null;
        }
        int before = g.problems().size();
        TopologySpec topology = topology(g);
        GnutellaSpec.Ultrapeers ultrapeers = ultrapeers(g, topology);
        GnutellaConfig config = routing(g);
        int servents = topology == null ? Integer.MAX_VALUE : topology.nodes() + (ultrapeers == null ? 0 : ultrapeers.leaves());
        ServentIds ids = topology == null ? null : new ServentIds(
                topology instanceof TopologySpec.EdgeListSpec e ? e.graph() : null, topology.nodes(),
                ultrapeers == null ? 0 : ultrapeers.leaves());
        GnutellaSpec.Content content = content(g, servents, ids);
        GnutellaSpec.Workload workload = workload(g, ids);
        List<SearchMethod> methods = methods(g, ultrapeers != null);
        ChurnSpec churn = ChurnSpec.read(g, "churn");
        if (g.problems().size() != before || topology == null) {
            return null;
        }
        return new GnutellaSpec(topology, ultrapeers, config, content, workload, methods, churn);
    }

    private static TopologySpec topology(Fields g) {
        Fields t = g.map("topology", "model", "nodes", "degree", "links", "m", "rows", "cols", "torus", "file");
        if (t == null) {
            if (!g.has("topology")) {
                g.missing("topology", "a map with model (" + String.join(", ", MODELS) + ") and its parameters");
            }
            return null;
        }
        int before = t.problems().size();
        String model = t.choice("model", null, "topology model", MODELS);
        if (t.problems().size() != before) {
            return null;
        }
        TopologySpec spec = switch (model) {
            case "random_regular" -> {
                int n = (int) t.integer("nodes", null, 2, MAX_NODES);
                int d = (int) t.integer("degree", null, 1, 1000);
                if (t.problems().size() == before && ((long) n * d % 2 != 0 || d >= n)) {
                    t.problem(t.get("degree"), "degree", "a d-regular graph needs d < nodes and nodes x d even (given "
                            + n + " nodes, degree " + d + ")");
                }
                yield new TopologySpec.RandomRegularSpec(n, d);
            }
            case "erdos_renyi" -> {
                int n = (int) t.integer("nodes", null, 2, MAX_NODES);
                long m = t.integer("links", null, 0, (long) n * (n - 1) / 2);
                yield new TopologySpec.ErdosRenyiSpec(n, m);
            }
            case "barabasi_albert" -> {
                int n = (int) t.integer("nodes", null, 2, MAX_NODES);
                int m = (int) t.integer("m", null, 1, Math.max(1, n - 1));
                yield new TopologySpec.BarabasiAlbertSpec(n, m);
            }
            case "grid" -> {
                boolean torus = t.bool("torus", false);
                int rows = (int) t.integer("rows", null, torus ? 3 : 1, 10_000);
                int cols = (int) t.integer("cols", null, torus ? 3 : 1, 10_000);
                yield new TopologySpec.GridSpec(rows, cols, torus);
            }
            case "ring" -> new TopologySpec.RingSpec((int) t.integer("nodes", null, 3, MAX_NODES));
            default -> edgeList(t);
        };
        return t.problems().size() == before ? spec : null;
    }

    private static TopologySpec edgeList(Fields t) {
        Path file = t.file("file", true);
        if (file == null) {
            return null;
        }
        try {
            return TopologySpec.EdgeListSpec.read(file);
        } catch (IOException | IllegalArgumentException e) {
            t.problem(t.get("file"), "file", "bad edge list: " + e.getMessage());
            return null;
        }
    }

    private static GnutellaSpec.Ultrapeers ultrapeers(Fields g, TopologySpec topology) {
        Fields u = g.map("ultrapeers", "leaves", "ultrapeers_per_leaf", "leaves_per_ultrapeer");
        if (u == null) {
            return null;
        }
        int before = u.problems().size();
        int leaves = (int) u.integer("leaves", null, 1, MAX_NODES);
        int perLeaf = (int) u.integer("ultrapeers_per_leaf", 3L, 1, 64);
        int perUp = (int) u.integer("leaves_per_ultrapeer", 30L, 1, 10_000);
        if (u.problems().size() == before && topology != null) {
            if (perLeaf > topology.nodes() || (long) leaves * perLeaf > (long) topology.nodes() * perUp) {
                u.problem(null, null, "the ultrapeers cannot hold the leaves: " + leaves + " leaves x " + perLeaf
                        + " ultrapeers each need more than " + topology.nodes() + " ultrapeers x " + perUp
                        + " leaves each (allowed: leaves x ultrapeers_per_leaf <= topology nodes x leaves_per_ultrapeer)");
            }
        }
        return u.problems().size() == before ? new GnutellaSpec.Ultrapeers(leaves, perLeaf, perUp) : null;
    }

    private static GnutellaConfig routing(Fields g) {
        GnutellaConfig d = GnutellaConfig.defaults();
        Fields r = g.map("routing", "duplicate_suppression", "seen_guids", "guid_lifetime", "max_ttl", "qrp_bits");
        if (r == null) {
            return d;
        }
        boolean suppress = r.bool("duplicate_suppression", d.duplicateSuppression());
        int seen = (int) r.integer("seen_guids", (long) d.routeCapacity(), 2, 100_000_000);
        long lifetime = r.duration("guid_lifetime", d.routeLifetimeNanos(), 2);
        int maxTtl = (int) r.integer("max_ttl", (long) d.maxTtl(), 1, 255);
        int bits = (int) r.integer("qrp_bits", (long) d.qrpBits(), 4, 21);
        return d.withDuplicateSuppression(suppress).withRouteTable(seen, lifetime).withMaxTtl(maxTtl).withQrpBits(bits);
    }

    private static GnutellaSpec.Content content(Fields g, int servents, ServentIds ids) {
        Fields c = g.map("content", "objects", "replicas", "allocation", "file", "queries", "zipf_exponent", "size");
        if (c == null) {
            if (!g.has("content")) {
                g.missing("content", "a map with objects, replicas, allocation (or file), queries, zipf_exponent, size");
            }
            return null;
        }
        int objects = (int) c.integer("objects", null, 1, 10_000_000);
        Path placement = null;
        long replicas = 0;
        String allocation = "uniform";
        if (c.has("file")) {
            for (String k : List.of("replicas", "allocation")) {
                if (c.has(k)) {
                    c.problem(c.get(k), k, "content.file lists who holds what; " + k + " is not allowed with it");
                }
            }
            placement = c.file("file", true);
            if (placement != null) {
                try {
                    List<PlacementFile.Holding> holdings = PlacementFile.read(placement, objects);
                    for (PlacementFile.Holding h : holdings) {
                        if (ids != null && !ids.known(h.node())) {
                            c.problem(c.get("file"), "file", "bad placement file " + placement.getFileName() + ": node "
                                    + h.node() + " is not a servent of the overlay (allowed: " + ids.allowed() + ")");
                            break;
                        }
                    }
                    replicas = holdings.size();
                } catch (IOException | IllegalArgumentException e) {
                    c.problem(c.get("file"), "file", "bad placement file: " + e.getMessage());
                }
            }
        } else {
            replicas = c.integer("replicas", null, 0, Long.MAX_VALUE / 2);
            if (replicas > (long) objects * servents) {
                c.problem(c.get("replicas"), "replicas", "more replicas than objects x servents (given " + replicas
                        + "; allowed: 0.." + ((long) objects * servents) + ")");
            }
            allocation = c.choice("allocation", "uniform", "allocation", ALLOCATIONS);
        }
        String queries = c.choice("queries", "uniform", "query distribution", List.of("uniform", "zipf"));
        double exponent = c.has("zipf_exponent") ? c.number("zipf_exponent", 1.0, 0) : 1.0;
        long size = c.bytes("size", 4L << 20, 0);
        return new GnutellaSpec.Content(objects, replicas, allocation, placement, queries.equals("zipf"), exponent,
                size);
    }

    private static GnutellaSpec.Workload workload(Fields g, ServentIds ids) {
        Fields w = g.map("workload", "queries_per_second", "start", "origins", "timeout");
        if (w == null) {
            if (!g.has("workload")) {
                g.missing("workload", "a map with queries_per_second, start, origins, timeout");
            }
            return null;
        }
        double rate = Arrivals.perSecond(w, "queries_per_second", null, "queries per second such as 2",
                "expected a positive rate", "queries per second such as 2");
        long start = w.duration("start", 10_000_000_000L, 0);
        long timeout = w.duration("timeout", 60_000_000_000L, 1);
        List<Long> origins = new ArrayList<>();
        YamlNode.ListNode list = w.list("origins");
        if (list != null && ids != null) {     // without a topology there is nothing to check them against
            for (YamlNode item : list.items()) {
                Long id = item instanceof ScalarNode s ? parseId(s.text()) : null;
                if (id == null || !ids.known(id)) {
                    w.problem(item, "origins", "origin " + item.describe() + " is not a servent of the overlay (allowed: "
                            + ids.allowed() + ")");
                } else {
                    origins.add(id);
                }
            }
        }
        return new GnutellaSpec.Workload(rate, start, origins, timeout);
    }

    private static Long parseId(String text) {
        try {
            long v = Long.parseLong(text.trim());
            return v >= 0 ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<SearchMethod> methods(Fields g, boolean twoTierOverlay) {
        List<SearchMethod> out = new ArrayList<>();
        YamlNode.ListNode list = g.list("search");
        if (list == null) {
            if (!g.has("search")) {
                g.missing("search", "a list of methods such as [{method: flood, ttl: 7}]");
            }
            return out;
        }
        for (Fields m : g.mapItems(list, "search", "method", "ttl", "start", "step", "max", "wait", "walkers",
                "check_every")) {
            int before = m.problems().size();
            String name = m.choice("method", null, "search method", METHODS);
            if (m.problems().size() != before) {
                continue;
            }
            SearchMethod method = switch (name) {
                case "flood" -> new SearchMethod.Flood(ttl(m, "ttl", 7));
                case "two_tier" -> new SearchMethod.TwoTier(ttl(m, "ttl", 3));
                case "random_walk" -> new SearchMethod.RandomWalk((int) m.integer("walkers", 16L, 1, 1024),
                        ttl(m, "ttl", 255), (int) m.integer("check_every", 4L, 0, 255));
                default -> {
                    int start = ttl(m, "start", 1);
                    int step = (int) m.integer("step", 2L, 1, 254);
                    int max = ttl(m, "max", 7);
                    long wait = m.duration("wait", 2_000_000_000L, 1);
                    if (max < start) {
                        m.problem(m.get("max"), "max", "max must be >= start (given max " + max + ", start " + start + ")");
                        yield null;
                    }
                    yield new SearchMethod.ExpandingRing(start, step, max, wait);
                }
            };
            if (m.problems().size() != before || method == null) {
                continue;
            }
            if (name.equals("two_tier") && !twoTierOverlay) {
                m.problem(m.get("method"), "method", "two_tier needs a two-tier overlay (add gnutella.ultrapeers)");
            } else if (name.equals("random_walk") && twoTierOverlay) {
                m.problem(m.get("method"), "method", "random_walk runs on flat overlays only (remove gnutella.ultrapeers "
                        + "or use flood, expanding_ring, two_tier)");
            } else {
                out.add(method);
            }
        }
        return out;
    }

    private static int ttl(Fields m, String key, int fallback) {
        return (int) m.integer(key, (long) fallback, 1, 255);
    }

    static void write(GnutellaSpec s, YamlMap root) {
        YamlMap g = root.putMap("gnutella");
        s.topology().write(g.putMap("topology"));
        if (s.ultrapeers() != null) {
            g.putMap("ultrapeers").put("leaves", s.ultrapeers().leaves())
                    .put("ultrapeers_per_leaf", s.ultrapeers().perLeaf())
                    .put("leaves_per_ultrapeer", s.ultrapeers().perUltrapeer());
        }
        GnutellaConfig c = s.config();
        g.putMap("routing").put("duplicate_suppression", c.duplicateSuppression()).put("seen_guids", c.routeCapacity())
                .put("guid_lifetime", Duration.format(c.routeLifetimeNanos())).put("max_ttl", c.maxTtl())
                .put("qrp_bits", c.qrpBits());
        GnutellaSpec.Content ct = s.content();
        YamlMap content = g.putMap("content").put("objects", ct.objects());
        if (ct.placement() != null) {
            content.put("file", ct.placement().toString());
        } else {
            content.put("replicas", ct.replicas()).put("allocation", ct.allocation());
        }
        content.put("queries", ct.zipf() ? "zipf" : "uniform");
        if (ct.zipf()) {
            content.put("zipf_exponent", ct.exponent());
        }
        content.put("size", ByteSize.format(ct.sizeBytes()));
        GnutellaSpec.Workload w = s.workload();
        YamlMap workload = g.putMap("workload").put("queries_per_second", w.perSecond())
                .put("start", Duration.format(w.startNanos())).put("timeout", Duration.format(w.timeoutNanos()));
        if (!w.origins().isEmpty()) {
            YamlMap.YamlList o = workload.putList("origins");
            w.origins().forEach(o::add);
        }
        YamlMap.YamlList search = g.putList("search");
        for (SearchMethod m : s.methods()) {
            YamlMap item = search.addMap().put("method", m.name());
            if (m instanceof SearchMethod.ExpandingRing e) {
                item.put("start", e.start()).put("step", e.step()).put("max", e.max())
                        .put("wait", Duration.format(e.waitNanos()));
            } else if (m instanceof SearchMethod.RandomWalk r) {
                item.put("walkers", r.walkers()).put("ttl", r.ttl()).put("check_every", r.checkEvery());
            } else {
                item.put("ttl", m.ttl());
            }
        }
        if (s.churn() != null) {
            s.churn().writeAt(g, "churn");
        }
    }
}
