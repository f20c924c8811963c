package org.swarmsim.sim;

/**
 * What model code sees of the simulation kernel: the clock and the event queue.
 *
 * <p>Time is a {@code long} count of nanoseconds since the start of the run. Events scheduled for
 * the same instant run in the order they were scheduled. Scheduling returns a handle, a plain
 * {@code long} (no allocation), which can be passed to {@link #cancel(long)}; handles of events that
 * already ran or were cancelled are harmless. {@link #NO_EVENT} is never a valid handle, so fields
 * can be initialised with it.
 */
public interface Scheduler {
    /** A handle value that no scheduled event ever has. */
    long NO_EVENT = 0L;

    /** Current simulated time in nanoseconds. */
    long now();

    /**
     * Schedules {@code action} to run {@code delayNanos} from now.
     *
     * @throws IllegalArgumentException if {@code delayNanos} is negative (the past)
     */
    long schedule(long delayNanos, Runnable action);

    /**
     * Schedules {@code action} at absolute time {@code timeNanos}.
     *
     * @throws IllegalArgumentException if {@code timeNanos} is before {@link #now()}
     */
    long scheduleAt(long timeNanos, Runnable action);

    /** Cancels a pending event in O(log n); returns false if it already ran or was cancelled. */
    boolean cancel(long handle);

    /** Whether the event with this handle is still waiting to run. */
    boolean isPending(long handle);
}
