package org.swarmsim.gnutella;

import java.util.Objects;
import org.swarmsim.gnutella.wire.Descriptor;
import org.swarmsim.net.Message;
import org.swarmsim.net.Node;

/**
 * A descriptor on an overlay connection, with what the simulator carries beside it: which
 * measured search it belongs to (-1 for none, e.g. Ping/Pong), how servents treat it
 * ({@link SearchMode}) and, for a walker, the requester it checks back with and how often.
 * Charged exactly the descriptor's {@link Descriptor#wireSize()}: the mode and requester stand for
 * the few bytes of extension a walker would carry, which are not charged.
 *
 * <p>Immutable (its one mutable field caches {@link #forwarded()}). Three things are worked out once, when the envelope is first made, and kept for
 * its forwarded copies, because every servent on the way would compute the same: the wire size
 * (TTL and hops do not change it), the GUID's simulator id, and the catalogue object a query's
 * search string names ({@link Catalogue#criteria} of that object, so a servent compares it with
 * its library instead of parsing the string).
 */
public final class Routed implements Message {
    private final Descriptor descriptor;
    private final int search;
    private final SearchMode mode;
    private final Node requester;
    private final int checkEvery;
    private final int wireSize;
    private final long guidId;
    private final int object;
    private Routed next;     // the forwarded copy, made once: every copy at one hop is the same

    /**
     * @param search     index of the search (a query row) in the run's statistics, or -1
     * @param requester  for a walker, the node it checks back with; otherwise null
     * @param checkEvery for a walker, how many steps between checks with the requester (0: never)
     * @param object     the catalogue object a query names (-1 for none or another descriptor)
     */
    public Routed(Descriptor descriptor, int search, SearchMode mode, Node requester, int checkEvery, int object) {
        this(descriptor, search, mode, requester, checkEvery, descriptor.wireSize(),
                descriptor.guid().hasId() ? descriptor.guid().id() : 0, object);   // QRP messages carry Guid.ZERO
    }

    private Routed(Descriptor descriptor, int search, SearchMode mode, Node requester, int checkEvery, int wireSize,
                   long guidId, int object) {
        this.descriptor = Objects.requireNonNull(descriptor, "descriptor");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.search = search;
        this.requester = requester;
        this.checkEvery = checkEvery;
        this.wireSize = wireSize;
        this.guidId = guidId;
        this.object = object;
    }

    /** A descriptor that belongs to no measured search, flooded. */
    public static Routed unmeasured(Descriptor d) {
        return new Routed(d, -1, SearchMode.FLOOD, null, 0, -1);
    }

    /** The same envelope around a forwarded copy of its descriptor (same GUID and size). */
    public Routed forwardedAs(Descriptor copy) {
        return new Routed(copy, search, mode, requester, checkEvery, wireSize, guidId, object);
    }

    /**
     * The envelope of the descriptor forwarded once more ({@link Descriptor#forwarded()}: TTL - 1,
     * hops + 1). Every copy of a flood at one hop has the same GUID, TTL and hops, so it is one
     * object, made by whichever servent forwards it first (a cache, not state: the result is the
     * same whoever asks).
     */
    public Routed forwarded() {
        Routed n = next;
        if (n == null) {
            n = forwardedAs(descriptor.forwarded());
            next = n;
        }
        return n;
    }

    /** The same search's envelope around another descriptor (its answer). */
    public Routed answeredWith(Descriptor answer) {
        return new Routed(answer, search, mode, requester, checkEvery, answer.wireSize(), guidId, -1);
    }

    public Descriptor descriptor() {
        return descriptor;
    }

    public int search() {
        return search;
    }

    public SearchMode mode() {
        return mode;
    }

    public Node requester() {
        return requester;
    }

    public int checkEvery() {
        return checkEvery;
    }

    /** The simulator id of the descriptor's GUID ({@code Guid.id()}). */
    public long guidId() {
        return guidId;
    }

    /** The catalogue object a query's search string names, or -1. */
    public int object() {
        return object;
    }

    @Override
    public int wireSize() {
        return wireSize;
    }

    @Override
    public boolean notifyOnTransmit() {
        return false;
    }

    @Override
    public String toString() {
        return "Routed[" + descriptor + ", search " + search + ", " + mode + "]";
    }
}
