package org.swarmsim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.swarmsim.scenario.Suggestions;

/**
 * The check every command makes before loading a scenario file it was given: a path that is not
 * a file is bad input (exit code 2), reported as {@code no such file: PATH} with the nearest
 * {@code .yaml} file by edit distance on the name, looked for in the same folder, then in
 * {@code scenarios/}: {@code no such file: scenarios/quickstrat.yaml; did you mean
 * 'scenarios/quickstart.yaml'?}.
 */
public final class ScenarioFileCheck {
    /** Where the shipped scenarios are, relative to the working directory. */
    static final Path SCENARIOS = Path.of("scenarios");

    private ScenarioFileCheck() {
    }

    /** Null if {@code file} is a regular file, else the one-line message saying what is wrong. */
    public static String problem(Path file) {
        if (Files.isRegularFile(file)) {
            return null;
        }
        if (Files.isDirectory(file)) {
            return "not a file but a folder: " + file + " (give a scenario .yaml file)";
        }
        return "no such file: " + file + didYouMean(file);
    }

    /** Throws {@link IllegalArgumentException} (exit code 2) with {@link #problem}'s message. */
    public static void require(Path file) {
        String problem = problem(file);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /**
     * "; did you mean 'PATH'?" for the nearest .yaml file, or "" when none is close: the same
     * folder first, then {@code scenarios/}.
     */
    static String didYouMean(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return "";
        }
        Path parent = file.getParent();
        for (Path folder : List.of(parent == null ? Path.of("") : parent, SCENARIOS)) {
            Map<String, Path> byStem = new LinkedHashMap<>();
            for (Path candidate : yamlFiles(folder)) {
                byStem.putIfAbsent(stem(candidate.getFileName().toString()), candidate);
            }
            String best = Suggestions.closest(stem(name.toString()), new ArrayList<>(byStem.keySet()));
            if (best != null) {
                return "; did you mean '" + byStem.get(best) + "'?";
            }
        }
        return "";
    }

    /** The .yaml and .yml files directly in {@code folder}, sorted by name; none if it is not a folder. */
    private static List<Path> yamlFiles(Path folder) {
        Path dir = folder.toString().isEmpty() ? Path.of(".") : folder;
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "*.{yaml,yml}")) {
            for (Path p : entries) {
                if (Files.isRegularFile(p)) {
                    found.add(folder.toString().isEmpty() ? p.getFileName() : folder.resolve(p.getFileName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        found.sort(null);
        return found;
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot);
        return ext.equals(".yaml") || ext.equals(".yml") ? fileName.substring(0, dot) : fileName;
    }
}
