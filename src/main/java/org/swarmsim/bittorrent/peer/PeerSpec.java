package org.swarmsim.bittorrent.peer;

/**
 * Everything the swarm needs to create one peer, drawn up front by the scenario (so a peer's
 * parameters never depend on event order).
 *
 * @param capacityClass         name of the capacity class (for reports)
 * @param uploadBytesPerSecond  access-link upload capacity
 * @param downloadBytesPerSecond access-link download capacity
 * @param behaviour             compliant, free-rider, ...
 * @param initialSeed           whether the peer starts with every piece
 * @param joinNanos             arrival time
 * @param lingerNanos           how long it stays after completing (for an initial seed: after
 *                              joining); {@link #FOREVER} to stay to the end
 * @param abortAfterNanos       leaves this long after joining if not complete; {@link #FOREVER} never
 */
public record PeerSpec(String capacityClass, long uploadBytesPerSecond, long downloadBytesPerSecond,
                       Behaviour behaviour, boolean initialSeed, long joinNanos, long lingerNanos,
                       long abortAfterNanos) {
    /** A duration that never elapses. */
    public static final long FOREVER = Long.MAX_VALUE;

    public PeerSpec {
        if (uploadBytesPerSecond < 0 || downloadBytesPerSecond <= 0) {
            throw new IllegalArgumentException("capacities must be positive (upload may be 0): up="
                    + uploadBytesPerSecond + " down=" + downloadBytesPerSecond);
        }
        if (joinNanos < 0 || lingerNanos < 0 || abortAfterNanos <= 0) {
            throw new IllegalArgumentException("join and linger times must be >= 0 and abort time > 0");
        }
    }

    /** A compliant leecher that joins at {@code joinNanos} and leaves {@code lingerNanos} after completing. */
    public static PeerSpec leecher(String cls, long up, long down, long joinNanos, long lingerNanos) {
        return new PeerSpec(cls, up, down, Behaviour.COMPLIANT, false, joinNanos, lingerNanos, FOREVER);
    }

    /** A compliant initial seed that stays for {@code lingerNanos} after joining. */
    public static PeerSpec seed(String cls, long up, long down, long joinNanos, long lingerNanos) {
        return new PeerSpec(cls, up, down, Behaviour.COMPLIANT, true, joinNanos, lingerNanos, FOREVER);
    }

    public PeerSpec withBehaviour(Behaviour b) {
        return new PeerSpec(capacityClass, uploadBytesPerSecond, downloadBytesPerSecond, b, initialSeed,
                joinNanos, lingerNanos, abortAfterNanos);
    }

    public PeerSpec withAbortAfter(long nanos) {
        return new PeerSpec(capacityClass, uploadBytesPerSecond, downloadBytesPerSecond, behaviour, initialSeed,
                joinNanos, lingerNanos, nanos);
    }
}
