package org.swarmsim.sim;

/**
 * The discrete-event kernel: a clock and one event queue ordered by (time, sequence number).
 *
 * <p>Equal-time events run in the order they were scheduled, so a run is a deterministic function
 * of the model and its random streams. The queue is an allocation-free monotone radix heap
 * ({@link EventQueue}); a handle is a {@code long}.
 *
 * <pre>{@code
 * Simulation sim = new Simulation();
 * sim.schedule(SimTime.seconds(1), () -> System.out.println("one second"));
 * sim.run();
 * }</pre>
 *
 * <p>Not thread-safe: one simulation runs on one thread (a sweep runs one simulation per thread).
 */
public final class Simulation implements Scheduler {
    private final EventQueue queue;
    private long now;
    private long eventsRun;
    private boolean stopRequested;
    private boolean running;
    private Runnable afterEachEvent;
    private EventCensus census;

    public Simulation() {
        this(1024);
    }

    /** A simulation whose queue starts with room for {@code expectedPendingEvents}. */
    public Simulation(int expectedPendingEvents) {
        this.queue = new EventQueue(expectedPendingEvents);
    }

    @Override
    public long now() {
        return now;
    }

    @Override
    public long schedule(long delayNanos, Runnable action) {
        if (delayNanos < 0) {
            throw new IllegalArgumentException("cannot schedule an event in the past: delay "
                    + delayNanos + " ns at time " + now + " ns");
        }
        return scheduleAt(now + delayNanos, action);
    }

    @Override
    public long scheduleAt(long timeNanos, Runnable action) {
        if (timeNanos < now) {
            throw new IllegalArgumentException("cannot schedule an event in the past: time "
                    + timeNanos + " ns is before now (" + now + " ns)");
        }
        if (action == null) {
            throw new NullPointerException("action");
        }
        return queue.insert(timeNanos, action);
    }

    @Override
    public boolean cancel(long handle) {
        return queue.cancel(handle);
    }

    @Override
    public boolean isPending(long handle) {
        return queue.isPending(handle);
    }

    /** Scheduled time of a pending event. */
    public long timeOf(long handle) {
        if (!queue.isPending(handle)) {
            throw new IllegalArgumentException("event " + handle + " is not pending");
        }
        return queue.timeOf(handle);
    }

    /** Time of the next pending event, or {@code Long.MAX_VALUE} if there is none. */
    public long nextEventTime() {
        return queue.peekTime();
    }

    /** Number of events waiting to run. */
    public int pendingEvents() {
        return queue.size();
    }

    /** Number of events run so far. */
    public long eventsRun() {
        return eventsRun;
    }

    /**
     * Installs a hook that runs after every event (null to remove it). Tests use it to call
     * {@code checkInvariants()} on the model after each step.
     */
    public void afterEachEvent(Runnable hook) {
        this.afterEachEvent = hook;
    }

    /**
     * Counts every event that runs from now on into {@code census} (null to stop counting). A
     * benchmark uses it to report its events by kind; counting costs a map update per event.
     */
    public void countEventsBy(EventCensus census) {
        this.census = census;
    }

    /** Runs until the queue is empty or {@link #stop()} is called. */
    public void run() {
        run(Long.MAX_VALUE);
    }

    /**
     * Runs every event scheduled at or before {@code untilNanos}, then sets the clock to
     * {@code untilNanos} (unless stopped earlier). Later events stay queued, so the run can be
     * continued with another call.
     */
    public void run(long untilNanos) {
        if (running) {
            throw new IllegalStateException("run() called from inside an event");
        }
        if (untilNanos < now) {
            throw new IllegalArgumentException("cannot run until " + untilNanos
                    + " ns: the clock is already at " + now + " ns");
        }
        running = true;
        stopRequested = false;
        try {
            while (!stopRequested) {
                Runnable action = queue.pollUntil(untilNanos);
                if (action == null) {
                    break;
                }
                now = queue.lastPolledTime();
                eventsRun++;
                if (census != null) {
                    census.count(action);
                }
                action.run();
                if (afterEachEvent != null) {
                    afterEachEvent.run();
                }
            }
            if (!stopRequested && untilNanos != Long.MAX_VALUE) {
                now = untilNanos;
            }
        } finally {
            running = false;
        }
    }

    /** Makes the current {@link #run} return after the event being processed. */
    public void stop() {
        stopRequested = true;
    }
}
