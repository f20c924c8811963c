package org.swarmsim.run;

import java.util.function.Function;
import org.swarmsim.metrics.SummaryField;
import org.swarmsim.sim.SimTime;

/**
 * What every run knows about itself, whatever its kind, and the summary keys that report it:
 * {@code events}, {@code wall_s} (the only non-deterministic key), {@code seed},
 * {@code replication} and {@code sim_end_s}; and the build's {@code swarmsim_version} and
 * {@code swarmsim_commit}. A kind places these fields where it wants them in its summary.
 */
public record RunFacts(long events, double wallS, long seed, int replication, long endNanos) {
    public static <R> SummaryField<R> events(Function<? super R, RunFacts> facts) {
        return SummaryField.count("events", "events the simulation kernel ran", r -> facts.apply(r).events());
    }

    public static <R> SummaryField<R> wallS(Function<? super R, RunFacts> facts) {
        return SummaryField.number("wall_s", "host seconds the run took (the only field that differs between "
                + "identical runs)", r -> facts.apply(r).wallS());
    }

    public static <R> SummaryField<R> seed(Function<? super R, RunFacts> facts) {
        return SummaryField.count("seed", "master seed of the random streams", r -> facts.apply(r).seed());
    }

    public static <R> SummaryField<R> replication(Function<? super R, RunFacts> facts) {
        return SummaryField.count("replication", "replication index: the substream of the seed",
                r -> facts.apply(r).replication());
    }

    public static <R> SummaryField<R> simEndS(Function<? super R, RunFacts> facts) {
        return SummaryField.number("sim_end_s", "simulated seconds when the run ended",
                r -> SimTime.toSeconds(facts.apply(r).endNanos()));
    }

    /** {@code swarmsim_version}: the same for every run, from {@link BuildInfo}. */
    public static <R> SummaryField<R> version() {
        return new SummaryField<>("swarmsim_version", "version of the swarmsim build that ran it",
                r -> BuildInfo.current().version());
    }

    /** {@code swarmsim_commit}: the same for every run, from {@link BuildInfo}. */
    public static <R> SummaryField<R> commit() {
        return new SummaryField<>("swarmsim_commit", "git commit the build was made from (-dirty: with uncommitted "
                + "changes; unknown: not built from a git checkout)", r -> BuildInfo.current().commit());
    }
}
