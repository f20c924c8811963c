package org.swarmsim.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * A condition that processes can wait on: {@link #await} registers a callback, {@link #fire} wakes
 * every waiter (in the order they started waiting) at the current simulated time. Waiters that
 * register after a fire wait for the next one.
 */
public final class Signal {
    private final Scheduler scheduler;
    private List<Runnable> waiters = new ArrayList<>();
    private long fireCount;

    public Signal(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** Runs {@code onFire} the next time the signal fires. */
    public void await(Runnable onFire) {
        waiters.add(onFire);
    }

    /** Wakes all current waiters; returns how many were woken. */
    public int fire() {
        fireCount++;
        List<Runnable> woken = waiters;
        waiters = new ArrayList<>();
        for (Runnable w : woken) {
            scheduler.schedule(0, w);
        }
        return woken.size();
    }

    public int waiting() {
        return waiters.size();
    }

    /** How many times the signal has fired. */
    public long fireCount() {
        return fireCount;
    }
}
