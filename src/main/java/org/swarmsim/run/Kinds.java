package org.swarmsim.run;

import java.util.List;
import org.swarmsim.run.dhtlookups.DhtLookupsKind;
import org.swarmsim.run.finders.FindersKind;
import org.swarmsim.run.gnutella.GnutellaKind;
import org.swarmsim.run.pastry.PastryKind;
import org.swarmsim.run.swarm.SwarmKind;
import org.swarmsim.scenario.Scenario;
import org.swarmsim.scenario.Suggestions;

/**
 * The simulation kinds, in the order messages list them; the first is the kind of a scenario
 * without {@code kind:}. Adding a kind is one line here.
 */
public final class Kinds {
    private static final List<SimulationKind<?>> ALL = List.of(
            SwarmKind.INSTANCE,
            DhtLookupsKind.INSTANCE,
            GnutellaKind.INSTANCE,
            PastryKind.INSTANCE,
            FindersKind.INSTANCE);

    private Kinds() {
    }

    /** Every kind, the default first. */
    public static List<SimulationKind<?>> all() {
        return ALL;
    }

    /** The kind of {@code scenario}. */
    public static SimulationKind<?> of(Scenario scenario) {
        return named(scenario.kindName());
    }

    /** The kind called {@code name}. */
    public static SimulationKind<?> named(String name) {
        for (SimulationKind<?> k : ALL) {
            if (k.name().equals(name)) {
                return k;
            }
        }
        List<String> names = ALL.stream().map(SimulationKind::name).toList();
        throw new IllegalArgumentException("unknown scenario kind '" + name + "' (allowed: " + String.join(", ", names)
                + Suggestions.didYouMean(name, names) + ")");
    }
}
