package org.swarmsim.bittorrent.choker;

import java.util.List;
import org.swarmsim.sim.random.RandomStream;

/**
 * The classic choke round shared by {@link TitForTatChoker} and {@link UploadRateSeedChoker}: regular
 * slots by a byte count, one optimistic slot rotated every few rounds, idle regular slots filled
 * at random.
 *
 * <p>One round:
 * <ol>
 *   <li>Regular slots: the {@code regularSlots} interested peers eligible for one (see
 *       {@link #eligibleForRegular}) with the highest {@link #rank}, ties at random.</li>
 *   <li>Optimistic slot: the holder keeps it for {@code optimisticEveryRounds} rounds unless it
 *       lost interest or earned a regular slot; then it goes to an interested peer we choke now,
 *       chosen at random, peers connected less than {@code newPeerWindowNanos} ago
 *       {@code newPeerWeight} times likelier (mainline inserts new connections into its rotation
 *       three times likelier at the front). If no interested peer is choked, any interested peer
 *       without a slot is eligible.</li>
 *   <li>Regular slots nobody earned (too few eligible peers) go to other interested, non-snubbed
 *       peers at random, so upload capacity is not left idle (mainline unchokes up to
 *       {@code max_uploads} peers this way too).</li>
 * </ol>
 */
abstract class RateRankingChoker extends SlotChoker {
    RateRankingChoker(ChokerConfig config) {
        super(config);
    }

    /** The byte count that earns a regular slot. */
    abstract long rank(ChokeCandidate c);

    /** Whether the peer may hold a regular slot. */
    abstract boolean eligibleForRegular(ChokeCandidate c);

    @Override
    public void rechoke(long nowNanos, List<ChokeCandidate> cs, RandomStream rng) {
        boolean rotate = rounds % config.optimisticEveryRounds() == 0;
        rounds++;
        begin(cs.size(), rng);
        int regular = selectTop(cs, config.regularSlots(), (i, c) -> c.interested() && eligibleForRegular(c),
                (a, b) -> Long.compare(rank(a), rank(b)), REGULAR);
        int optimistic = 0;
        if (!rotate) {
            optimistic = selectTop(cs, config.optimisticSlots(), (i, c) -> c.optimistic() && c.interested(),
                    (a, b) -> 0, OPTIMISTIC);
        }
        int need = config.optimisticSlots() - optimistic;
        int got = drawRandom(nowNanos, cs, need, (i, c) -> c.interested() && !c.unchoked(), true, OPTIMISTIC, rng);
        if (got < need) {
            drawRandom(nowNanos, cs, need - got, (i, c) -> c.interested(), true, OPTIMISTIC, rng);
        }
        drawRandom(nowNanos, cs, config.regularSlots() - regular, (i, c) -> c.interested() && !c.snubbed(), false,
                REGULAR, rng);
        apply(nowNanos, cs);
    }
}
