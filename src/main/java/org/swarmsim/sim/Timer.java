package org.swarmsim.sim;

/**
 * A one-shot or periodic timer on a {@link Scheduler}. It can be started, cancelled and
 * restarted any number of times; restarting replaces the pending expiry.
 *
 * <pre>{@code
 * Timer rechoke = Timer.periodic(sim, SimTime.seconds(10), this::rechoke);
 * rechoke.start(0);          // first run now, then every 10 s
 * ...
 * rechoke.cancel();
 * }</pre>
 */
public final class Timer {
    private final Scheduler scheduler;
    private final Runnable action;
    private final long periodNanos;   // 0 for a one-shot timer
    private final Runnable fire = new Fire();
    private long pending = Scheduler.NO_EVENT;

    private Timer(Scheduler scheduler, long periodNanos, Runnable action) {
        if (periodNanos < 0) {
            throw new IllegalArgumentException("negative period: " + periodNanos);
        }
        this.scheduler = scheduler;
        this.periodNanos = periodNanos;
        this.action = action;
    }

    /** A timer that runs {@code action} once per {@link #start(long)}. */
    public static Timer oneShot(Scheduler scheduler, Runnable action) {
        return new Timer(scheduler, 0, action);
    }

    /** A timer that, once started, runs {@code action} every {@code periodNanos} until cancelled. */
    public static Timer periodic(Scheduler scheduler, long periodNanos, Runnable action) {
        if (periodNanos <= 0) {
            throw new IllegalArgumentException("period must be positive: " + periodNanos);
        }
        return new Timer(scheduler, periodNanos, action);
    }

    /** Convenience: a started one-shot timer. */
    public static Timer after(Scheduler scheduler, long delayNanos, Runnable action) {
        Timer t = oneShot(scheduler, action);
        t.start(delayNanos);
        return t;
    }

    /** (Re)starts the timer so that it first fires {@code delayNanos} from now. */
    public void start(long delayNanos) {
        cancel();
        pending = scheduler.schedule(delayNanos, fire);
    }

    /** Stops the timer; returns whether an expiry was pending. */
    public boolean cancel() {
        boolean wasPending = scheduler.cancel(pending);
        pending = Scheduler.NO_EVENT;
        return wasPending;
    }

    /** Whether an expiry is pending. */
    public boolean isActive() {
        return scheduler.isPending(pending);
    }

    public boolean isPeriodic() {
        return periodNanos > 0;
    }

    /** The expiry event; a census names it after the timer's action ({@code timer Peer}). */
    private final class Fire implements Runnable, EventKind {
        @Override
        public void run() {
            fire();
        }

        @Override
        public String eventKind() {
            return KINDS.get(action.getClass());
        }
    }

    private static final ClassValue<String> KINDS = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            return "timer " + EventCensus.nameOf(type);
        }
    };

    private void fire() {
        if (periodNanos > 0) {
            // Schedule the next expiry first, so the action may cancel or restart the timer.
            pending = scheduler.schedule(periodNanos, fire);
        } else {
            pending = Scheduler.NO_EVENT;
        }
        action.run();
    }
}
