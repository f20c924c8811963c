package org.swarmsim.scenario;

import java.util.List;

/**
 * What a simulation kind adds to the scenario format: its own top-level sections, how they are read
 * (with every problem located) and how they are written back into {@code scenario.yaml}. The
 * common keys ({@code name}, {@code seed}, {@code kind}, {@code duration}, {@code network},
 * {@code metrics}, {@code sweep}) are the loader's; a kind never reads them itself.
 *
 * @param <S> the kind's validated section record (what its run reads)
 */
public interface KindSchema<S> {
    /** The value of {@code kind:} that selects this kind ({@code swarm}, {@code dht_lookups}). */
    String name();

    /** One line for the documentation and {@code swarmsim kinds}. */
    String description();

    /** The top-level keys this kind owns, in the order they are written. */
    List<String> sectionKeys();

    /** The record type {@link #read} builds. */
    Class<S> sectionType();

    /**
     * Null when a scenario of this kind states its {@code duration} (required); otherwise how the
     * run's length follows from the sections (then {@code duration} is an error and this text
     * explains it, e.g. {@code the run lasts dht.nodes x dht.join_interval + dht.lookup_duration}).
     */
    default String derivedDuration() {
        return null;
    }

    /** The run's length, for a kind whose {@link #derivedDuration()} is not null. */
    default long durationNanos(S section) {
        throw new UnsupportedOperationException(name() + " scenarios state their duration");
    }

    /**
     * Reads the kind's sections from the top-level map, reporting every problem into
     * {@code top.problems()}; returns null when something is wrong.
     *
     * @param basics what the loader read before: the name, the duration (0 while unknown, for a
     *               derived duration) and the network, whose capacity classes sections may name
     */
    S read(Fields top, ScenarioBasics basics);

    /** Writes the sections, every default spelled out, so that reading them back gives an equal record. */
    void write(S section, YamlMap root);

    /**
     * Appended to the message "only with kind: ..." when this kind's scenario holds a key of
     * another kind (e.g. "a swarm's own DHT is set under discovery"); empty by default.
     */
    default String hintForForeignKey(String key) {
        return "";
    }

    /**
     * The names {@code sweep.metrics} may list (summary keys and any metrics the kind derives
     * from a run's files); empty means the loader cannot check them.
     */
    default List<String> sweepMetricChoices() {
        return List.of();
    }
}
