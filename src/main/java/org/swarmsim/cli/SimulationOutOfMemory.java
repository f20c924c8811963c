package org.swarmsim.cli;

/**
 * A simulation exhausted the Java heap and has been cleaned up after: its message is the one line
 * to print (what was simulated, how far it got, the heap to try), and the command exits with
 * {@link Main#EXIT_OUT_OF_MEMORY}.
 */
public final class SimulationOutOfMemory extends RuntimeException {
    SimulationOutOfMemory(String message, OutOfMemoryError cause) {
        super(message, cause, false, false);
    }
}
