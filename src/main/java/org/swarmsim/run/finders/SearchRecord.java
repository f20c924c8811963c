package org.swarmsim.run.finders;

import org.swarmsim.finders.Fallback;

/** One search or locate of the workload, filled in as it goes (one row of {@code searches.csv}). */
public final class SearchRecord {
    final int id;
    final long startNanos;
    final String operation;
    final int origin;
    final String key;
    final int swarm;
    boolean answered;
    int answerer = -1;
    int home = -1;
    int hops = -1;
    long messages;
    long latencyNanos = -1;
    int contacts;
    Fallback fallback;
    int retries;
    int dropped;
    int members = -1;

    SearchRecord(int id, long startNanos, String operation, int origin, String key, int swarm) {
        this.id = id;
        this.startNanos = startNanos;
        this.operation = operation;
        this.origin = origin;
        this.key = key;
        this.swarm = swarm;
    }

    public String operation() {
        return operation;
    }

    public boolean answered() {
        return answered;
    }

    public int hops() {
        return hops;
    }

    public long messages() {
        return messages;
    }

    public long latencyNanos() {
        return latencyNanos;
    }

    public int contacts() {
        return contacts;
    }

    public int answerer() {
        return answerer;
    }

    public int home() {
        return home;
    }

    /** Whether the answering finder was the true home (the online finder closest to the key) at the answer. */
    public boolean homeReached() {
        return answered && answerer == home;
    }

    /** A search succeeds when its answer has contacts; a locate when the true home answers. */
    public boolean success() {
        return operation.equals("locate") ? homeReached() : answered && contacts > 0;
    }

    /** {@code none}, {@code flood} or {@code walk} if the search fell back at a local minimum, else empty. */
    public String fallbackName() {
        return fallback == null ? "" : fallback.name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean fellBack() {
        return fallback != null;
    }

    /** For a search, the swarm's members online when it started (the god's view; -1 for a locate). */
    public int members() {
        return members;
    }

    public int retries() {
        return retries;
    }
}
