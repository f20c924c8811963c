package org.swarmsim.run.swarm;

import java.util.ArrayList;
import java.util.List;
import org.swarmsim.discovery.TrackerPlan;
import org.swarmsim.scenario.Fields;
import org.swarmsim.scenario.YamlMap;
import org.swarmsim.scenario.YamlNode;
import org.swarmsim.scenario.units.ByteSize;
import org.swarmsim.scenario.units.Duration;

/**
 * Reads and writes {@code tracker}: the announce interval, numwant, seeds' answers, a private
 * tracker's ratio rule, and the trackers of a multi-tracker torrent (BEP 12): {@code count},
 * {@code tiers} (tier sizes, default one tier per tracker), {@code offline_at} (a duration for the
 * first tracker, or a list with one duration or {@code never} per tracker) and {@code full_list}
 * (the share of leechers that know every tracker; the others know the first only).
 */
final class TrackerReader {
    static final String[] KEYS = {"interval", "numwant", "offline_at", "seeders_receive", "min_ratio", "ratio_grace",
        "count", "tiers", "full_list"};

    private TrackerReader() {
    }

    static TrackerSpec read(Fields f) {
        if (f == null) {
            return TrackerSpec.defaults();
        }
        TrackerSpec d = TrackerSpec.defaults();
        long interval = f.duration("interval", d.intervalNanos(), 1);
        int numwant = (int) f.integer("numwant", (long) d.numwant(), 1, 10_000);
        String seedersReceive = f.choice("seeders_receive", d.seedersGetLeechersOnly() ? "leechers" : "everyone",
                "answer to seeds", TrackerSpec.SEEDERS_RECEIVE);
        double minRatio = f.has("min_ratio") ? f.number("min_ratio", 0.0, 0) : 0;
        long grace = f.bytes("ratio_grace", 0L, 0);
        int count = (int) f.integer("count", 1L, 1, 64);
        List<Integer> tiers = tiers(f, count);
        List<Long> offline = offline(f, count);
        double fullList = f.fraction("full_list", 1.0);
        return new TrackerSpec(interval, numwant, new TrackerPlan(tiers, offline, fullList), seedersReceive.equals("leechers"),
                minRatio, grace);
    }

    private static List<Integer> tiers(Fields f, int count) {
        List<Integer> each = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            each.add(1);
        }
        YamlNode.ListNode list = f.has("tiers") ? f.list("tiers") : null;
        if (list == null) {
            return each;
        }
        List<Integer> sizes = new ArrayList<>();
        int sum = 0;
        for (YamlNode item : list.items()) {
            int v = item instanceof YamlNode.ScalarNode s && s.text().matches("[1-9][0-9]{0,1}") ? Integer.parseInt(s.text()) : 0;
            if (v < 1) {
                f.problem(item, "tiers", "a tier size is an integer >= 1 (given " + item.describe() + ")");
                return each;
            }
            sizes.add(v);
            sum += v;
        }
        if (sum != count) {
            f.problem(list, "tiers", "the tier sizes must add up to count (given " + sizes + ", which sum to " + sum
                    + "; count is " + count + ")");
            return each;
        }
        return sizes;
    }

    private static List<Long> offline(Fields f, int count) {
        List<Long> out = new ArrayList<>();
        YamlNode n = f.get("offline_at");
        if (n instanceof YamlNode.ListNode list) {
            for (YamlNode item : list.items()) {
                String text = item instanceof YamlNode.ScalarNode s ? s.text() : null;
                try {
                    out.add(text == null ? -1 : text.equals("never") ? TrackerSpec.NEVER : Duration.parse(text));
                } catch (IllegalArgumentException e) {
                    out.add(-1L);
                }
                if (out.get(out.size() - 1) < 0) {
                    f.problem(item, "offline_at", "expected a duration such as 10min, or never (given " + item.describe()
                            + ")");
                    out.set(out.size() - 1, TrackerSpec.NEVER);
                }
            }
            if (out.size() != count) {
                f.problem(list, "offline_at", "one entry per tracker (given " + out.size() + " for count " + count + ")");
            }
        } else {
            out.add(f.duration("offline_at", TrackerSpec.NEVER, 0));
        }
        while (out.size() < count) {
            out.add(TrackerSpec.NEVER);
        }
        return List.copyOf(out.subList(0, count));
    }

    /** Writes the section, every default spelled out (the multi-tracker keys only for several trackers). */
    static void write(TrackerSpec s, YamlMap tracker) {
        tracker.put("interval", Duration.format(s.intervalNanos()));
        tracker.put("numwant", s.numwant());
        TrackerPlan p = s.plan();
        if (p.count() == 1) {
            if (s.goesOffline()) {
                tracker.put("offline_at", Duration.format(s.offlineAtNanos()));
            }
        } else {
            tracker.put("count", p.count());
            YamlMap.YamlList tiers = tracker.putList("tiers");
            p.tiers().forEach(t -> tiers.add((long) t));
            YamlMap.YamlList off = tracker.putList("offline_at");
            p.offlineAtNanos().forEach(t -> off.add(t == TrackerSpec.NEVER ? "never" : Duration.format(t)));
            tracker.put("full_list", p.fullListShare());
        }
        tracker.put("seeders_receive", s.seedersGetLeechersOnly() ? "leechers" : "everyone");
        if (s.minRatio() > 0) {
            tracker.put("min_ratio", s.minRatio());
            tracker.put("ratio_grace", ByteSize.format(s.ratioGraceBytes()));
        }
    }
}
