package org.swarmsim.cli;

import java.util.Locale;
import org.swarmsim.run.Progress;

/**
 * The wall time a run still needs, from where it stands: a pure function of the wall seconds so far
 * and a {@link Progress.Status}, so it is tested without a clock.
 *
 * <p>Two things can end a run: its duration, and (for a swarm) every leecher having finished. The
 * duration's estimate extrapolates the wall time per simulated second so far to the simulated time
 * left. The work's estimate extrapolates the wall time per unit of work done so far to the work left,
 * and is never earlier than reaching the simulated time before which the work cannot end the run
 * (the last join). The run ends at whichever comes first, so the estimate is the smaller; "until
 * duration" says that only the duration bounds it.
 */
public final class EtaEstimator {
    /**
     * An estimate.
     *
     * @param seconds       wall seconds still to go, NaN if nothing can be said yet
     * @param untilDuration whether the duration, not the work, ends the run by this estimate
     */
    public record Eta(double seconds, boolean untilDuration) {
        /** {@code 12s}, {@code 1627s until duration}, or {@code -} when unknown. */
        public String text() {
            if (Double.isNaN(seconds)) {
                return "-";
            }
            return String.format(Locale.ROOT, "%.0fs", seconds) + (untilDuration ? " until duration" : "");
        }
    }

    private EtaEstimator() {
    }

    /** The estimate after {@code wallSeconds} of wall time, with the run at {@code status}. */
    public static Eta estimate(double wallSeconds, Progress.Status status) {
        double sim = status.simNanos();
        double end = status.endNanos();
        double byDuration = Double.NaN;
        if (sim > 0 && end > 0) {
            byDuration = Math.max(0, wallSeconds * (end - sim) / sim);
        }
        double work = status.work();
        if (Double.isNaN(work) || !(work > 0)) {
            return new Eta(byDuration, true);
        }
        if (work >= 1) {
            return new Eta(0, false);
        }
        double byWork = wallSeconds * (1 - work) / work;
        long notBefore = Math.min(status.notBeforeNanos(), status.endNanos());
        if (notBefore > sim) {
            if (sim <= 0) {
                return new Eta(byDuration, true);
            }
            byWork = Math.max(byWork, wallSeconds * (notBefore - sim) / sim);
        }
        if (!Double.isNaN(byDuration) && byDuration <= byWork) {
            return new Eta(byDuration, true);
        }
        return new Eta(byWork, false);
    }
}
