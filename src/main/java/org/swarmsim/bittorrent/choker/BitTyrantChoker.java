package org.swarmsim.bittorrent.choker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.swarmsim.sim.random.RandomStream;

/**
 * BitTyrant's unchoke (M. Piatek, T. Isdal, T. Anderson, A. Krishnamurthy, A. Venkataramani, "Do
 * incentives build robustness in BitTorrent?", NSDI 2007, section 4.2). For every connected peer
 * p it keeps two estimates:
 * <ul>
 *   <li><b>d_p</b>, the rate p would upload to us: the rate observed over the rate window if p sent
 *       us anything in it; otherwise p's equal split as its announced pieces show it (bytes of the
 *       pieces it told us it has, gained per second since we first saw it, divided by the active
 *       set a compliant client of that rate has, {@link ActiveSet#size}: mainline's
 *       {@link ChokerConfig#totalSlots()}, or Azureus' ⌊√(0.6 · KiB/s)⌋); before that can be told
 *       (nothing new announced within one rate window of meeting p), the expected equal split,
 *       ours: capacity over the active set of our capacity.</li>
 *   <li><b>u_p</b>, the upload rate that buys p's reciprocation: until we first unchoke p, p's
 *       equal split as just estimated (ours while unknown); then, at the end of each round in which
 *       we unchoked p, multiplied by 1 + {@link #DELTA} if p chokes us, and by 1 − {@link #GAMMA}
 *       if p has unchoked us in the last {@link #RECIPROCATION_ROUNDS} such rounds.</li>
 * </ul>
 * Each round it unchokes the interested peers in decreasing d_p / u_p (ties at random) until the
 * sum of their u_p reaches its upload capacity (the last one may overshoot it), and caps its
 * upload to each at u_p ({@link ChokeCandidate#uploadCapBytesPerSecond()}, which the peer makes
 * a per-connection rate limit of the network). There is no optimistic unchoke: capacity left
 * after the best ratios goes to the next ones, new peers included. It does not count slots
 * ({@link #unchokesBetweenRounds()} is false): budget an unchoked peer frees between rounds (it
 * left or lost interest) goes at once to the next peers by the last round's ratios
 * ({@link #refillBudget}).
 *
 * <p>State is kept per peer key and forgotten when the key disappears or is reused by a newer
 * connection. The choker belongs to one peer.
 */
public final class BitTyrantChoker implements Choker {
    /** Decrease of u_p after {@link #RECIPROCATION_ROUNDS} reciprocated rounds (paper: γ = 0.1). */
    public static final double GAMMA = 0.1;
    /** Increase of u_p after a round without reciprocation (paper: δ = 0.2). */
    public static final double DELTA = 0.2;
    /** Rounds of reciprocation before u_p decreases (paper: r = 3). */
    public static final int RECIPROCATION_ROUNDS = 3;
    /** u_p never falls below this (bytes per second), so ratios stay finite. */
    static final double MIN_UPLOAD = 1.0;

    private final ChokerConfig config;
    private final double capacity;
    private final Map<Integer, Estimate> estimates = new HashMap<>();   // lookups only
    private long rounds;

    /** What the choker believes of one peer. */
    static final class Estimate {
        final long connectedAtNanos;
        final long firstSeenNanos;
        final long firstSeenBytes;
        /** u_p once we have unchoked the peer; NaN before. */
        double upload = Double.NaN;
        /** d_p at the last round. */
        double download;
        /** Consecutive rounds (of ours unchoking it) in which the peer unchoked us. */
        int reciprocated;
        long seenInRound;

        Estimate(ChokeCandidate c, long now) {
            this.connectedAtNanos = c.connectedAtNanos();
            this.firstSeenNanos = now;
            this.firstSeenBytes = c.bytesPeerHas();
        }
    }

    /**
     * A BitTyrant choker for a peer that can upload {@code uploadBytesPerSecond}.
     *
     * @param config the swarm's choke numbers: the rate window (observed d_p) and
     *               {@code totalSlots} (the compliant active set that divides an equal split)
     */
    public BitTyrantChoker(ChokerConfig config, long uploadBytesPerSecond) {
        if (config == null || uploadBytesPerSecond <= 0) {
            throw new IllegalArgumentException("BitTyrant needs a config and a positive upload capacity, got "
                    + config + " and " + uploadBytesPerSecond);
        }
        this.config = config;
        this.capacity = uploadBytesPerSecond;
    }

    @Override
    public void rechoke(long nowNanos, List<ChokeCandidate> cs, RandomStream rng) {
        long round = ++rounds;
        int n = cs.size();
        Estimate[] es = new Estimate[n];
        double[] u = new double[n];
        double[] ratio = new double[n];
        for (int i = 0; i < n; i++) {
            ChokeCandidate c = cs.get(i);
            Estimate e = estimates.get(c.peerKey());
            if (e == null || e.connectedAtNanos != c.connectedAtNanos()) {
                e = new Estimate(c, nowNanos);
                estimates.put(c.peerKey(), e);
            }
            e.seenInRound = round;
            es[i] = e;
            if (c.unchoked() && !Double.isNaN(e.upload)) {
                updateUpload(e, c.unchokingUs());
            }
            double split = equalSplit(e, c, nowNanos);
            e.download = c.bytesFromPeerInWindow() > 0
                    ? c.bytesFromPeerInWindow() / (config.rateWindowNanos() / 1e9) : Double.isNaN(split) ? prior() : split;
            u[i] = Double.isNaN(e.upload) ? initialUpload(split) : e.upload;
            u[i] = Math.max(MIN_UPLOAD, u[i]);
            ratio[i] = e.download / u[i];
        }
        estimates.values().removeIf(e -> e.seenInRound != round);

        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (cs.get(i).interested()) {
                order.add(i);
            }
        }
        for (int i = order.size() - 1; i > 0; i--) {   // random tie-break, then a stable sort
            int j = rng.nextInt(i + 1);
            Integer t = order.get(i);
            order.set(i, order.get(j));
            order.set(j, t);
        }
        order.sort((a, b) -> Double.compare(ratio[b], ratio[a]));

        boolean[] unchoke = new boolean[n];
        double budget = 0;
        for (int k = 0; k < order.size(); k++) {
            int i = order.get(k);
            if (budget >= capacity) {
                break;
            }
            unchoke[i] = true;
            budget += u[i];
        }
        for (int i = 0; i < n; i++) {
            ChokeCandidate c = cs.get(i);
            if (unchoke[i]) {
                if (!c.unchoked()) {
                    c.lastUnchokedAtNanos(nowNanos);
                }
                if (Double.isNaN(es[i].upload)) {
                    es[i].upload = u[i];
                }
                c.uploadCapBytesPerSecond((long) Math.ceil(u[i]));
            } else {
                c.uploadCapBytesPerSecond(0);
            }
            c.unchoked(unchoke[i]);
            c.optimistic(false);
        }
    }

    /**
     * Budget freed between rounds (an unchoked peer left or lost interest): unchokes the interested,
     * choked peers by the ratios of the last round (unknown peers at the prior ratio) while the
     * caps of those unchoked and still interested stay below capacity, each capped at its u_p, as
     * a round would. Estimates are not updated: that happens at rounds.
     */
    @Override
    public boolean refillBudget(long nowNanos, List<ChokeCandidate> cs, RandomStream rng) {
        double used = 0;
        List<Integer> order = new ArrayList<>();
        int n = cs.size();
        double[] u = new double[n];
        double[] ratio = new double[n];
        for (int i = 0; i < n; i++) {
            ChokeCandidate c = cs.get(i);
            Estimate e = estimates.get(c.peerKey());
            boolean known = e != null && e.connectedAtNanos == c.connectedAtNanos();
            u[i] = Math.max(MIN_UPLOAD, known && !Double.isNaN(e.upload) ? e.upload : prior());
            ratio[i] = (known ? e.download : prior()) / u[i];
            if (c.unchoked() && c.interested()) {
                used += c.uploadCapBytesPerSecond() > 0 ? c.uploadCapBytesPerSecond() : u[i];
            } else if (!c.unchoked() && c.interested()) {
                order.add(i);
            }
        }
        for (int i = order.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            Integer t = order.get(i);
            order.set(i, order.get(j));
            order.set(j, t);
        }
        order.sort((a, b) -> Double.compare(ratio[b], ratio[a]));
        boolean changed = false;
        for (int k = 0; k < order.size() && used < capacity; k++) {
            int i = order.get(k);
            ChokeCandidate c = cs.get(i);
            c.unchoked(true);
            c.optimistic(false);
            c.lastUnchokedAtNanos(nowNanos);
            c.uploadCapBytesPerSecond((long) Math.ceil(u[i]));
            Estimate e = estimates.get(c.peerKey());
            if (e != null && e.connectedAtNanos == c.connectedAtNanos() && Double.isNaN(e.upload)) {
                e.upload = u[i];
            }
            used += u[i];
            changed = true;
        }
        return changed;
    }

    /** u_p before we first unchoke a peer whose equal split is estimated at {@code split} (NaN: unknown yet). */
    private double initialUpload(double split) {
        return Double.isNaN(split) || split <= 0 ? prior() : split;
    }

    /** The expected equal split before anything is known of a peer: ours, capacity over the compliant active set. */
    private double prior() {
        return capacity / config.activeSet().size(capacity, config);
    }

    /** The rule at the end of a round in which we unchoked the peer. */
    static void updateUpload(Estimate e, boolean reciprocated) {
        if (reciprocated) {
            e.reciprocated++;
            if (e.reciprocated >= RECIPROCATION_ROUNDS) {
                e.upload = Math.max(MIN_UPLOAD, e.upload * (1 - GAMMA));
            }
        } else {
            e.reciprocated = 0;
            e.upload *= 1 + DELTA;
        }
    }

    /**
     * The peer's equal split estimated from its announced pieces: its download rate since we first
     * saw it over the compliant active set; NaN while it has announced nothing new for less than a
     * rate window (too soon to tell), 0 if it has announced nothing new for longer.
     */
    private double equalSplit(Estimate e, ChokeCandidate c, long nowNanos) {
        long elapsed = nowNanos - e.firstSeenNanos;
        long gained = c.bytesPeerHas() - e.firstSeenBytes;
        if (gained <= 0) {
            return elapsed < config.rateWindowNanos() ? Double.NaN : 0;
        }
        double rate = gained / (elapsed / 1e9);
        return rate / config.activeSet().size(rate, config);
    }

    /** u_p of the peer {@code key} (NaN if never unchoked or unknown), for tests and reports. */
    public double upload(int key) {
        Estimate e = estimates.get(key);
        return e == null ? Double.NaN : e.upload;
    }

    /** d_p of the peer {@code key} at the last round (NaN if unknown). */
    public double download(int key) {
        Estimate e = estimates.get(key);
        return e == null ? Double.NaN : e.download;
    }

    /** The upload capacity it budgets, bytes per second. */
    public double capacity() {
        return capacity;
    }

    @Override
    public boolean unchokesBetweenRounds() {
        return false;
    }

    @Override
    public String name() {
        return "bittyrant";
    }

    @Override
    public String toString() {
        return "bittyrant[capacity=" + (long) capacity + " B/s]";
    }
}
