/**
 * Scenario files: YAML into validated, immutable records, every problem located. This is the only
 * package that imports Jackson.
 *
 * <h2>Use</h2>
 * <pre>{@code
 * Scenario s = Scenarios.load(Path.of("scenarios/flash-crowd.yaml"), List.of("protocol.picker=random"));
 * Files.writeString(out.resolve("scenario.yaml"), s.toYaml());   // loads back to an equal record
 * }</pre>
 * ({@code org.swarmsim.run.Scenarios} gives {@link org.swarmsim.scenario.ScenarioLoader} the
 * registered simulation kinds.) The loader reads the file with Jackson's streaming YAML parser
 * into a tree that keeps the line and column of every key and value
 * ({@link org.swarmsim.scenario.YamlNode}), applies {@code --set path=value} overrides to the tree
 * ({@link org.swarmsim.scenario.Overrides}), reads the common keys ({@code name}, {@code seed},
 * {@code kind}, {@code duration}, {@code network}, {@code metrics}, {@code sweep}) and hands the
 * rest to the kind's {@link org.swarmsim.scenario.KindSchema}, collecting every problem into one
 * {@link org.swarmsim.scenario.ScenarioException}:
 * {@code file:line:column: field.path: message (given X; allowed: ...; did you mean 'y'?)}.
 *
 * <h2>What kinds build their sections with</h2>
 * {@link org.swarmsim.scenario.Fields} (typed access to one map's keys: units, durations,
 * distributions, choices, files; unknown keys reported with a suggestion),
 * {@link org.swarmsim.scenario.DistributionReader}, {@link org.swarmsim.scenario.Arrivals},
 * {@link org.swarmsim.scenario.YamlMap} (the writer's tree; the writer turns it into YAML) and
 * {@link org.swarmsim.scenario.Registry} (names with descriptions, examples and factories: what
 * validation accepts and lists). The common sections are {@link org.swarmsim.scenario.NetworkSpec}
 * (latency by the {@link org.swarmsim.scenario.LatencyModels} registry, capacity classes),
 * {@link org.swarmsim.scenario.MetricsSpec} and {@link org.swarmsim.scenario.SweepSpec}; units are
 * in {@code scenario.units}.
 *
 * <p>The field-by-field reference of every kind is the README's "Scenarios" section.
 */
package org.swarmsim.scenario;
