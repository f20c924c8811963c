package org.swarmsim.gnutella;

import java.util.Objects;
import org.swarmsim.gnutella.wire.Descriptor;
import org.swarmsim.net.Message;
import org.swarmsim.net.Node;

/**
 * A descriptor on an overlay connection, with what the simulator carries beside it: which
 * measured search it belongs to (-1 for none, e.g. Ping/Pong), how servents treat it
 * ({@link SearchMode}) and, for a walker, the requester it checks back with. Charged exactly the
 * descriptor's {@link Descriptor#wireSize()}: the mode and requester stand for the few bytes of
 * extension a walker would carry, which are not charged.
 *
 * @param search    index of the search (a query row) in the run's statistics, or -1
 * @param requester  for a walker, the node it checks back with; otherwise null
 * @param checkEvery for a walker, how many steps between checks with the requester (0: never)
 */
public record Routed(Descriptor descriptor, int search, SearchMode mode, Node requester, int checkEvery)
        implements Message {
    public Routed {
        Objects.requireNonNull(descriptor, "descriptor");
        Objects.requireNonNull(mode, "mode");
    }

    /** A descriptor that belongs to no measured search, flooded. */
    public static Routed unmeasured(Descriptor d) {
        return new Routed(d, -1, SearchMode.FLOOD, null, 0);
    }

    /** The same envelope around another descriptor (a forwarded copy, or the answer). */
    public Routed with(Descriptor d) {
        return new Routed(d, search, mode, requester, checkEvery);
    }

    @Override
    public int wireSize() {
        return descriptor.wireSize();
    }

    @Override
    public boolean notifyOnTransmit() {
        return false;
    }
}
