package org.swarmsim.gnutella;

import org.swarmsim.sim.SimTime;

/** How a requester searches: the four methods a scenario can name under {@code gnutella.search}. */
public sealed interface SearchMethod {
    /** The method's name in scenarios and in {@code queries.csv}. */
    String name();

    /** The largest TTL a query of this method carries (the {@code ttl} column). */
    int ttl();

    /** The method with its parameters, e.g. {@code random_walk k=16 c=4} (how charts tell methods apart). */
    String label();

    /** One flood with {@code ttl}. */
    record Flood(int ttl) implements SearchMethod {
        public Flood {
            checkTtl(ttl, "ttl");
        }

        @Override
        public String name() {
            return "flood";
        }

        @Override
        public String label() {
            return "flood ttl=" + ttl;
        }
    }

    /**
     * Successive floods with TTL {@code start}, {@code start + step}, ... up to {@code max}, each
     * with a new GUID, {@code waitNanos} apart; stops as soon as a hit has arrived (Lv et al.'s
     * expanding ring).
     */
    record ExpandingRing(int start, int step, int max, long waitNanos) implements SearchMethod {
        public ExpandingRing {
            checkTtl(start, "start");
            checkTtl(max, "max");
            if (step < 1 || max < start || waitNanos <= 0) {
                throw new IllegalArgumentException("expanding ring needs step >= 1, max >= start and wait > 0 (given step "
                        + step + ", start " + start + ", max " + max + ", wait " + SimTime.toSeconds(waitNanos) + " s)");
            }
        }

        @Override
        public String name() {
            return "expanding_ring";
        }

        @Override
        public String label() {
            return "expanding_ring ttl=" + start + "+" + step + ".." + max;
        }

        @Override
        public int ttl() {
            return max;
        }

        /** The number of rings at most. */
        public int rings() {
            return (max - start + step - 1) / step + 1;
        }

        /** The TTL of ring {@code r} (0-based). */
        public int ttlOfRing(int r) {
            return Math.min(max, start + r * step);
        }
    }

    /**
     * {@code walkers} random walkers of at most {@code ttl} steps, each checking back with the
     * requester every {@code checkEvery} steps (0: never) and stopping once the query is satisfied.
     */
    record RandomWalk(int walkers, int ttl, int checkEvery) implements SearchMethod {
        public RandomWalk {
            checkTtl(ttl, "ttl");
            if (walkers < 1 || walkers > 1024 || checkEvery < 0) {
                throw new IllegalArgumentException("random walk needs 1..1024 walkers and check_every >= 0 (given "
                        + walkers + ", " + checkEvery + ")");
            }
        }

        @Override
        public String name() {
            return "random_walk";
        }

        @Override
        public String label() {
            return "random_walk k=" + walkers + " c=" + checkEvery;
        }
    }

    /**
     * A two-tier search: a leaf hands its query to its ultrapeers, which flood it among
     * ultrapeers with {@code ttl} and give it to a leaf only where its query-routing table may match.
     */
    record TwoTier(int ttl) implements SearchMethod {
        public TwoTier {
            checkTtl(ttl, "ttl");
        }

        @Override
        public String name() {
            return "two_tier";
        }

        @Override
        public String label() {
            return "two_tier ttl=" + ttl;
        }
    }

    private static void checkTtl(int ttl, String what) {
        if (ttl < 1 || ttl > 255) {
            throw new IllegalArgumentException(what + " must be 1..255 (given " + ttl + ")");
        }
    }
}
