package org.swarmsim.bittorrent.choker;

/**
 * The leecher-state choke algorithm of mainline BitTorrent (BEP 3, "Choking and optimistic
 * unchoking"): every round (10 s) unchoke the {@code regularSlots} (3) interested peers that gave
 * us the most bytes in the last {@code rateWindowNanos} (20 s), plus one optimistic unchoke
 * rotated every {@code optimisticEveryRounds} (3) rounds, new connections favoured.
 *
 * <p>Anti-snubbing: a snubbed peer (no block for {@code snubTimeoutNanos}) gets no regular slot,
 * only the optimistic one. A peer that gave us fewer than {@code minRegularBytesInWindow} bytes
 * earns no regular slot either; idle regular slots go to random interested peers (see
 * {@link RateRankingChoker}). The choker object belongs to one peer: it counts rounds.
 */
public final class TitForTatChoker extends RateRankingChoker {
    /** A leecher choker with the given numbers. */
    public TitForTatChoker(ChokerConfig config) {
        super(config);
    }

    @Override
    long rank(ChokeCandidate c) {
        return c.bytesFromPeerInWindow();
    }

    @Override
    boolean eligibleForRegular(ChokeCandidate c) {
        return !c.snubbed() && c.bytesFromPeerInWindow() >= config.minRegularBytesInWindow();
    }

    @Override
    public String name() {
        return "leecher";
    }
}
