package org.swarmsim.sweep;

import java.util.List;

/**
 * Some replications failed for good (after the engine's retries) while the others finished and
 * were written; re-running the same command redoes only the failed ones.
 */
public final class ReplicationsFailedException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * One replication that failed.
     *
     * @param task  the task
     * @param error what went wrong (exception and message)
     */
    public record Failure(SweepTask task, String error) {
    }

    private final transient List<Failure> failures;

    /** {@code failures}, in task order. */
    public ReplicationsFailedException(List<Failure> failures) {
        super(failures.size() + " replication" + (failures.size() == 1 ? "" : "s") + " failed");
        this.failures = List.copyOf(failures);
    }

    /** The failed replications, in task order. */
    public List<Failure> failures() {
        return failures;
    }
}
