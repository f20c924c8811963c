package org.swarmsim.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.swarmsim.run.Progress;

/**
 * A progress display on standard error: a redrawn bar on a terminal, plain lines (at most one
 * every {@code plainEveryNanos} of wall time) when stderr is a pipe or a file. Uses the wall
 * clock, so it lives in the CLI, outside the simulation.
 */
final class ProgressBar {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final boolean terminal;
    private final long startNanos = System.nanoTime();
    private final long plainEveryNanos;
    private long lastDrawNanos = Long.MIN_VALUE / 2;
    private boolean drawn;

    ProgressBar(PrintWriter err, boolean terminal, long plainEveryNanos) {
        this.err = err;
        this.terminal = terminal;
        this.plainEveryNanos = plainEveryNanos;
    }

    static ProgressBar forStderr(PrintWriter err) {
        return new ProgressBar(err, System.console() != null, 5_000_000_000L);
    }

    double elapsedSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /**
     * Redraws if enough wall time has passed; {@code fraction} in [0, 1] of equal parts (a sweep's
     * replications), so the ETA extrapolates the wall time per part.
     */
    void update(double fraction, String detail, long events) {
        if (due()) {
            double wall = elapsedSeconds();
            String eta = fraction > 0.001 && fraction < 1 ? String.format(Locale.ROOT, "%.0fs", wall * (1 - fraction) / fraction) : "-";
            draw(fraction, detail, events, eta);
        }
    }

    /** Redraws a run's state if enough wall time has passed, with the {@link EtaEstimator}'s ETA. */
    void update(Progress.Status status) {
        if (due()) {
            draw(status.fraction(), status.detail(), status.events(), EtaEstimator.estimate(elapsedSeconds(), status).text());
        }
    }

    private boolean due() {
        long now = System.nanoTime();
        long every = terminal ? 200_000_000L : plainEveryNanos;
        if (now - lastDrawNanos < every) {
            return false;
        }
        lastDrawNanos = now;
        return true;
    }

    private void draw(double fraction, String detail, long events, String eta) {
        double wall = elapsedSeconds();
        double rate = wall > 0 ? events / wall : 0;
        int filled = (int) Math.round(Math.max(0, Math.min(1, fraction)) * WIDTH);
        String line = String.format(Locale.ROOT, "[%s%s] %3.0f%% %s  %.2f Mev/s  ETA %s",
                "#".repeat(filled), " ".repeat(WIDTH - filled), 100 * fraction, detail, rate / 1e6, eta);
        if (terminal) {
            err.print("\r" + line + "\u001b[K");
        } else {
            err.println(line);
        }
        err.flush();
        drawn = true;
    }

    /** The run failed: ends a bar drawn on the terminal so that a message can follow on its own line. */
    void abandon() {
        if (terminal && drawn) {
            err.println();
            err.flush();
        }
    }

    /** Final state: always drawn, then the line is ended. */
    void finish(double fraction, String detail, long events) {
        draw(fraction, detail, events, "-");
        if (terminal && drawn) {
            err.println();
        }
        err.flush();
    }
}
