package org.swarmsim.finders;

import org.swarmsim.overlay.NodeId;
import org.swarmsim.scenario.Registry;
import org.swarmsim.sim.random.RandomStream;

/**
 * The routing geometries a finder network may use ({@code finders.geometry}), in the order messages
 * list them. Adding one is a class implementing {@link Geometry} and one registration here.
 */
public final class Geometries {
    /**
     * What a geometry is built from: the stream that draws the finders' ids, and its parameters.
     * Geometries that do not place finders by id draw them uniformly, one {@link NodeId#random} each.
     */
    public record Context(RandomStream ids, GeometryParams params) {
    }

    /** Geometries by name. */
    public static final Registry<Context, Geometry> REGISTRY = new Registry<Context, Geometry>("finder geometry",
            "finders.geometry")
            .register("symphony", "a ring of hash points: successor, predecessor and k harmonic long links (Symphony)",
                    c -> new SymphonyGeometry(randomIds(c), c.params()))
            .register("kleinberg", "a side x side lattice: four lattice neighbours and q long links with P ~ d^-r "
                    + "(Kleinberg); finders must be a square number",
                    java.util.List.of("finders.geometry=kleinberg", "finders.nodes=16", "finders.fraction=100%",
                            "finders.workload.target=keys"),
                    c -> new KleinbergGeometry(c.ids(), c.params()))
            .register("kademlia", "XOR buckets of up to k finders each (Kademlia)",
                    c -> new KademliaGeometry(randomIds(c), c.params()))
            .register("random", "k uniformly random links, no geometry: the baseline",
                    c -> new RandomGeometry(randomIds(c), c.params()));

    private Geometries() {
    }

    private static NodeId[] randomIds(Context c) {
        NodeId[] ids = new NodeId[c.params().finders()];
        for (int f = 0; f < ids.length; f++) {
            ids[f] = NodeId.random(c.ids());
        }
        return ids;
    }

    /** Builds the named geometry. */
    public static Geometry build(String name, RandomStream ids, GeometryParams params) {
        return REGISTRY.create(name, new Context(ids, params));
    }
}
