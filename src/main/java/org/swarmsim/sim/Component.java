package org.swarmsim.sim;

/**
 * Base class for active model entities in the process-oriented style of SimPy/DSSim: a component
 * has a name, belongs to one {@link Simulation}, and gets an {@link #onStart()} hook when it is
 * started. Timers, queues and signals give it the rest of the process vocabulary.
 *
 * <pre>{@code
 * final class Customer extends Component {
 *     Customer(Simulation sim) { super(sim, "customer"); }
 *     protected void onStart() { after(SimTime.seconds(3), this::leave); }
 * }
 * }</pre>
 */
public abstract class Component {
    protected final Simulation sim;
    private final String name;
    private boolean started;

    protected Component(Simulation sim, String name) {
        this.sim = sim;
        this.name = name;
    }

    public final String name() {
        return name;
    }

    /** Current simulated time in nanoseconds. */
    protected final long now() {
        return sim.now();
    }

    /** Starts the component now: {@link #onStart()} runs as an event at the current time. */
    public final void start() {
        startAfter(0);
    }

    /** Starts the component after a delay. A component starts at most once. */
    public final void startAfter(long delayNanos) {
        if (started) {
            throw new IllegalStateException(name + " already started");
        }
        started = true;
        sim.schedule(delayNanos, this::onStart);
    }

    /** Whether {@link #start()} has been called. */
    public final boolean isStarted() {
        return started;
    }

    /** Runs {@code action} once after {@code delayNanos}; returns the timer so it can be cancelled. */
    protected final Timer after(long delayNanos, Runnable action) {
        return Timer.after(sim, delayNanos, action);
    }

    /** Runs {@code action} every {@code periodNanos}, the first time after one period. */
    protected final Timer every(long periodNanos, Runnable action) {
        Timer t = Timer.periodic(sim, periodNanos, action);
        t.start(periodNanos);
        return t;
    }

    /** The start hook; runs as an event at the component's start time. */
    protected abstract void onStart();

    @Override
    public String toString() {
        return name;
    }
}
