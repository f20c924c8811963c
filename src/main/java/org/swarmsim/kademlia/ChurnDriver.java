package org.swarmsim.kademlia;

import java.util.List;
import java.util.Objects;
import org.swarmsim.sim.SimTime;
import org.swarmsim.sim.Scheduler;
import org.swarmsim.sim.random.RandomStream;

/**
 * Churn: each driven node stays online for a session drawn from {@code session}, goes offline
 * ({@link DhtNode#leave()}) for a time drawn from {@code offline}, and rejoins with the same id and
 * its old routing table ({@link DhtNode#join}, bootstrapping also from the given nodes), forever.
 */
public final class ChurnDriver {
    private final Scheduler sim;
    private final Lifetime session;
    private final Lifetime offline;
    private final List<DhtNode> bootstrap;
    private long departures;
    private long rejoins;

    public ChurnDriver(DhtNetwork dht, Lifetime session, Lifetime offline, List<DhtNode> bootstrap) {
        this.sim = dht.scheduler();
        this.session = Objects.requireNonNull(session, "session");
        this.offline = Objects.requireNonNull(offline, "offline");
        this.bootstrap = List.copyOf(bootstrap);
    }

    /**
     * Starts churning {@code node} (online now), drawing its durations from {@code random}; the
     * first session is a fresh draw (for a stationary start use {@link #startResidual}).
     */
    public void start(DhtNode node, RandomStream random) {
        if (!node.isOnline()) {
            throw new IllegalStateException(node + " must be online when churn starts");
        }
        scheduleLeave(node, random, session.sampleSeconds(random));
    }

    /**
     * Starts churning with a uniform fraction of a first session, a simple way to avoid all nodes
     * leaving in a burst at the start when sessions are exponential.
     */
    public void startResidual(DhtNode node, RandomStream random) {
        if (!node.isOnline()) {
            throw new IllegalStateException(node + " must be online when churn starts");
        }
        scheduleLeave(node, random, session.sampleSeconds(random) * random.nextDouble());
    }

    private void scheduleLeave(DhtNode node, RandomStream random, double seconds) {
        sim.schedule(SimTime.seconds(seconds), () -> {
            node.leave();
            departures++;
            sim.schedule(SimTime.seconds(offline.sampleSeconds(random)), () -> {
                node.join(bootstrap, null);
                rejoins++;
                scheduleLeave(node, random, session.sampleSeconds(random));
            });
        });
    }

    public long departures() {
        return departures;
    }

    public long rejoins() {
        return rejoins;
    }
}
