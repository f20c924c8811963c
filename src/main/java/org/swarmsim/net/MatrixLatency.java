package org.swarmsim.net;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.swarmsim.sim.random.RandomStream;

/**
 * Delays from a measured matrix between N sites (e.g. the King data set): each node is assigned
 * to a site, by weight, when it is added; the delay between two nodes is the matrix entry of their
 * sites.
 *
 * <p>File format ({@link #readMatrix}): N lines of N one-way delays (separated by commas or spaces) in
 * milliseconds; blank lines and lines starting with {@code #} are ignored. A negative entry marks
 * a missing measurement and the opposite direction is used instead; an asymmetric pair is
 * averaged, so the model is symmetric. The diagonal is the delay between two nodes of one site.
 * Bad files fail with the file, the line and what is wrong.
 */
public final class MatrixLatency implements LatencyModel {
    private final long[][] oneWayNanos;
    private final double[] cumulativeWeight;
    private final RandomStream stream;
    private int[] siteOfNode = new int[64];
    private boolean[] assigned = new boolean[64];

    /**
     * @param oneWayMillis square matrix of one-way delays (see the class comment for negatives)
     * @param siteWeights  relative share of nodes per site, or null for equal shares
     * @param stream       draws each new node's site
     */
    public MatrixLatency(double[][] oneWayMillis, double[] siteWeights, RandomStream stream) {
        this.stream = Objects.requireNonNull(stream, "stream");
        int n = oneWayMillis.length;
        if (n == 0) {
            throw new IllegalArgumentException("latency matrix has no sites");
        }
        oneWayNanos = new long[n][n];
        for (int i = 0; i < n; i++) {
            if (oneWayMillis[i].length != n) {
                throw new IllegalArgumentException("latency matrix row " + i + " has " + oneWayMillis[i].length
                        + " entries, expected " + n + " (the matrix must be square)");
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double ab = oneWayMillis[i][j];
                double ba = oneWayMillis[j][i];
                double ms;
                if (ab >= 0 && ba >= 0) {
                    ms = (ab + ba) / 2;
                } else if (ab >= 0 || ba >= 0) {
                    ms = Math.max(ab, ba);
                } else {
                    throw new IllegalArgumentException("latency matrix has no measurement between sites " + i
                            + " and " + j + " in either direction");
                }
                if (!Double.isFinite(ms)) {
                    throw new IllegalArgumentException("latency matrix entry " + i + "," + j + " is not finite");
                }
                oneWayNanos[i][j] = Math.round(ms * 1e6);
            }
        }
        if (siteWeights != null && siteWeights.length != n) {
            throw new IllegalArgumentException(siteWeights.length + " site weights for " + n + " sites");
        }
        cumulativeWeight = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            double w = siteWeights == null ? 1 : siteWeights[i];
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("site weight " + i + " must be finite and >= 0, got " + w);
            }
            total += w;
            cumulativeWeight[i] = total;
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("site weights sum to 0: no site can hold a node");
        }
    }

    /** Reads the matrix file and builds the model (see the class comment for the format). */
    public static MatrixLatency fromFile(Path file, double[] siteWeights, RandomStream stream) throws IOException {
        return new MatrixLatency(readMatrix(file), siteWeights, stream);
    }

    /**
     * Reads a square matrix of one-way milliseconds (values separated by commas or spaces).
     *
     * @throws IllegalArgumentException naming the file, the line and the problem
     */
    public static double[][] readMatrix(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<double[]> rows = new ArrayList<>();
        int width = -1;
        int firstLine = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int lineNumber = i + 1;
            String[] cells = line.split("\\s*,\\s*|\\s+", -1);
            if (width < 0) {
                width = cells.length;
                firstLine = lineNumber;
            } else if (cells.length != width) {
                throw new IllegalArgumentException(file + ":" + lineNumber + ": " + cells.length
                        + " values, but line " + firstLine + " has " + width + " (every row needs one value per site)");
            }
            double[] row = new double[cells.length];
            for (int c = 0; c < cells.length; c++) {
                String cell = cells[c].strip();
                try {
                    row[c] = Double.parseDouble(cell);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(file + ":" + lineNumber + ": value " + (c + 1) + " '" + cell
                            + "' is not a number of milliseconds", e);
                }
                if (!Double.isFinite(row[c])) {
                    throw new IllegalArgumentException(file + ":" + lineNumber + ": value " + (c + 1) + " '" + cell
                            + "' is not finite");
                }
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(file + ": no matrix rows (expected N lines of N milliseconds, separated by commas or spaces)");
        }
        if (rows.size() != width) {
            throw new IllegalArgumentException(file + ": " + rows.size() + " rows of " + width
                    + " values; the matrix must be square (one row and one column per site)");
        }
        return rows.toArray(new double[0][]);
    }

    /** Puts node id {@code nodeId} at {@code site} (before or after it is added). */
    public void assign(int nodeId, int site) {
        if (nodeId < 0 || site < 0 || site >= oneWayNanos.length) {
            throw new IllegalArgumentException("cannot put node " + nodeId + " at site " + site
                    + ": sites are 0.." + (oneWayNanos.length - 1));
        }
        ensure(nodeId);
        siteOfNode[nodeId] = site;
        assigned[nodeId] = true;
    }

    @Override
    public void onNodeAdded(Node node) {
        int id = node.id();
        ensure(id);
        if (assigned[id]) {
            return;
        }
        double u = stream.nextDouble() * cumulativeWeight[cumulativeWeight.length - 1];
        int site = Arrays.binarySearch(cumulativeWeight, u);
        site = site >= 0 ? site + 1 : -site - 1;
        while (site < cumulativeWeight.length - 1
                && cumulativeWeight[site] == (site == 0 ? 0 : cumulativeWeight[site - 1])) {
            site++;   // skip zero-weight sites
        }
        siteOfNode[id] = Math.min(site, cumulativeWeight.length - 1);
        assigned[id] = true;
    }

    @Override
    public long oneWayNanos(Node a, Node b) {
        return oneWayNanos[siteOf(a)][siteOf(b)];
    }

    /** The site of a node. */
    public int siteOf(Node node) {
        int id = node.id();
        if (id >= assigned.length || !assigned[id]) {
            throw new IllegalStateException(node + " has no site: was the model given to the network that added it?");
        }
        return siteOfNode[id];
    }

    /** Number of sites. */
    public int siteCount() {
        return oneWayNanos.length;
    }

    private void ensure(int id) {
        if (id >= assigned.length) {
            int n = Math.max(id + 1, assigned.length * 2);
            siteOfNode = Arrays.copyOf(siteOfNode, n);
            assigned = Arrays.copyOf(assigned, n);
        }
    }
}
