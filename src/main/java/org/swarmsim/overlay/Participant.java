package org.swarmsim.overlay;

import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Anything that takes part in an overlay for a while and can come and go: a DHT node, a Gnutella
 * servent, a finder. What a {@link ChurnProcess} drives.
 */
public interface Participant {
    /** Whether it is online now. */
    boolean isOnline();

    /** Joins (again): it must be offline. */
    void goOnline();

    /** Leaves: it must be online. */
    void goOffline();

    /**
     * A participant made of three functions, for nodes whose join needs arguments (for example a
     * DHT node rejoining through given bootstrap nodes).
     */
    static Participant of(BooleanSupplier isOnline, Runnable goOnline, Runnable goOffline) {
        Objects.requireNonNull(isOnline, "isOnline");
        Objects.requireNonNull(goOnline, "goOnline");
        Objects.requireNonNull(goOffline, "goOffline");
        return new Participant() {
            @Override
            public boolean isOnline() {
                return isOnline.getAsBoolean();
            }

            @Override
            public void goOnline() {
                goOnline.run();
            }

            @Override
            public void goOffline() {
                goOffline.run();
            }
        };
    }
}
