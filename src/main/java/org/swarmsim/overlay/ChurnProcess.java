package org.swarmsim.overlay;

import java.util.Objects;
import java.util.function.Consumer;
import org.swarmsim.sim.Scheduler;
import org.swarmsim.sim.random.RandomStream;

/**
 * Churn: each driven {@link Participant} stays online for a session, goes offline for an offline
 * period, comes back online, and so on for ever, with durations drawn from its own samplers (so
 * one node's draws never shift another's). Every duration is at least {@code minPeriodNanos}, so
 * zero-length sessions cannot loop at one instant.
 *
 * <p>Exact order of one cycle: at the end of a session {@link Participant#goOffline()}, the
 * departure is counted, the departure callback runs, then the offline period is drawn and the
 * return scheduled; on return {@link Participant#goOnline()}, the return is counted, then the
 * next session is drawn and the departure scheduled.
 *
 * <p>The first session is either a fresh session draw ({@link #start}) or a residual one
 * ({@link #startResidual}): {@code max(min, (long) (session * u))} for a session draw and a
 * uniform {@code u} in [0, 1) from the given stream, drawn in that order, a simple way to avoid
 * every node leaving in a burst at the start. It is not the stationary residual: for exponential
 * sessions that is a fresh draw, and this first session is half as long on average, so a little
 * more than the stationary share of nodes leaves early (a length-biased draw times u would be exact).
 *
 * @param <P> the kind of participant, as the departure callback sees it
 */
public final class ChurnProcess<P extends Participant> {
    /** A source of durations in nanoseconds (values below the minimum period are raised to it). */
    @FunctionalInterface
    public interface Durations {
        long sampleNanos();
    }

    private final Scheduler scheduler;
    private final long minPeriodNanos;
    private final Consumer<? super P> onDeparture;
    private long departures;
    private long returns;

    /**
     * @param minPeriodNanos least duration of a session or offline period, >= 1
     * @param onDeparture    runs after each departure (may be null)
     */
    public ChurnProcess(Scheduler scheduler, long minPeriodNanos, Consumer<? super P> onDeparture) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        if (minPeriodNanos < 1) {
            throw new IllegalArgumentException("the minimum churn period must be >= 1 ns, got " + minPeriodNanos);
        }
        this.minPeriodNanos = minPeriodNanos;
        this.onDeparture = onDeparture;
    }

    /** Starts churning {@code p} (online now) with a fresh first session. */
    public void start(P p, Durations session, Durations offline) {
        checkStart(p, session, offline);
        scheduleDeparture(p, session, offline, draw(session));
    }

    /** Starts churning {@code p} (online now) with a residual first session (see the class comment). */
    public void startResidual(P p, Durations session, Durations offline, RandomStream random) {
        checkStart(p, session, offline);
        long first = Math.max(minPeriodNanos, (long) (draw(session) * random.nextDouble()));
        scheduleDeparture(p, session, offline, first);
    }

    /** Departures so far. */
    public long departures() {
        return departures;
    }

    /** Returns online after a departure so far. */
    public long returns() {
        return returns;
    }

    private void checkStart(P p, Durations session, Durations offline) {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(offline, "offline");
        if (!p.isOnline()) {
            throw new IllegalStateException(p + " must be online when churn starts");
        }
    }

    private void scheduleDeparture(P p, Durations session, Durations offline, long delayNanos) {
        scheduler.schedule(delayNanos, () -> depart(p, session, offline));
    }

    private void depart(P p, Durations session, Durations offline) {
        p.goOffline();
        departures++;
        if (onDeparture != null) {
            onDeparture.accept(p);
        }
        scheduler.schedule(draw(offline), () -> {
            p.goOnline();
            returns++;
            scheduleDeparture(p, session, offline, draw(session));
        });
    }

    private long draw(Durations d) {
        return Math.max(minPeriodNanos, d.sampleNanos());
    }
}
