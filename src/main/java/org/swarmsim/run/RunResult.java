package org.swarmsim.run;

import java.util.List;
import org.swarmsim.metrics.OutputFile;
import org.swarmsim.metrics.RunOutput;
import org.swarmsim.metrics.Summary;
import org.swarmsim.scenario.Scenario;

/**
 * What one run produced, whatever its kind: its tables and its summary. A reproduction's
 * experiment that needs the kind's own figures casts to the kind's result type with {@link #as}.
 */
public interface RunResult {
    /** Events the kernel ran. */
    long events();

    /** Simulated time at the end. */
    long endNanos();

    /** The CSV files, time series first. */
    List<OutputFile> tables();

    /** {@code summary.json}, given the host seconds the run took (the only non-deterministic field). */
    Summary summary(double wallS);

    /** The last status line of the progress bar ({@code sim 120s  leechers done 100/100}). */
    String progressDetail();

    /** One line for the console after the run, from its summary. */
    String describe(Summary summary);

    /** Everything to write into the run directory. */
    default RunOutput output(Scenario scenario, double wallS) {
        return new RunOutput(scenario.toYaml(), tables(), summary(wallS));
    }

    /**
     * This result as the kind's own result type.
     *
     * @throws IllegalArgumentException naming both types when it is another kind's
     */
    default <R extends RunResult> R as(Class<R> type) {
        if (!type.isInstance(this)) {
            throw new IllegalArgumentException("expected a " + type.getSimpleName() + ", but the run produced a "
                    + getClass().getSimpleName() + " (a scenario of another kind?)");
        }
        return type.cast(this);
    }
}
