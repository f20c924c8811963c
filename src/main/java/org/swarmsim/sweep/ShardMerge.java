package org.swarmsim.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.TreeSet;
import org.swarmsim.metrics.Summary;
import org.swarmsim.metrics.SweepDirectory;
import org.swarmsim.metrics.SweepTable;
import org.swarmsim.run.Scenarios;
import org.swarmsim.scenario.Scenario;
import org.swarmsim.scenario.ScenarioException;

/**
 * Joins the shard folders of one sweep ({@code swarmsim sweep FILE --shard K/N}) into one sweep
 * folder, as if the sweep had run unsharded: every replication is copied (into
 * {@code rep-RRR.partial}, then renamed), then {@link SweepSummary} writes {@code points.csv},
 * {@code sweep.csv}, the charts and {@code index.html}.
 *
 * <p>Everything is checked before anything is written; refused with an
 * {@link IllegalArgumentException} saying what is wrong: a folder that is not a shard, shards of
 * different sweeps ({@code sweep.yaml}, N, task or replication counts differ), the same K twice
 * or the same replication in two folders, a missing shard or missing replications (which K and
 * which replications), and an output folder that is not new or empty.
 */
public final class ShardMerge {
    private static final int LISTED = 8;

    private final String yaml;
    private final SweepPlan plan;
    private final Scenario base;
    private final Map<Integer, Path> sources;

    private ShardMerge(String yaml, SweepPlan plan, Scenario base, Map<Integer, Path> sources) {
        this.yaml = yaml;
        this.plan = plan;
        this.base = base;
        this.sources = sources;
    }

    /**
     * Checks that {@code shardDirs} are all the shards of one sweep, complete and disjoint, and
     * that {@code out} is new or empty; nothing is written.
     */
    public static ShardMerge check(List<Path> shardDirs, Path out) throws IOException {
        if (shardDirs.isEmpty()) {
            throw new IllegalArgumentException("sweep merge: give the shard folders to merge");
        }
        refuseUsedOut(out);
        Path first = shardDirs.get(0);
        String yaml = null;
        ShardFile firstShard = null;
        Map<Integer, Path> byK = new TreeMap<>();
        Map<String, Path> repOwner = new TreeMap<>();
        Map<Path, Set<String>> repsOf = new LinkedHashMap<>();
        for (Path d : shardDirs) {
            if (!Files.isDirectory(d)) {
                throw new IllegalArgumentException("sweep merge: " + d + " is not a folder");
            }
            Path marker = d.resolve(SweepDirectory.MARKER);
            if (!Files.isRegularFile(marker)) {
                throw new IllegalArgumentException("sweep merge: " + d + " is not a sweep folder (it has no " + SweepDirectory.MARKER + ")");
            }
            ShardFile sf = ShardFile.read(d);
            String y = Files.readString(marker, StandardCharsets.UTF_8);
            if (yaml == null) {
                yaml = y;
                firstShard = sf;
            } else {
                if (!y.equals(yaml)) {
                    throw mismatch(d, first, "their " + SweepDirectory.MARKER + " differ (shards of different sweeps or --set overrides)");
                }
                if (sf.shard().n() != firstShard.shard().n()) {
                    throw mismatch(d, first, "one is shard " + sf.shard() + ", the other " + firstShard.shard() + ": N differs");
                }
                if (sf.tasks() != firstShard.tasks() || sf.replications() != firstShard.replications()) {
                    throw mismatch(d, first, sf.replications() + " vs " + firstShard.replications() + " replications per point, "
                            + sf.tasks() + " vs " + firstShard.tasks() + " tasks");
                }
            }
            Path twin = byK.put(sf.shard().k(), d);
            if (twin != null) {
                throw new IllegalArgumentException("sweep merge: shard " + sf.shard() + " is given twice: " + twin + " and " + d
                        + " (overlapping shards); give each K once");
            }
            Set<String> reps = finishedReplications(d);
            for (String rep : reps) {
                Path other = repOwner.put(rep, d);
                if (other != null) {
                    throw new IllegalArgumentException("sweep merge: replication " + rep + " is in both " + other + " and " + d
                            + " (overlapping shards)");
                }
            }
            repsOf.put(d, reps);
        }
        Scenario base;
        try {
            base = Scenarios.parse(yaml, first.resolve(SweepDirectory.MARKER).toString(), first, List.of());
        } catch (ScenarioException e) {
            throw new IllegalArgumentException("sweep merge: " + first.resolve(SweepDirectory.MARKER) + " is not a valid scenario: " + e.getMessage());
        }
        int n = firstShard.shard().n();
        SweepPlan plan = new SweepPlan(base.sweep().points(), firstShard.replications(), out);
        if (plan.tasks().size() != firstShard.tasks()) {
            throw new IllegalArgumentException("sweep merge: " + first.resolve(ShardFile.FILE) + " says " + firstShard.tasks()
                    + " tasks but its " + SweepDirectory.MARKER + " has " + plan.points().size() + " points x "
                    + firstShard.replications() + " replications = " + plan.tasks().size());
        }
        Map<Integer, Path> sources = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            Shard shard = new Shard(k, n);
            Path d = byK.get(k);
            List<String> missing = new ArrayList<>();
            for (SweepTask t : plan.tasks(shard)) {
                if (d != null && repsOf.get(d).contains(t.relativeName())) {
                    sources.put(t.index(), d.resolve(t.relativeName()));
                } else {
                    missing.add(t.relativeName());
                }
            }
            if (d == null) {
                problems.add("shard " + shard + " is missing (no folder given); its replications: " + list(missing));
            } else if (!missing.isEmpty()) {
                problems.add("shard " + shard + " in " + d + " is incomplete (resume it with the same sweep --shard " + shard
                        + " command); missing: " + list(missing));
            }
        }
        Map<String, Integer> indexOf = new TreeMap<>();
        plan.tasks().forEach(t -> indexOf.put(t.relativeName(), t.index()));
        for (Map.Entry<Path, Set<String>> e : repsOf.entrySet()) {
            Shard own = ShardFile.read(e.getKey()).shard();
            for (String rep : e.getValue()) {
                Integer index = indexOf.get(rep);
                if (index == null || !own.owns(index)) {
                    problems.add(e.getKey() + " (shard " + own + ") holds " + rep + ", which is not one of its replications");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("sweep merge: nothing was written: " + String.join("; ", problems));
        }
        return new ShardMerge(yaml, plan, base, sources);
    }

    /**
     * Writes the merged sweep into {@code out} (checked by {@link #check}): {@code sweep.yaml},
     * {@code points.csv}, every replication, {@code sweep.csv} and, unless {@code noReport}, the
     * report; returns the sweep table.
     */
    public SweepTable writeTo(Path out, boolean noReport) throws IOException {
        refuseUsedOut(out);
        Path dir = SweepDirectory.claim(out, yaml).path();
        SweepSummary.writePoints(dir, base);
        for (SweepTask t : plan.tasks()) {
            Files.createDirectories(t.dir().getParent());
            ReplicationFiles.copy(sources.get(t.index()), t.dir());
        }
        return SweepSummary.write(dir, base, plan.tasks(), noReport);
    }

    /** The merged sweep's plan (its tasks live in the output folder). */
    public SweepPlan plan() {
        return plan;
    }

    /** The sweep's base scenario (as its {@code sweep.yaml} holds it). */
    public Scenario base() {
        return base;
    }

    private static void refuseUsedOut(Path out) throws IOException {
        if (!Files.exists(out)) {
            return;
        }
        if (!Files.isDirectory(out)) {
            throw new IllegalArgumentException("sweep merge: --out " + out + " exists and is not a folder; give a new or empty folder");
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(out)) {
            if (entries.iterator().hasNext()) {
                throw new IllegalArgumentException("sweep merge: --out " + out + " is not empty; nothing was written: "
                        + "a merge writes only into a new or empty folder");
            }
        }
    }

    /** {@code point-NN/rep-RRR} of every finished replication in a shard folder, sorted. */
    private static Set<String> finishedReplications(Path dir) throws IOException {
        TreeSet<String> reps = new TreeSet<>();
        try (DirectoryStream<Path> points = Files.newDirectoryStream(dir, "point-*")) {
            for (Path p : points) {
                if (!Files.isDirectory(p)) {
                    continue;
                }
                try (DirectoryStream<Path> rs = Files.newDirectoryStream(p, "rep-*")) {
                    for (Path r : rs) {
                        String name = r.getFileName().toString();
                        if (!name.endsWith(".partial") && Files.isRegularFile(r.resolve(Summary.FILE))) {
                            reps.add(p.getFileName() + "/" + name);
                        }
                    }
                }
            }
        }
        return reps;
    }

    private static String list(List<String> reps) {
        if (reps.size() <= LISTED) {
            return String.join(", ", reps);
        }
        return String.join(", ", reps.subList(0, LISTED)) + " and " + (reps.size() - LISTED) + " more";
    }

    private static IllegalArgumentException mismatch(Path a, Path b, String why) {
        return new IllegalArgumentException("sweep merge: " + a + " and " + b + " are not shards of one sweep: " + why
                + "; nothing was written");
    }
}
