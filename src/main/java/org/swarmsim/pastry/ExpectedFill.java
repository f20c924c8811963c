package org.swarmsim.pastry;

/**
 * Closed forms for a Pastry network of N nodes with ids uniform in the 128-bit space and digits
 * of b bits.
 *
 * <p>Entry (r, d) of a node's routing table can be filled exactly when some other node shares the
 * owner's first r digits and has digit d next: a given other node does so with probability
 * {@code p_r = 2^-(b r + b_r)}, where {@code b_r} is the width of digit r (b, or less for a
 * shorter last digit). So the expected number of non-empty entries of a table whose every
 * fillable entry is filled is
 * <pre>  E[entries] = sum over rows r of (2^b_r - 1) (1 - (1 - p_r)^(N-1))</pre>
 * which is (2^b - 1) per row for the first rows, then falls off sharply around row log_{2^b} N.
 * A join protocol can leave fillable entries empty, so a measured mean is at most this.
 */
public final class ExpectedFill {
    private ExpectedFill() {
    }

    /** Expected non-empty routing-table entries per node in a network of {@code n} nodes. */
    public static double entries(long n, int b) {
        double total = 0;
        int digits = Ring.digitCount(b);
        int bitsBefore = 0;
        for (int r = 0; r < digits; r++) {
            int w = Ring.digitBits(r, b);
            bitsBefore += w;
            double p = StrictMath.scalb(1.0, -bitsBefore);
            double emptyForOne = StrictMath.exp((n - 1) * StrictMath.log1p(-p));
            double row = ((1 << w) - 1) * (1 - emptyForOne);
            total += row;
            if (row < 1e-12) {
                break;
            }
        }
        return total;
    }

    /** log base 2^b of n: the expected number of routing hops (Rowstron and Druschel's bound on the average). */
    public static double logBase(long n, int b) {
        return StrictMath.log(n) / (b * StrictMath.log(2));
    }
}
