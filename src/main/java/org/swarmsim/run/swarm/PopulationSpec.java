package org.swarmsim.run.swarm;

/** {@code population}: the initial seeds and the arriving leechers. */
public record PopulationSpec(SeedSpec seeds, LeecherSpec leechers) {
    public PopulationSpec {
        if (seeds == null || leechers == null) {
            throw new IllegalArgumentException("population needs seeds and leechers");
        }
    }
}
