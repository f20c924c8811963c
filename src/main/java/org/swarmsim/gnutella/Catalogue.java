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

    /** The object a search string asks for, or -1 if it names none of this catalogue's objects. */
    public int objectOf(String criteria) {
        if (criteria.length() < 4 || !criteria.startsWith("obj")) {
            return -1;
        }
        int v = 0;
        for (int i = 3; i < criteria.length(); i++) {
            char c = criteria.charAt(i);
            if (c < '0' || c > '9' || v > (Integer.MAX_VALUE - 9) / 10) {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v < objects ? v : -1;
    }
}
