package org.swarmsim.finders;

import org.swarmsim.overlay.NodeId;
import org.swarmsim.sim.random.RandomStream;

/**
 * A finder network's routing geometry: "IDs and their approximate location in the overlay". It
 * places every finder and every key (a swarm's info-hash, a finder's own id) at a point, says how
 * far a finder is from a point (the greedy rule moves to the known finder closest to the key), gives
 * each finder its first links, and decides which finders a finder adopts when it learns of them and
 * what replaces a link found dead. Finders are numbered 0..n-1; a geometry is built for one
 * population ({@link Geometries}) and keeps which finders are online for the ground truth
 * ({@link #home}).
 *
 * <p>Links are an {@code int[]} of finder numbers with {@link #EMPTY} for an empty slot; the
 * geometry gives the slots their meaning (ring neighbours, lattice neighbours, buckets, long links).
 */
public interface Geometry {
    /** An empty link slot. */
    int EMPTY = -1;

    /** The registered name. */
    String name();

    /** Number of finders. */
    int size();

    /** The id of finder {@code f} (160 bits, in the space of info-hashes). */
    NodeId id(int f);

    /** The point of a key. */
    long point(NodeId key);

    /** The point of finder {@code f}. */
    long pointOf(int f);

    /** How far finder {@code f} is from {@code point} (>= 0; 0 only at its own point). */
    long distance(int f, long point);

    /** Finder {@code f}'s first links, drawn with {@code random} from the whole population. */
    int[] initialLinks(int f, RandomStream random);

    /** Finder {@code owner} learns of finder {@code candidate}: the geometry may put it into a slot of {@code links}. */
    void learn(int owner, int[] links, int candidate);

    /**
     * The link in {@code slot} of {@code owner} was found dead: the geometry empties it and may fill
     * it from {@code known} (the owner's cache), drawing with {@code random} if it needs to.
     */
    void repair(int owner, int[] links, int slot, FinderCache known, RandomStream random);

    /** Ground truth: finder {@code f} came online ({@code true}) or left. */
    void setOnline(int f, boolean online);

    /** Ground truth: the online finder closest to {@code point} (ties to the lower number), or -1 if none. */
    int home(long point);
}
