package org.swarmsim.sweep;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.swarmsim.metrics.AtomicFiles;
import org.swarmsim.metrics.OutputFile;
import org.swarmsim.metrics.ResultsDirectory;
import org.swarmsim.metrics.RunOutput;
import org.swarmsim.metrics.Summary;
import org.swarmsim.run.Kinds;
import org.swarmsim.run.Progress;
import org.swarmsim.run.RunRequest;
import org.swarmsim.run.RunResult;
import org.swarmsim.scenario.Scenario;

/**
 * The files of one finished replication, as bytes in writing order, and how they reach its folder:
 * into {@code rep-RRR.partial} first, renamed to {@code rep-RRR} once all are written, so an
 * interrupted sweep leaves at most a {@code .partial} folder, which the next run redoes. Computing
 * and writing are apart so that a remote engine can run the simulation where it likes and the
 * driver writes exactly what the local engine would.
 *
 * @param names    the file names, in writing order ({@code summary.json} last)
 * @param contents each file's bytes, in the same order
 * @param events   simulation events processed (for the progress bar)
 */
public record ReplicationFiles(List<String> names, List<byte[]> contents, long events) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Requires one content per name. */
    public ReplicationFiles {
        if (names.size() != contents.size()) {
            throw new IllegalArgumentException(names.size() + " names for " + contents.size() + " files");
        }
        names = List.copyOf(names);
        contents = List.copyOf(contents);
    }

    /** Runs replication {@code replication} of the point {@code values} of {@code source}. */
    public static ReplicationFiles compute(ScenarioSource source, Map<String, String> values, int replication) {
        return compute(source, values, replication, null);
    }

    /**
     * Runs replication {@code replication} of the point {@code values} of {@code source}, telling
     * {@code progress} (or nobody, if null) how it goes; the files exist only in memory until
     * {@link #writeInto}, so a run that fails leaves nothing on disk.
     */
    public static ReplicationFiles compute(ScenarioSource source, Map<String, String> values, int replication,
                                           Progress progress) {
        Scenario s = source.point(values);
        long start = System.nanoTime();
        RunResult r = Kinds.of(s).run(s, new RunRequest(replication, progress, null, List.of()));
        return of(s, r, (System.nanoTime() - start) / 1e9);
    }

    /** The files {@code swarmsim run} would write for the finished run {@code r} of {@code s} (no report). */
    public static ReplicationFiles of(Scenario s, RunResult r, double wallS) {
        RunOutput output = r.output(s, wallS);
        List<String> names = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        names.add(RunOutput.SCENARIO_FILE);
        contents.add(output.scenarioYaml().getBytes(StandardCharsets.UTF_8));
        for (OutputFile f : output.tables()) {
            names.add(f.name());
            contents.add(f.text().getBytes(StandardCharsets.UTF_8));
        }
        names.add(Summary.FILE);
        contents.add(output.summary().toJson().getBytes(StandardCharsets.UTF_8));
        return new ReplicationFiles(names, contents, r.events());
    }

    /** These files and one more, {@code name}, written just before {@code summary.json} (which stays last). */
    public ReplicationFiles with(String name, byte[] content) {
        List<String> n = new ArrayList<>(names);
        List<byte[]> c = new ArrayList<>(contents);
        n.add(n.size() - 1, name);
        c.add(c.size() - 1, content);
        return new ReplicationFiles(n, c, events);
    }

    /** Writes the files into {@code dir} by way of {@code dir.partial} (removed first if left over). */
    public void writeInto(Path dir) throws IOException {
        Path partial = partialOf(dir);
        deleteTree(partial);
        ResultsDirectory rd = ResultsDirectory.createAt(partial);
        for (int i = 0; i < names.size(); i++) {
            rd.write(names.get(i), contents.get(i));
        }
        Files.move(partial, dir, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Copies a finished replication folder {@code from} to {@code dir} by way of {@code dir.partial}. */
    public static void copy(Path from, Path dir) throws IOException {
        Path partial = partialOf(dir);
        deleteTree(partial);
        Files.createDirectories(partial);
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path f : walk.sorted().toList()) {
                Path target = partial.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    AtomicFiles.write(target, Files.readAllBytes(f));
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Files.move(partial, dir, StandardCopyOption.ATOMIC_MOVE);
    }

    /** {@code rep-RRR.partial} beside {@code rep-RRR}. */
    public static Path partialOf(Path dir) {
        return dir.resolveSibling(dir.getFileName() + ".partial");
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
