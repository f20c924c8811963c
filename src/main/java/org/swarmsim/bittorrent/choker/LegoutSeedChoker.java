package org.swarmsim.bittorrent.choker;

import java.util.List;
import org.swarmsim.sim.random.RandomStream;

/**
 * The newer seed-state choke algorithm (mainline 4.0 and later), as described by A. Legout,
 * G. Urvoy-Keller and P. Michiardi, "Rarest First and Choke Algorithms Are Enough", ACM IMC 2006,
 * section 2.3.2 (also INRIA report inria-00001111):
 * <ol>
 *   <li>Every 10 seconds, the unchoked and interested peers are ordered by the time they were last
 *       unchoked, most recently unchoked first.</li>
 *   <li>For two consecutive periods of 10 seconds, the first 3 peers are kept unchoked (the
 *       <i>seed kept unchoked</i>, SKU, peers) and a 4th peer, choked and interested, is chosen at
 *       random and unchoked (the <i>seed random unchoked</i>, SRU, peer).</li>
 *   <li>For the third period of 10 seconds, the first 4 peers are kept unchoked.</li>
 * </ol>
 * Each new SRU peer thus takes an unchoke slot from the oldest SKU peer: unchoke slots rotate
 * round-robin through the interested peers whatever their download speed, which is what makes the
 * seed fair (each leecher gets about the same service time) and robust to free riders.
 *
 * <p>As in mainline (and the SimGrid BitTorrent example), only unchoked peers unchoked less than
 * {@code recentUnchokeWindowNanos} (20 s) ago or with pending requests are ordered by last unchoke
 * time; the other interested peers follow, by bytes we uploaded to them in the window; remaining
 * ties at random. Generalised: {@code regularSlots} SKU peers plus {@code optimisticSlots} SRU
 * peers, and in the last of every {@code optimisticEveryRounds} rounds
 * {@code regularSlots + optimisticSlots} SKU peers. SRU peers are marked optimistic.
 */
public final class LegoutSeedChoker extends SlotChoker {
    /** A seed choker (Legout et al. rule) with the given numbers. */
    public LegoutSeedChoker(ChokerConfig config) {
        super(config);
    }

    @Override
    public void rechoke(long nowNanos, List<ChokeCandidate> cs, RandomStream rng) {
        boolean keepAll = rounds % config.optimisticEveryRounds() == config.optimisticEveryRounds() - 1;
        rounds++;
        begin(cs.size(), rng);
        int kept = keepAll ? config.totalSlots() : config.regularSlots();
        selectTop(cs, kept, (i, c) -> c.interested(), (a, b) -> compare(nowNanos, a, b), REGULAR);
        if (!keepAll) {
            int need = config.optimisticSlots();
            int got = drawRandom(nowNanos, cs, need, (i, c) -> c.interested() && !c.unchoked(), false, OPTIMISTIC,
                    rng);
            if (got < need) {
                drawRandom(nowNanos, cs, need - got, (i, c) -> c.interested(), false, OPTIMISTIC, rng);
            }
        }
        apply(nowNanos, cs);
    }

    private boolean recentlyUnchoked(long nowNanos, ChokeCandidate c) {
        return c.unchoked() && (c.hasPendingRequests()
                || (c.lastUnchokedAtNanos() != ChokeCandidate.NEVER
                        && nowNanos - c.lastUnchokedAtNanos() < config.recentUnchokeWindowNanos()));
    }

    /** Positive if a ranks before b. */
    private int compare(long nowNanos, ChokeCandidate a, ChokeCandidate b) {
        boolean ra = recentlyUnchoked(nowNanos, a);
        boolean rb = recentlyUnchoked(nowNanos, b);
        if (ra != rb) {
            return ra ? 1 : -1;
        }
        if (ra) {
            int byTime = Long.compare(a.lastUnchokedAtNanos(), b.lastUnchokedAtNanos());
            if (byTime != 0) {
                return byTime;
            }
        }
        return Long.compare(a.bytesToPeerInWindow(), b.bytesToPeerInWindow());
    }

    @Override
    public String name() {
        return "seed-legout";
    }
}
