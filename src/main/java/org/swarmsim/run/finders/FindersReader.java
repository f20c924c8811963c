package org.swarmsim.run.finders;

import java.util.List;
import java.util.Locale;
import org.swarmsim.finders.Fallback;
import org.swarmsim.finders.FinderConfig;
import org.swarmsim.finders.Geometries;
import org.swarmsim.scenario.Arrivals;
import org.swarmsim.scenario.ChurnSpec;
import org.swarmsim.scenario.FailureSpec;
import org.swarmsim.scenario.Fields;
import org.swarmsim.scenario.YamlMap;
import org.swarmsim.scenario.YamlNode;
import org.swarmsim.scenario.units.Duration;
import org.swarmsim.scenario.units.Fraction;

/** Reads and writes the {@code finders} section of a {@code kind: finders} scenario ({@link FindersSpec}). */
final class FindersReader {
    static final String[] KEYS = {"nodes", "fraction", "election", "geometry", "links", "r", "cache", "gossip_interval",
        "route_via_cache", "fallback", "flood_ttl", "walk_length", "max_hops", "hop_timeout", "search_timeout",
        "peers_per_finder", "attach", "contacts_per_answer", "hints", "hints_per_gossip", "hint_ttl", "refresh",
        "expiry", "swarms", "popularity", "warmup", "workload", "churn", "peer_churn", "failures"};
    static final List<String> ELECTIONS = List.of("random", "capacity");
    static final List<String> FALLBACKS = List.of("flood", "walk", "none");
    static final List<String> TARGETS = List.of("swarms", "keys");
    private static final long DEFAULT_WARMUP_NANOS = 60_000_000_000L;
    private static final long DEFAULT_DURATION_NANOS = 10L * 60 * 1_000_000_000L;

    private FindersReader() {
    }

    /** The default link count of a geometry: Symphony's k = 4, Kleinberg's q = 1, Kademlia's k = 8, random degree 8. */
    static int defaultLinks(String geometry) {
        return switch (geometry) {
            case "symphony" -> 4;
            case "kleinberg" -> 1;
            default -> 8;
        };
    }

    static FindersSpec read(Fields top) {
        Fields f = top.map("finders", KEYS);
        if (f == null) {
            if (!top.has("finders")) {
                top.missing("finders", "a map with " + String.join(", ", KEYS));
            }
            return null;
        }
        int before = f.problems().size();
        int nodes = (int) f.integer("nodes", null, 1, 10_000_000);
        double fraction = finderFraction(f);
        String election = f.choice("election", "random", "finder election", ELECTIONS);
        String geometry = f.choice("geometry", "symphony", "finder geometry", Geometries.REGISTRY.names());
        int links = (int) f.integer("links", (long) defaultLinks(geometry), 1, 1024);
        double r = exponent(f);
        FinderConfig d = FinderConfig.defaults();
        int cache = (int) f.integer("cache", (long) d.cacheSize(), 1, 65_534);
        long gossip = f.duration("gossip_interval", d.gossipNanos(), 0);
        boolean viaCache = f.bool("route_via_cache", d.routeViaCache());
        String fallback = f.choice("fallback", "flood", "fall-back", FALLBACKS);
        int floodTtl = (int) f.integer("flood_ttl", (long) d.floodTtl(), 1, 16);
        int walk = (int) f.integer("walk_length", (long) d.walkLength(), 1, 255);
        int maxHops = (int) f.integer("max_hops", (long) d.maxHops(), 1, 65_535);
        long hopTimeout = f.duration("hop_timeout", d.hopTimeoutNanos(), 1);
        long searchTimeout = f.duration("search_timeout", d.searchTimeoutNanos(), 1);
        int perFinder = (int) f.integer("peers_per_finder", (long) d.peersPerFinder(), 1, 1_000_000);
        int attach = (int) f.integer("attach", (long) d.attach(), 1, 64);
        int contacts = (int) f.integer("contacts_per_answer", (long) d.contactsPerAnswer(), 1, 10_000);
        int hints = (int) f.integer("hints", (long) d.hintCapacity(), 0, 1_000_000);
        int hintsPerGossip = (int) f.integer("hints_per_gossip", (long) d.hintsPerGossip(), 0, 255);
        long hintTtl = f.duration("hint_ttl", d.hintTtlNanos(), 1);
        long refresh = f.duration("refresh", d.refreshNanos(), 1);
        long expiry = f.duration("expiry", d.expiryNanos(), 1);
        int swarms = (int) f.integer("swarms", 100L, 1, 10_000_000);
        double popularity = popularity(f);
        long warmup = f.duration("warmup", DEFAULT_WARMUP_NANOS, 0);
        FindersSpec.Workload workload = workload(f);
        ChurnSpec churn = ChurnSpec.read(f, "churn");
        ChurnSpec peerChurn = ChurnSpec.read(f, "peer_churn");
        List<FailureSpec> failures = FailureSpec.readList(f, "failures", "finders");
        if (f.problems().size() != before) {
            return null;
        }
        int finders = FindersSpec.finderCount(nodes, fraction);
        if (geometry.equals("kleinberg") && !isSquare(finders)) {
            int s = (int) Math.floor(Math.sqrt(finders));
            f.problem(f.get("nodes"), "nodes", String.format(Locale.ROOT, "kleinberg places finders on a side x side "
                    + "lattice, so nodes x fraction must be a square (given %d x %s = %d finders; allowed: a square "
                    + "such as %d or %d)", nodes, fractionText(fraction), finders, s * s, (s + 1) * (s + 1)));
            return null;
        }
        if (workload.swarms() && nodes - finders < 1) {
            f.problem(f.get("fraction"), "fraction", "workload.target swarms needs peers to register in swarms, but "
                    + "every node is a finder (given fraction " + fractionText(fraction) + "; allowed: a fraction below "
                    + "1, or workload.target: keys)");
            return null;
        }
        FinderConfig config = new FinderConfig(cache, gossip, viaCache, Fallback.valueOf(fallback.toUpperCase(Locale.ROOT)),
                floodTtl, walk, maxHops, hopTimeout, searchTimeout, perFinder, attach, contacts, hints, hintsPerGossip,
                hintTtl, refresh, expiry);
        return new FindersSpec(nodes, fraction, election, geometry, links, r, config, swarms, popularity, warmup,
                workload, churn, peerChurn, failures);
    }

    private static boolean isSquare(int n) {
        int s = (int) Math.round(Math.sqrt(n));
        return (long) s * s == n;
    }

    private static String fractionText(double f) {
        return String.format(Locale.ROOT, "%.6g", f).replaceAll("\\.?0+$", "");
    }

    /** The finder fraction, 0 < f <= 1 ({@code 0.1} or {@code 10%}). */
    private static double finderFraction(Fields f) {
        YamlNode.ScalarNode s = f.scalar("fraction");
        if (s == null) {
            return 0.1;
        }
        double v;
        try {
            v = Fraction.parse(s.text());
        } catch (IllegalArgumentException e) {
            v = Double.NaN;
        }
        if (!(v > 0 && v <= 1)) {
            f.problem(s, "fraction", "the share of the nodes that are finders must be above 0 and at most 1 (given "
                    + s.text() + "; allowed: 0 < fraction <= 1, such as 10% or 0.1, or 100% for finders only)");
            return 0.1;
        }
        return v;
    }

    private static double exponent(Fields f) {
        return nonNegative(f, "r", 2.0, "Kleinberg's exponent must be a number >= 0", "0 <= r, such as 2, the only value "
                + "at which greedy routing is polylogarithmic");
    }

    private static double popularity(Fields f) {
        return nonNegative(f, "popularity", 0.8, "the Zipf exponent of swarm popularity must be a number >= 0",
                "0 for uniform, 0.8 by default, 1 for classic Zipf");
    }

    /** A finite number >= 0 at {@code key}, else {@code fallback}, with "problem (given ...; allowed: ...)" reported. */
    private static double nonNegative(Fields f, String key, double fallback, String problem, String allowed) {
        YamlNode.ScalarNode s = f.scalar(key);
        if (s == null) {
            return fallback;
        }
        double v;
        try {
            v = Double.parseDouble(s.text());
        } catch (NumberFormatException e) {
            v = Double.NaN;
        }
        if (!(v >= 0) || Double.isInfinite(v)) {
            f.problem(s, key, problem + " (given " + s.text() + "; allowed: " + allowed + ")");
            return fallback;
        }
        return v;
    }

    private static FindersSpec.Workload workload(Fields f) {
        Fields w = f.map("workload", "target", "searches_per_second", "duration");
        if (w == null) {
            return new FindersSpec.Workload("swarms", 1.0, DEFAULT_DURATION_NANOS);
        }
        String target = w.choice("target", "swarms", "search target", TARGETS);
        double rate = Arrivals.perSecond(w, "searches_per_second", 1.0, null, "expected a rate > 0",
                "per second such as 10");
        long duration = w.duration("duration", DEFAULT_DURATION_NANOS, 1);
        return new FindersSpec.Workload(target, rate > 0 ? rate : 1.0, duration);
    }

    /** Writes {@code finders}, every default spelled out. */
    static void write(FindersSpec s, YamlMap root) {
        YamlMap p = root.putMap("finders");
        FinderConfig c = s.config();
        p.put("nodes", s.nodes());
        p.put("fraction", s.fraction());
        p.put("election", s.election());
        p.put("geometry", s.geometry());
        p.put("links", s.links());
        p.put("r", s.exponent());
        p.put("cache", c.cacheSize());
        p.put("gossip_interval", Duration.format(c.gossipNanos()));
        p.put("route_via_cache", c.routeViaCache());
        p.put("fallback", c.fallback().name().toLowerCase(Locale.ROOT));
        p.put("flood_ttl", c.floodTtl());
        p.put("walk_length", c.walkLength());
        p.put("max_hops", c.maxHops());
        p.put("hop_timeout", Duration.format(c.hopTimeoutNanos()));
        p.put("search_timeout", Duration.format(c.searchTimeoutNanos()));
        p.put("peers_per_finder", c.peersPerFinder());
        p.put("attach", c.attach());
        p.put("contacts_per_answer", c.contactsPerAnswer());
        p.put("hints", c.hintCapacity());
        p.put("hints_per_gossip", c.hintsPerGossip());
        p.put("hint_ttl", Duration.format(c.hintTtlNanos()));
        p.put("refresh", Duration.format(c.refreshNanos()));
        p.put("expiry", Duration.format(c.expiryNanos()));
        p.put("swarms", s.swarms());
        p.put("popularity", s.popularity());
        p.put("warmup", Duration.format(s.warmupNanos()));
        YamlMap w = p.putMap("workload");
        w.put("target", s.workload().target());
        w.put("searches_per_second", s.workload().perSecond());
        w.put("duration", Duration.format(s.workload().durationNanos()));
        if (s.churn() != null) {
            s.churn().writeAt(p, "churn");
        }
        if (s.peerChurn() != null) {
            s.peerChurn().writeAt(p, "peer_churn");
        }
        FailureSpec.writeList(s.failures(), p, "failures");
    }
}
