package org.swarmsim.bittorrent.choker;

import java.util.List;
import org.swarmsim.sim.random.RandomStream;

/**
 * An unchoke policy: a pure decision over the connected peers, called once per rechoke round
 * (every {@link ChokerConfig#rechokeIntervalNanos()}). It knows nothing of the network or the
 * scheduler; the peer sends choke/unchoke messages for the candidates whose {@code unchoked}
 * flag changed.
 */
public interface Choker {
    /**
     * Decides who is unchoked after this round: sets {@link ChokeCandidate#unchoked()} and
     * {@link ChokeCandidate#optimistic()} on every candidate, and
     * {@link ChokeCandidate#lastUnchokedAtNanos()} on those unchoked anew. The list order does not
     * matter beyond tie-breaks, which are drawn from {@code rng}.
     */
    void rechoke(long nowNanos, List<ChokeCandidate> candidates, RandomStream rng);

    /**
     * Whether the peer may unchoke between rounds: give a slot freed by a peer that left or lost
     * interest to another at once, and unchoke a newly interested peer while fewer than
     * {@link ChokerConfig#totalSlots()} are unchoked (mainline and libtorrent do). A choker whose
     * unchoke set is not a number of slots (BitTyrant's capacity budget) answers false: it
     * changes the set only at its rounds.
     */
    default boolean unchokesBetweenRounds() {
        return true;
    }

    /**
     * For a choker that budgets capacity instead of counting slots ({@link #unchokesBetweenRounds}
     * false): an unchoked peer left or lost interest between rounds, so part of the budget idles.
     * Unchokes choked, interested candidates (setting {@code unchoked} and the upload cap, as at a
     * round) within the budget they left; returns whether it changed anything. The list holds
     * every connection past its handshake, the one that freed the budget already choked. The
     * default changes nothing.
     */
    default boolean refillBudget(long nowNanos, List<ChokeCandidate> candidates, RandomStream rng) {
        return false;
    }

    /** A short name for reports and scenario files. */
    String name();

    /**
     * Whether an initial seed with this seed rule super-seeds (BEP 16): it announces no pieces but
     * one at a time to each peer ({@code SuperSeedingChoker}). False for every other choker.
     */
    default boolean superSeeds() {
        return false;
    }
}
