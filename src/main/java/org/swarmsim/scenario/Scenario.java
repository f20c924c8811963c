package org.swarmsim.scenario;

/**
 * A whole experiment, validated and with every default filled in. Load one with
 * {@link ScenarioLoader}; {@link #toYaml()} writes it back in a form that loads to an equal record.
 *
 * @param name what the experiment is called (used in output directory names)
 * @param seed master seed of {@code RandomStreams}
 * @param durationNanos simulated time to run
 */
public record Scenario(String name, long seed, long durationNanos, NetworkSpec network, TorrentSpec torrent,
        TrackerSpec tracker, DiscoverySpec discovery, PopulationSpec population, ProtocolSpec protocol,
        MetricsSpec metrics, SweepSpec sweep) {
    public static final long DEFAULT_SEED = 1;

    public Scenario {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a scenario needs a name");
        }
        if (durationNanos <= 0) {
            throw new IllegalArgumentException("duration must be > 0: " + durationNanos);
        }
        if (network == null || torrent == null || tracker == null || discovery == null || population == null
                || protocol == null || metrics == null || sweep == null) {
            throw new IllegalArgumentException("every section of a scenario is required (defaults are filled in by the loader)");
        }
    }

    /** The resolved scenario as YAML: every default written out, units in human form. */
    public String toYaml() {
        return ScenarioWriter.toYaml(this);
    }
}
