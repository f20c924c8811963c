package org.swarmsim.gnutella;

/**
 * The objects of a run and how servents name them: object {@code i} is the file
 * {@code obj<i>.dat} of {@link #sizeBytes()} bytes, and a query for it searches for the single
 * keyword {@code obj<i>}, so that a query matches exactly the servents sharing that object and
 * query-routing tables hold two keywords per file ({@code obj<i>} and {@code dat}).
 */
public record Catalogue(int objects, long sizeBytes) {
    public Catalogue {
        if (objects < 1 || sizeBytes < 0) {
            throw new IllegalArgumentException("need objects >= 1 and size >= 0 (given " + objects + ", " + sizeBytes + ")");
        }
    }

    /** The search string of a query for {@code object}. */
    public String criteria(int object) {
        return "obj" + object;
    }

    /** The file name of {@code object}. */
    public String fileName(int object) {
        return "obj" + object + ".dat";
    }
}
