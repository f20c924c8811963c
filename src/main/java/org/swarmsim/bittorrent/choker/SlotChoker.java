package org.swarmsim.bittorrent.choker;

import java.util.Arrays;
import java.util.List;
import org.swarmsim.sim.random.RandomStream;

/**
 * Shared machinery of the chokers: a round counter, scratch arrays reused between rounds, top-k
 * selection with random tie-break, weighted random draws, and applying the outcome.
 */
abstract class SlotChoker implements Choker {
    static final byte NONE = 0;
    static final byte REGULAR = 1;
    static final byte OPTIMISTIC = 2;

    final ChokerConfig config;
    /** Rounds played so far. */
    long rounds;
    /** Candidate indices in random order (the tie-break). */
    int[] order = new int[16];
    /** Role of each candidate this round. */
    byte[] role = new byte[16];
    private int[] pool = new int[16];

    SlotChoker(ChokerConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("config must not be null");
        }
        this.config = config;
    }

    /** The configuration. */
    public ChokerConfig config() {
        return config;
    }

    /** Rounds played so far. */
    public long rounds() {
        return rounds;
    }

    /** Resets the scratch state for n candidates and shuffles {@link #order}. */
    void begin(int n, RandomStream rng) {
        if (order.length < n) {
            int size = Math.max(n, order.length * 2);
            order = new int[size];
            role = new byte[size];
            pool = new int[size];
        }
        Arrays.fill(role, 0, n, NONE);
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    /** Ranking used by {@link #selectTop}: positive if a ranks before b. */
    interface Ranking {
        int compare(ChokeCandidate a, ChokeCandidate b);
    }

    /** Filter used by the selections. */
    interface Filter {
        boolean test(int index, ChokeCandidate c);
    }

    /**
     * Gives {@code role} to up to {@code k} candidates without a role that pass {@code filter},
     * best by {@code ranking} first; ties go to the earlier one in the shuffled order (random).
     * Returns how many got it. O(k n).
     */
    int selectTop(List<ChokeCandidate> cs, int k, Filter filter, Ranking ranking, byte newRole) {
        int n = cs.size();
        int chosen = 0;
        for (; chosen < k; chosen++) {
            int best = -1;
            for (int o = 0; o < n; o++) {
                int i = order[o];
                if (role[i] != NONE || !filter.test(i, cs.get(i))) {
                    continue;
                }
                if (best < 0 || ranking.compare(cs.get(i), cs.get(best)) > 0) {
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            role[best] = newRole;
        }
        return chosen;
    }

    /**
     * Gives {@code role} to up to {@code k} candidates without a role that pass {@code filter},
     * drawn at random without replacement, new peers {@link ChokerConfig#newPeerWeight()} times
     * likelier when {@code favourNew}. Returns how many got it.
     */
    int drawRandom(long nowNanos, List<ChokeCandidate> cs, int k, Filter filter, boolean favourNew, byte newRole,
            RandomStream rng) {
        int chosen = 0;
        for (; chosen < k; chosen++) {
            int size = 0;
            long totalWeight = 0;
            for (int i = 0; i < cs.size(); i++) {
                ChokeCandidate c = cs.get(i);
                if (role[i] == NONE && filter.test(i, c)) {
                    pool[size++] = i;
                    totalWeight += weight(nowNanos, c, favourNew);
                }
            }
            if (size == 0) {
                break;
            }
            long r = rng.nextLong(totalWeight);
            int pick = -1;
            for (int p = 0; p < size; p++) {
                r -= weight(nowNanos, cs.get(pool[p]), favourNew);
                if (r < 0) {
                    pick = pool[p];
                    break;
                }
            }
            role[pick] = newRole;
        }
        return chosen;
    }

    private long weight(long nowNanos, ChokeCandidate c, boolean favourNew) {
        return favourNew && nowNanos - c.connectedAtNanos() < config.newPeerWindowNanos() ? config.newPeerWeight() : 1;
    }

    /** Writes the roles into the candidates; stamps the unchoke time of peers unchoked anew. */
    void apply(long nowNanos, List<ChokeCandidate> cs) {
        for (int i = 0; i < cs.size(); i++) {
            ChokeCandidate c = cs.get(i);
            boolean unchoke = role[i] != NONE;
            if (unchoke && !c.unchoked()) {
                c.lastUnchokedAtNanos(nowNanos);
            }
            c.unchoked(unchoke);
            c.optimistic(role[i] == OPTIMISTIC);
        }
    }

    @Override
    public String toString() {
        return name() + config;
    }
}
