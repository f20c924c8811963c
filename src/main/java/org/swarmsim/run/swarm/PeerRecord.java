package org.swarmsim.run.swarm;

/**
 * What one peer did during a run; one row of {@code peers.csv} ({@link SwarmOutputs#PEERS}). Times
 * are simulated seconds.
 *
 * @param id                      peer id, unique within the run
 * @param capacityClass           name of the peer's capacity class (e.g. "dsl", "fiber"; "seed" for an
 *                                initial seed given capacities directly)
 * @param initialSeed             whether the peer held every piece from the start
 * @param behaviour               name of the peer's behaviour ("compliant", "free_rider", ...)
 * @param uploadBytesPerSecond    upload capacity
 * @param downloadBytesPerSecond  download capacity
 * @param joinS                   when the peer joined
 * @param completionS             when it held every piece; NaN if it never completed
 * @param leaveS                  when it left; NaN if it was still there at the end
 * @param bytesFromInitialSeeds   payload bytes downloaded from initial seeds
 * @param bytesFromCompleted      payload bytes downloaded from leechers that had completed when they sent
 * @param bytesFromLeechers       payload bytes downloaded from leechers still downloading
 * @param bytesUploaded           payload bytes uploaded to other peers
 * @param discovery               where it heard of other peers; its magnet join; its extensions' bytes
 */
public record PeerRecord(
        int id,
        String capacityClass,
        boolean initialSeed,
        String behaviour,
        double uploadBytesPerSecond,
        double downloadBytesPerSecond,
        double joinS,
        double completionS,
        double leaveS,
        long bytesFromInitialSeeds,
        long bytesFromCompleted,
        long bytesFromLeechers,
        long bytesUploaded,
        PeerDiscovery discovery) {

    /** A record without discovery figures ({@link PeerDiscovery#NONE}). */
    public PeerRecord(int id, String capacityClass, boolean initialSeed, String behaviour, double uploadBytesPerSecond,
                      double downloadBytesPerSecond, double joinS, double completionS, double leaveS,
                      long bytesFromInitialSeeds, long bytesFromCompleted, long bytesFromLeechers, long bytesUploaded) {
        this(id, capacityClass, initialSeed, behaviour, uploadBytesPerSecond, downloadBytesPerSecond, joinS, completionS,
                leaveS, bytesFromInitialSeeds, bytesFromCompleted, bytesFromLeechers, bytesUploaded, PeerDiscovery.NONE);
    }

    /** Validates every field; the message names the peer and the field. */
    public PeerRecord {
        if (id < 0) {
            throw new IllegalArgumentException("peer id must be >= 0, got " + id);
        }
        if (discovery == null) {
            throw new IllegalArgumentException("peer " + id + ": discovery is required (PeerDiscovery.NONE for none)");
        }
        requireName(id, "capacityClass", capacityClass);
        requireName(id, "behaviour", behaviour);
        requireNonNegativeFinite(id, "uploadBytesPerSecond", uploadBytesPerSecond);
        requireNonNegativeFinite(id, "downloadBytesPerSecond", downloadBytesPerSecond);
        requireNonNegativeFinite(id, "joinS", joinS);
        if (!Double.isNaN(completionS) && !(completionS >= joinS && Double.isFinite(completionS))) {
            throw new IllegalArgumentException("peer " + id + ": completionS must be NaN (not completed) or a finite time >= joinS "
                    + joinS + ", got " + completionS);
        }
        if (!Double.isNaN(leaveS) && !(leaveS >= joinS && Double.isFinite(leaveS))) {
            throw new IllegalArgumentException("peer " + id + ": leaveS must be NaN (still there) or a finite time >= joinS "
                    + joinS + ", got " + leaveS);
        }
        if (bytesFromInitialSeeds < 0 || bytesFromCompleted < 0 || bytesFromLeechers < 0 || bytesUploaded < 0) {
            throw new IllegalArgumentException("peer " + id + ": byte counts must be >= 0, got fromInitialSeeds="
                    + bytesFromInitialSeeds + " fromCompleted=" + bytesFromCompleted + " fromLeechers=" + bytesFromLeechers
                    + " uploaded=" + bytesUploaded);
        }
    }

    /** Whether the peer obtained every piece. */
    public boolean completed() {
        return !Double.isNaN(completionS);
    }

    /** Completion time minus join time; NaN if the peer never completed. */
    public double downloadTimeS() {
        return completionS - joinS;
    }

    /** Bytes downloaded from initial seeds, completed leechers and leechers together. */
    public long bytesDownloaded() {
        return bytesFromInitialSeeds + bytesFromCompleted + bytesFromLeechers;
    }

    /** Bytes uploaded divided by bytes downloaded; NaN if the peer downloaded nothing (e.g. an initial seed). */
    public double shareRatio() {
        long down = bytesDownloaded();
        return down == 0 ? Double.NaN : (double) bytesUploaded / down;
    }

    private static void requireName(int id, String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("peer " + id + ": " + field + " must be a non-blank name, got '" + value + "'");
        }
    }

    private static void requireNonNegativeFinite(int id, String field, double value) {
        if (!(value >= 0 && Double.isFinite(value))) {
            throw new IllegalArgumentException("peer " + id + ": " + field + " must be finite and >= 0, got " + value);
        }
    }
}
