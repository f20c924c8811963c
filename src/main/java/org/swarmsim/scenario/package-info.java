/**
 * Scenario files: YAML into validated, immutable records. This is the only package that imports
 * Jackson.
 *
 * <h2>Use</h2>
 * <pre>{@code
 * Scenario s = ScenarioLoader.load(Path.of("scenarios/flash-crowd.yaml"), List.of("protocol.picker=random"));
 * s.population().leechers().arrival().arrivalTimes(streams.stream("arrivals"));
 * Files.writeString(out.resolve("scenario.yaml"), s.toYaml());   // loads back to an equal record
 * }</pre>
 * {@link org.swarmsim.scenario.ScenarioLoader} reads the file with Jackson's streaming YAML
 * parser into a tree that keeps the line and column of every key and value, applies
 * {@code --set path=value} overrides to the tree, then walks it into the records
 * ({@link org.swarmsim.scenario.Scenario}, {@link org.swarmsim.scenario.NetworkSpec},
 * {@link org.swarmsim.scenario.TorrentSpec}, {@link org.swarmsim.scenario.TrackerSpec},
 * {@link org.swarmsim.scenario.PopulationSpec}, {@link org.swarmsim.scenario.ProtocolSpec},
 * {@link org.swarmsim.scenario.MetricsSpec}, {@link org.swarmsim.scenario.SweepSpec}), collecting
 * every problem into one {@link org.swarmsim.scenario.ScenarioException}:
 * {@code file:line:column: field.path: message (given X; allowed: ...; did you mean 'y'?)}.
 * Policy names are checked against {@link org.swarmsim.scenario.PolicyNames}, which can be built
 * from the name-to-factory {@link org.swarmsim.scenario.Registry registries}.
 *
 * <h2>Units</h2>
 * Sizes {@code 100MiB 256KiB 1.5GB 500KB 12B} or a plain integer of bytes (KB, MB, GB, TB are
 * powers of 1000; KiB, MiB, GiB, TiB of 1024). Rates {@code 8Mbit/s 640kbit/s 1Gbit/s 500KB/s
 * 1MB/s 2MiB/s 100B/s}, stored as whole bytes per second. Durations {@code 30s 2h 1.5h 10min
 * 250ms 7us 3ns 1d}, stored as nanoseconds; a bare number is an error ("add a unit"). Shares
 * {@code 0.25} or {@code 25%}. Arrival rates {@code 0.5} (per second), {@code 30/min}, {@code 2/s}.
 *
 * <h2>Distributions of durations</h2>
 * A single duration (constant), {@code {dist: constant, value: 0s}}, {@code {dist: exponential,
 * mean: 10min}}, {@code {dist: uniform, min: 10ms, max: 100ms}}, {@code {dist: lognormal, mean: 1h,
 * sd: 30min}} or {@code {dist: lognormal, scale: 1.0, shape: 0.5}} (ln of seconds),
 * {@code {dist: pareto, scale: 1min, shape: 1.5}}, {@code {dist: weibull, shape: 0.7, scale:
 * 20min}}, {@code {dist: empirical, file: times.txt}} (seconds, one per line), and for lingering
 * times {@code never} / {@code forever}. {@link org.swarmsim.scenario.DistributionSpec} holds
 * durations in seconds and builds a Commons Math distribution of seconds.
 *
 * <h2>Every field, with its default</h2>
 * <pre>
 * name: my-experiment             # required
 * seed: 1                         # master seed of the random streams
 * duration: 2h                    # required, simulated time
 * network:
 *   latency: {model: constant, value: 50ms}     # or 50ms;
 *     # {model: distribution, dist: lognormal, mean: 60ms, sd: 30ms}  (never not allowed)
 *     # {model: coordinates, dimensions: 2, extent: 100ms, base: 0s}  base + distance in a cube
 *     # {model: matrix, file: sites.txt, weights: [50%, 30%, 20%]}    square ms matrix; weights default equal
 *   classes:                      # default: one class "default", 1MB/s up and down
 *     - {name: dsl, share: 60%, upload: 1Mbit/s, download: 8Mbit/s}   # unique names, shares sum to 1
 * torrent:                        # required
 *   size: 100MiB                  # required unless file
 *   piece_length: 256KiB          # multiple of protocol.block_size
 *   # file: content.torrent       # instead of size and piece_length (read when the swarm is built)
 * tracker:
 *   interval: 30min
 *   numwant: 50                   # 1..10000
 *   # offline_at: 1h              # default: never
 *   seeders_receive: leechers     # leechers (seeds get leechers only) or everyone
 * population:                     # required
 *   seeds:
 *     count: 1                    # at least 0
 *     class: dsl                  # default: the first class; or upload: .. and download: .. (defaults to upload)
 *     lingering: forever
 *   leechers:                     # required
 *     arrival: flash_crowd        # flash_crowd | poisson | trace
 *     count: 1000                 # flash_crowd: required
 *     at: 0s                      # flash_crowd
 *     # rate: 30/min              # poisson: required
 *     # start: 0s                 # poisson
 *     # duration: 1h              # poisson: default until the end of the scenario
 *     # file: arrivals.txt        # trace: one time per line (12.5s, 3min, or bare seconds)
 *     lingering: 0s               # after completing; a distribution; forever allowed
 *     behaviours: {compliant: 100%}   # compliant | free_rider; shares sum to 1
 * protocol:
 *   picker: rarest_first          # rarest_first | random | sequential | random_first
 *   random_first_pieces: 4
 *   choker:
 *     policy: tit_for_tat
 *     regular_slots: 3
 *     optimistic_slots: 1
 *     rechoke_interval: 10s
 *     optimistic_interval: 30s
 *     window: 20s                 # rate-averaging window
 *     seed_rule: upload_rate      # upload_rate | legout
 *   pipeline_depth: 5             # outstanding block requests per connection
 *   end_game: true
 *   max_connections: 80
 *   max_initiated: 40             # at most max_connections
 *   connection_slack: 0           # incoming accepted over the limit; least useful closed
 *   snub_timeout: 60s
 *   keepalive: 2min
 *   block_size: 16KiB             # at most 128KiB
 * metrics:
 *   sample_interval: 1s
 *   trace: false
 * sweep:
 *   replications: 1
 *   vary: {protocol.picker: [rarest_first, random]}   # grid = product of the lists; values as for --set
 * </pre>
 * A DHT lookup experiment ({@link org.swarmsim.scenario.DhtLookupSpec}) has {@code kind: dht_lookups}
 * and no {@code duration}, {@code torrent}, {@code tracker}, {@code discovery}, {@code population}
 * or {@code protocol}; it lasts {@code nodes * join_interval + lookup_duration}:
 * <pre>
 * name: lookups                   # required
 * seed: 1
 * kind: dht_lookups               # swarm (the default) | dht_lookups
 * network: ...                    # as above; each node draws its capacity class by share
 * dht:                            # required for dht_lookups, not allowed otherwise
 *   nodes: 2000                   # required, at least 2
 *   k: 8                          # 1..64
 *   alpha: 3                      # 1..64
 *   termination: k_closest_answered   # k_closest_answered | strict | no_progress
 *   join_interval: 100ms          # between two joins
 *   lookups_per_second: 1         # Poisson, after all joins; also 30/min, 2/s
 *   lookup_duration: 10min
 *   # churn: {session: {dist: exponential, mean: 30min}, offline: {dist: exponential, mean: 30min}}
 * metrics: ...                    # as above
 * sweep: ...                      # as above (the sweep command does not run dht_lookups yet)
 * </pre>
 * Relative file paths are resolved against the scenario file's directory and stored absolute.
 *
 * <h2>Overrides</h2>
 * {@code --set path=value} replaces any field before validation; the value is read as YAML
 * ({@code --set "population.seeds.lingering={dist: exponential, mean: 10min}"}); list items by
 * index ({@code network.classes.0.share=50%}); an unknown path is an unknown-key error with a
 * did-you-mean suggestion, located at the option.
 */
package org.swarmsim.scenario;
