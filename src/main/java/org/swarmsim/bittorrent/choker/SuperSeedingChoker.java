package org.swarmsim.bittorrent.choker;

import java.util.List;
import org.swarmsim.sim.random.RandomStream;

/**
 * The seed rule of a super-seeding seed (BEP 16): it unchokes as {@link LegoutSeedChoker} does
 * (the most recently unchoked first, then rotating), and {@link #superSeeds()} tells the peer to
 * announce its pieces one at a time, each to one peer, as the BEP describes.
 */
public final class SuperSeedingChoker implements Choker {
    private final LegoutSeedChoker unchoking;

    public SuperSeedingChoker(ChokerConfig config) {
        this.unchoking = new LegoutSeedChoker(config);
    }

    @Override
    public void rechoke(long nowNanos, List<ChokeCandidate> candidates, RandomStream rng) {
        unchoking.rechoke(nowNanos, candidates, rng);
    }

    @Override
    public String name() {
        return "super_seeding";
    }

    @Override
    public boolean superSeeds() {
        return true;
    }
}
