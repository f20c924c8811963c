package org.swarmsim.pastry;

import java.util.Arrays;

/**
 * The lazy repair of one dead routing-table entry (row l, column d), after Rowstron and Druschel:
 * the other entries of row l are asked, one at a time, for their own entry (l, d), which fits the
 * asking node too (they share its first l digits); then the entries of row l + 1.
 */
final class TableRepair {
    final int row;
    final int column;
    private final int[] candidates;
    private int next;

    private TableRepair(int row, int column, int[] candidates) {
        this.row = row;
        this.column = column;
        this.candidates = candidates;
    }

    /** The repair of the entry at {@code slot} ({@code row * 2^b + column}) of {@code table}: whom to ask, in order. */
    static TableRepair of(RoutingTable table, int slot) {
        int row = slot / table.columns();
        int column = slot % table.columns();
        int[] candidates = new int[2 * table.columns()];
        int n = 0;
        for (int r = row; r <= row + 1 && r < table.rows(); r++) {
            for (int c = 0; c < table.columns(); c++) {
                int e = table.get(r, c);
                if (e != RoutingTable.EMPTY && !(r == row && c == column)) {
                    candidates[n++] = e;
                }
            }
        }
        return new TableRepair(row, column, Arrays.copyOf(candidates, n));
    }

    /** Whether this repairs the entry at (row, column). */
    boolean repairs(int r, int c) {
        return row == r && column == c;
    }

    /** The next node to ask (not known dead, not {@code self}), or -1 when every candidate was asked. */
    int nextCandidate(DeadNodes dead, int self) {
        while (next < candidates.length) {
            int c = candidates[next++];
            if (c != self && !dead.contains(c)) {
                return c;
            }
        }
        return -1;
    }
}
