package org.swarmsim.finders;

/**
 * What a geometry is built from.
 *
 * @param finders   how many finders (>= 1)
 * @param links     long links per finder for {@code symphony} (k) and {@code kleinberg} (q), the
 *                  bucket size for {@code kademlia}, the degree for {@code random} (>= 1)
 * @param exponent  Kleinberg's r: long links at lattice distance d are drawn with P proportional to
 *                  d^-r (>= 0; only {@code kleinberg} reads it)
 */
public record GeometryParams(int finders, int links, double exponent) {
    public GeometryParams {
        if (finders < 1 || links < 1 || !(exponent >= 0) || Double.isInfinite(exponent)) {
            throw new IllegalArgumentException("a geometry needs finders >= 1, links >= 1 and 0 <= r < infinity, given "
                    + finders + ", " + links + ", " + exponent);
        }
    }
}
