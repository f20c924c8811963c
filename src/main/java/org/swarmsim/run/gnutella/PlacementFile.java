package org.swarmsim.run.gnutella;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code gnutella.content.file}: who holds what, one {@code node object} pair per line
 * (whitespace-separated; {@code #} starts a comment line; blank lines are ignored), node ids as in
 * the outputs (an edge list's own ids), objects {@code 0..objects-1}. A pair listed twice is an
 * error, so that a file's replica counts are what it says.
 */
final class PlacementFile {
    /** One line: a servent (by id) holds an object. */
    record Holding(long node, int object) {
    }

    private PlacementFile() {
    }

    /**
     * The pairs in file order.
     *
     * @throws IllegalArgumentException naming the file, the line and what was expected
     */
    static List<Holding> read(Path file, int objects) throws IOException {
        List<Holding> out = new ArrayList<>();
        java.util.Set<Holding> seen = new java.util.HashSet<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                String[] f = t.split("\\s+");
                long node;
                long object;
                try {
                    if (f.length != 2) {
                        throw new NumberFormatException();
                    }
                    node = Long.parseLong(f[0]);
                    object = Long.parseLong(f[1]);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(file.getFileName() + ":" + n + ": expected \"node object\" (two "
                            + "non-negative integers), found \"" + shorten(t) + "\"");
                }
                if (node < 0 || object < 0 || object >= objects) {
                    throw new IllegalArgumentException(file.getFileName() + ":" + n + ": object " + object + " of node "
                            + node + " is out of range (allowed: node ids >= 0, objects 0.." + (objects - 1) + ")");
                }
                Holding h = new Holding(node, (int) object);
                if (!seen.add(h)) {
                    throw new IllegalArgumentException(file.getFileName() + ":" + n + ": node " + node + " holds object "
                            + object + " twice");
                }
                out.add(h);
            }
        }
        return out;
    }

    private static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
