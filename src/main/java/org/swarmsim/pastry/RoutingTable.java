package org.swarmsim.pastry;

import java.util.Arrays;

/**
 * A node's prefix routing table: row {@code l}, column {@code d} holds a node whose id shares the
 * first {@code l} base-2<sup>b</sup> digits with the owner's and has digit {@code d} next. The
 * owner's own column in each row stays empty (the owner itself fits there), so a row has
 * 2<sup>b</sup> - 1 useful entries. Rows are allocated as they are first filled; entries hold
 * addresses ({@link KnownIds}), -1 when empty.
 *
 * <p>Where several candidates fit an entry the {@link NeighbourSelection} decides: the nearest by
 * {@link Proximity}, or a random one of those seen ({@link NeighbourSelection#RANDOM}).
 */
public final class RoutingTable {
    /** The mark of an empty entry. */
    public static final int EMPTY = -1;

    private final KnownIds ids;
    private final int owner;
    private final long ownHi;
    private final long ownLo;
    private final int b;
    private final int columns;
    private final int maxRows;
    private final NeighbourSelection selection;
    private int[] entries = new int[0];
    private int[] entryNanos = new int[0];
    private int rows;
    private int filled;

    public RoutingTable(KnownIds ids, int owner, int b, NeighbourSelection selection) {
        if (b < 1 || b > 8) {
            throw new IllegalArgumentException("digits have 1..8 bits, got " + b);
        }
        this.ids = ids;
        this.owner = owner;
        this.ownHi = ids.hi(owner);
        this.ownLo = ids.lo(owner);
        this.b = b;
        this.columns = 1 << b;
        this.maxRows = Ring.digitCount(b);
        this.selection = selection;
    }

    /** Bits per digit. */
    public int bitsPerDigit() {
        return b;
    }

    /** Rows allocated so far (the deepest row ever filled, plus one). */
    public int rows() {
        return rows;
    }

    /** Non-empty entries. */
    public int filled() {
        return filled;
    }

    /** The entry at row {@code row}, column {@code column}, or {@link #EMPTY}. */
    public int get(int row, int column) {
        return row < rows ? entries[row * columns + column] : EMPTY;
    }

    /** Non-empty entries of row {@code row}. */
    public int filledIn(int row) {
        int n = 0;
        for (int c = 0; c < columns && row < rows; c++) {
            if (entries[row * columns + c] != EMPTY) {
                n++;
            }
        }
        return n;
    }

    /** The row and column where {@code node} belongs, as {@code row * 2^b + column}, or -1 for the owner. */
    public int slotOf(int node) {
        int row = Ring.sharedDigits(ownHi, ownLo, ids.hi(node), ids.lo(node), b);
        if (row >= maxRows) {
            return -1;
        }
        return row * columns + Ring.digit(ids.hi(node), ids.lo(node), row, b);
    }

    /**
     * Offers {@code node} for the entry it fits: taken if the entry is empty, else kept or replaced
     * by the selection rule ({@code proximity} measured from the owner). Returns whether the table changed.
     */
    public boolean offer(int node, Proximity proximity) {
        int slot = slotOf(node);
        if (slot < 0) {
            return false;
        }
        int row = slot / columns;
        if (row >= rows) {
            grow(row + 1);
        }
        int current = entries[slot];
        if (current == node) {
            return false;
        }
        if (current == EMPTY) {
            entries[slot] = node;
            entryNanos[slot] = selection == NeighbourSelection.CLOSEST ? nanosOf(proximity.nanos(owner, node)) : 0;
            filled++;
            return true;
        }
        boolean replace;
        if (selection == NeighbourSelection.CLOSEST) {
            int d = nanosOf(proximity.nanos(owner, node));
            replace = d < entryNanos[slot];
            if (replace) {
                entryNanos[slot] = d;
            }
        } else {
            replace = Long.compareUnsigned(NeighbourSelection.rank(ownHi, ownLo, ids.hi(node), ids.lo(node)),
                    NeighbourSelection.rank(ownHi, ownLo, ids.hi(current), ids.lo(current))) < 0;
        }
        if (replace) {
            entries[slot] = node;
        }
        return replace;
    }

    /** Removes {@code node} if it is in the table; returns its slot ({@code row * 2^b + column}) or -1. */
    public int remove(int node) {
        int slot = slotOf(node);
        if (slot < 0 || slot / columns >= rows || entries[slot] != node) {
            return -1;
        }
        entries[slot] = EMPTY;
        filled--;
        return slot;
    }

    /** Empties the table (a node that left and comes back starts afresh). */
    public void clear() {
        Arrays.fill(entries, 0, rows * columns, EMPTY);
        rows = 0;
        filled = 0;
    }

    /** A copy of row {@code row}'s entries (EMPTY where empty; all empty past the last row). */
    public int[] row(int row) {
        int[] out = new int[columns];
        if (row < rows) {
            System.arraycopy(entries, row * columns, out, 0, columns);
        } else {
            Arrays.fill(out, EMPTY);
        }
        return out;
    }

    /** Rows in use: the deepest row with an entry, plus one (0 for an empty table). */
    public int depth() {
        for (int r = rows - 1; r >= 0; r--) {
            if (filledIn(r) > 0) {
                return r + 1;
            }
        }
        return 0;
    }

    /** Entries per row (2^b). */
    public int columns() {
        return columns;
    }

    /** A delay as kept per entry: nanoseconds, capped at about 2.1 s (a nearer node is still preferred below it). */
    private static int nanosOf(long nanos) {
        return (int) Math.min(Integer.MAX_VALUE, nanos);
    }

    private void grow(int newRows) {
        int old = rows * columns;
        entries = Arrays.copyOf(entries, newRows * columns);
        entryNanos = Arrays.copyOf(entryNanos, newRows * columns);
        Arrays.fill(entries, old, entries.length, EMPTY);
        rows = newRows;
    }
}
