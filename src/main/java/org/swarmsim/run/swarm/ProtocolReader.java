package org.swarmsim.run.swarm;

import java.util.List;
import org.swarmsim.bittorrent.choker.ActiveSet;
import org.swarmsim.bittorrent.wire.PeerMessage;
import org.swarmsim.scenario.Fields;
import org.swarmsim.scenario.units.Duration;

/** Reads a swarm's {@code protocol} section and its {@code choker}, defaults from {@link ProtocolSpec}. */
final class ProtocolReader {
    static final String[] KEYS = {"picker", "random_first_pieces", "choker", "pipeline_depth", "end_game", "encryption", "fast_extension",
        "max_connections", "max_initiated", "connection_slack", "snub_timeout", "keepalive", "block_size"};
    static final String[] CHOKER_KEYS = {"policy", "regular_slots", "optimistic_slots", "rechoke_interval",
        "optimistic_interval", "window", "seed_rule", "active_set"};

    private ProtocolReader() {
    }

    /** The section {@code f} ({@code top.protocol}), or all defaults when it is absent (null). */
    static ProtocolSpec read(Fields f) {
        if (f == null) {
            return ProtocolSpec.defaults();
        }
        String picker = f.choice("picker", ProtocolSpec.DEFAULT_PICKER, "picker", SwarmPolicies.PICKERS.names());
        int randomFirst = f.intValue("random_first_pieces", ProtocolSpec.DEFAULT_RANDOM_FIRST_PIECES, 0);
        ChokerSpec choker = choker(f.map("choker", CHOKER_KEYS));
        int pipeline = (int) f.integer("pipeline_depth", (long) ProtocolSpec.DEFAULT_PIPELINE_DEPTH, 1, 1024);
        boolean endGame = f.bool("end_game", ProtocolSpec.DEFAULT_END_GAME);
        int maxConnections = (int) f.integer("max_connections", (long) ProtocolSpec.DEFAULT_MAX_CONNECTIONS, 1, 100_000);
        int maxInitiated = (int) f.integer("max_initiated", (long) Math.min(ProtocolSpec.DEFAULT_MAX_INITIATED,
                maxConnections), 0, 100_000);
        if (maxInitiated > maxConnections) {
            f.problem(f.get("max_initiated"), "max_initiated", "must not exceed max_connections (given "
                    + maxInitiated + "; allowed: 0 to " + maxConnections + ")");
            maxInitiated = maxConnections;
        }
        int slack = (int) f.integer("connection_slack", (long) ProtocolSpec.DEFAULT_CONNECTION_SLACK, 0, 100_000);
        long snub = f.duration("snub_timeout", ProtocolSpec.DEFAULT_SNUB_TIMEOUT_NANOS, 1);
        long keepalive = f.duration("keepalive", ProtocolSpec.DEFAULT_KEEPALIVE_NANOS, 1);
        long block = f.bytes("block_size", ProtocolSpec.DEFAULT_BLOCK_SIZE_BYTES, 1);
        if (block > PeerMessage.MAX_BLOCK_BYTES) {
            f.problem(f.get("block_size"), "block_size", "too large (given " + f.scalar("block_size").text()
                    + "; allowed: up to 128KiB, the largest request clients accept)");
            block = ProtocolSpec.DEFAULT_BLOCK_SIZE_BYTES;
        }
        return new ProtocolSpec(picker, randomFirst, choker, pipeline, endGame, maxConnections, maxInitiated, slack, snub,
                keepalive, block, encryption(f), f.bool("fast_extension", false));
    }

    static final java.util.List<String> POLICIES = java.util.List.of("disabled", "enabled", "forced");

    /** {@code encryption}: a policy, or a map of policy to share (summing to 1). */
    private static java.util.Map<String, Double> encryption(Fields f) {
        java.util.Map<String, Double> out = new java.util.LinkedHashMap<>();
        org.swarmsim.scenario.YamlNode n = f.get("encryption");
        if (n == null) {
            out.put("disabled", 1.0);
            return out;
        }
        if (n instanceof org.swarmsim.scenario.YamlNode.ScalarNode) {
            out.put(f.choice("encryption", "disabled", "encryption policy", POLICIES), 1.0);
            return out;
        }
        Fields m = f.map("encryption", POLICIES.toArray(new String[0]));
        double sum = 0;
        for (String p : POLICIES) {
            if (m != null && m.has(p)) {
                double share = m.fraction(p, 0.0);
                out.put(p, share);
                sum += share;
            }
        }
        if (Math.abs(sum - 1) > 1e-9) {
            f.problem(n, "encryption", "the shares of the policies must sum to 1 (given " + out + "; allowed: a policy "
                    + "(disabled, enabled, forced) or a map such as {forced: 50%, disabled: 50%})");
            out.clear();
            out.put("disabled", 1.0);
        }
        return out;
    }

    private static ChokerSpec choker(Fields f) {
        if (f == null) {
            return ChokerSpec.defaults();
        }
        int before = f.problems().size();
        String policy = f.choice("policy", ChokerSpec.DEFAULT_POLICY, "choker", SwarmPolicies.CHOKERS.names());
        int regular = f.intValue("regular_slots", ChokerSpec.DEFAULT_REGULAR_SLOTS, 0);
        int optimistic = f.intValue("optimistic_slots", ChokerSpec.DEFAULT_OPTIMISTIC_SLOTS, 0);
        long rechoke = f.duration("rechoke_interval", ChokerSpec.DEFAULT_RECHOKE_INTERVAL_NANOS, 1);
        long optimisticInterval = f.duration("optimistic_interval", ChokerSpec.DEFAULT_OPTIMISTIC_INTERVAL_NANOS, 1);
        long window = f.duration("window", ChokerSpec.DEFAULT_WINDOW_NANOS, 1);
        String seedRule = f.choice("seed_rule", ChokerSpec.DEFAULT_SEED_RULE, "seed rule", SwarmPolicies.SEED_RULES.names());
        ActiveSet activeSet = ActiveSet.of(f.choice("active_set", ChokerSpec.DEFAULT_ACTIVE_SET.label(), "active set",
                List.of(ActiveSet.FIXED.label(), ActiveSet.AZUREUS.label())));
        if (f.problems().size() != before) {
            return ChokerSpec.defaults();
        }
        if (activeSet == ActiveSet.AZUREUS && f.has("regular_slots")) {
            f.problem(f.get("regular_slots"), "regular_slots", "with active_set: azureus each peer's regular slots "
                    + "follow from its upload capacity (given regular_slots " + regular + "; allowed: leave it out, or "
                    + "active_set: fixed)");
            return ChokerSpec.defaults();
        }
        if (regular + optimistic < 1) {
            f.problem(f.get(f.has("optimistic_slots") ? "optimistic_slots" : "regular_slots"),
                    f.has("optimistic_slots") ? "optimistic_slots" : "regular_slots",
                    "a peer needs at least one upload slot (given regular_slots " + regular + " and optimistic_slots "
                            + optimistic + "; allowed: at least 1 in all)");
            return ChokerSpec.defaults();
        }
        if (optimisticInterval % rechoke != 0 || optimisticInterval < rechoke) {
            f.problem(f.get(f.has("optimistic_interval") ? "optimistic_interval" : "rechoke_interval"),
                    f.has("optimistic_interval") ? "optimistic_interval" : "rechoke_interval",
                    "optimistic_interval must be a whole multiple of rechoke_interval (given "
                            + Duration.format(optimisticInterval) + " and " + Duration.format(rechoke)
                            + "; allowed: 1, 2, 3, ... times rechoke_interval)");
            return ChokerSpec.defaults();
        }
        return new ChokerSpec(policy, regular, optimistic, rechoke, optimisticInterval, window, seedRule, activeSet);
    }
}
