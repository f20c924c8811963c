package org.swarmsim.bittorrent.choker;

/**
 * The older seed-state choke algorithm (mainline before 4.0): as {@link TitForTatChoker}, but the
 * regular slots go to the interested peers we uploaded the most to in the window (our upload rate
 * to them), since a seed downloads nothing to reciprocate. Fast downloaders, free riders included,
 * keep the slots; Legout et al. 2006 show this is unfair (see {@link LegoutSeedChoker}). Snubbing
 * does not apply to a seed.
 */
public final class UploadRateSeedChoker extends RateRankingChoker {
    /** A seed choker (upload-rate rule) with the given numbers. */
    public UploadRateSeedChoker(ChokerConfig config) {
        super(config);
    }

    @Override
    long rank(ChokeCandidate c) {
        return c.bytesToPeerInWindow();
    }

    @Override
    boolean eligibleForRegular(ChokeCandidate c) {
        return true;
    }

    @Override
    public String name() {
        return "seed-upload-rate";
    }
}
