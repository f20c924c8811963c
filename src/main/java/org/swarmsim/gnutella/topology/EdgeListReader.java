package org.swarmsim.gnutella.topology;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads an edge list in SNAP's format: one directed edge {@code u v} per line, the two node ids
 * non-negative integers separated by any run of spaces or tabs; lines starting with {@code #}
 * are comments, blank lines are skipped, Windows line ends are fine. Parses by hand, without
 * regular expressions or one string per token, so files of millions of edges read quickly.
 */
public final class EdgeListReader {
    private static final String EXPECTED = "expected two non-negative integer node ids \"u v\"";
    private static final int SHOWN = 80;   // characters of a bad line quoted in the message

    private EdgeListReader() {
    }

    /**
     * The arcs of {@code file}, in file order.
     *
     * @throws EdgeListException naming the file and line of a malformed line, or if the file has no edges
     * @throws IOException if the file cannot be read
     */
    public static EdgeList read(Path file) throws IOException {
        long[] tails = new long[1024];
        long[] heads = new long[1024];
        int count = 0;
        long[] pair = new long[2];
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8))) {
            int lineNumber = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                int start = skipBlanks(line, 0);
                if (start == line.length() || line.charAt(start) == '#') {
                    continue;
                }
                String problem = parse(line, start, pair);
                if (problem != null) {
                    throw new EdgeListException(file, lineNumber, problem + ", found \"" + shown(line) + "\"");
                }
                if (count == tails.length) {
                    int grown = (int) Math.min(Topology.MAX_LINKS, 2L * count);
                    if (grown == count) {
                        throw new EdgeListException(file, lineNumber, "too many edges: at most " + count + " fit");
                    }
                    tails = Arrays.copyOf(tails, grown);
                    heads = Arrays.copyOf(heads, grown);
                }
                tails[count] = pair[0];
                heads[count++] = pair[1];
            }
        }
        if (count == 0) {
            throw new EdgeListException(file, 0, "expected at least one edge line \"u v\", found none"
                    + " (only blank lines and # comments)");
        }
        return new EdgeList(Arrays.copyOf(tails, count), Arrays.copyOf(heads, count));
    }

    /** Parses "u v" from {@code start} into {@code pair}; returns what was expected, or null if fine. */
    private static String parse(String line, int start, long[] pair) {
        int at = start;
        for (int k = 0; k < 2; k++) {
            if (at == line.length()) {
                return EXPECTED;
            }
            long value = 0;
            int digits = 0;
            while (at < line.length() && !isBlank(line.charAt(at))) {
                char c = line.charAt(at++);
                if (c < '0' || c > '9') {
                    return EXPECTED;
                }
                if (value > (Long.MAX_VALUE - (c - '0')) / 10) {
                    return EXPECTED + " of at most " + Long.MAX_VALUE;
                }
                value = value * 10 + (c - '0');
                digits++;
            }
            if (digits == 0) {
                return EXPECTED;
            }
            pair[k] = value;
            at = skipBlanks(line, at);
        }
        return at == line.length() ? null : EXPECTED + " and nothing after them";
    }

    private static int skipBlanks(String line, int from) {
        int at = from;
        while (at < line.length() && isBlank(line.charAt(at))) {
            at++;
        }
        return at;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B';
    }

    private static String shown(String line) {
        String s = line.strip();
        return s.length() <= SHOWN ? s : s.substring(0, SHOWN) + "...";
    }
}
