package org.swarmsim.scenario;

import java.util.Objects;

/**
 * A whole experiment, validated and with every default filled in: the common parts (name, seed,
 * duration, network, metrics, sweep) and the sections of its simulation kind ({@link #section},
 * a record defined by the kind: a swarm's torrent, tracker, population and protocol, a DHT
 * experiment's {@code dht}). Load one with {@code org.swarmsim.run.Scenarios}; {@link #toYaml()}
 * writes it back in a form that loads to an equal record.
 *
 * @param name          what the experiment is called (used in output directory names)
 * @param seed          master seed of {@code RandomStreams}
 * @param kind          the simulation kind's schema (its name is the scenario's {@code kind:})
 * @param durationNanos simulated time to run (stated, or derived by the kind)
 * @param section       the kind's sections, of type {@code kind.sectionType()}
 */
public record Scenario(String name, long seed, KindSchema<?> kind, long durationNanos, NetworkSpec network,
        MetricsSpec metrics, SweepSpec sweep, Object section) {
    public static final long DEFAULT_SEED = 1;

    public Scenario {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a scenario needs a name");
        }
        if (durationNanos <= 0) {
            throw new IllegalArgumentException("duration must be > 0: " + durationNanos);
        }
        Objects.requireNonNull(kind, "kind");
        if (network == null || metrics == null || sweep == null) {
            throw new IllegalArgumentException("network, metrics and sweep are required (defaults are filled in by the loader)");
        }
        if (!kind.sectionType().isInstance(section)) {
            throw new IllegalArgumentException("a " + kind.name() + " scenario needs a " + kind.sectionType().getSimpleName()
                    + " section, not " + section);
        }
    }

    /** The kind's name as written in the file ({@code swarm}, {@code dht_lookups}). */
    public String kindName() {
        return kind.name();
    }

    /**
     * The kind's sections as {@code type}.
     *
     * @throws IllegalArgumentException naming both kinds if this scenario is of another kind
     */
    public <S> S section(Class<S> type) {
        if (!type.isInstance(section)) {
            throw new IllegalArgumentException("scenario '" + name + "' is of kind " + kind.name() + ", which has no "
                    + type.getSimpleName());
        }
        return type.cast(section);
    }

    /** The same scenario with another seed. */
    public Scenario withSeed(long newSeed) {
        return new Scenario(name, newSeed, kind, durationNanos, network, metrics, sweep, section);
    }

    /** The resolved scenario as YAML: every default written out, units in human form. */
    public String toYaml() {
        return ScenarioWriter.toYaml(this);
    }
}
