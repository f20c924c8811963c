package org.swarmsim.gnutella.topology;

/**
 * A two-dimensional grid of {@code rows x cols} nodes, each linked to its four neighbours (up,
 * down, left, right); node {@code (r, c)} is index {@code r * cols + c}. On a torus the edges wrap
 * round, so every node has degree 4.
 */
public final class Grid {
    private Grid() {
    }

    /**
     * The grid, or with {@code torus} the torus, of {@code rows x cols} nodes. A grid has
     * {@code rows * (cols - 1) + (rows - 1) * cols} links, a torus {@code 2 * rows * cols}.
     *
     * @throws IllegalArgumentException unless {@code rows, cols >= 1} ({@code >= 3} for a torus,
     *     which would otherwise repeat links), and the grid fits in int indexes
     */
    public static Topology generate(int rows, int cols, boolean torus) {
        int least = torus ? 3 : 1;
        String shape = torus ? "torus" : "grid";
        if (rows < least) {
            throw new IllegalArgumentException(shape + ": rows must be >= " + least + ", got " + rows);
        }
        if (cols < least) {
            throw new IllegalArgumentException(shape + ": cols must be >= " + least + ", got " + cols);
        }
        long nodes = (long) rows * cols;
        long links = torus ? 2 * nodes : (long) rows * (cols - 1) + (long) (rows - 1) * cols;
        if (nodes > Integer.MAX_VALUE || links > Topology.MAX_LINKS) {
            throw new IllegalArgumentException(shape + ": rows x cols must fit " + Topology.MAX_LINKS
                    + " links and " + Integer.MAX_VALUE + " nodes, got " + rows + " x " + cols);
        }
        int[] u = new int[(int) links];
        int[] v = new int[(int) links];
        int e = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int here = r * cols + c;
                if (c + 1 < cols || torus) {
                    u[e] = here;
                    v[e++] = r * cols + (c + 1) % cols;
                }
                if (r + 1 < rows || torus) {
                    u[e] = here;
                    v[e++] = ((r + 1) % rows) * cols + c;
                }
            }
        }
        return Topology.fromEdges((int) nodes, u, v, e);
    }
}
