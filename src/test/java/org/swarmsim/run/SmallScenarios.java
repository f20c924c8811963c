package org.swarmsim.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A small scenario of each registered kind (a second or less to run), written into a folder with
 * the fixture files the registries' examples name ({@code src/test/resources/registry-fixtures}).
 */
final class SmallScenarios {
    private static final Map<String, String> YAML = Map.of(
            "swarm", """
                    name: small-swarm
                    duration: 3min
                    network: {latency: 10ms}
                    torrent: {size: 512KiB}
                    population:
                      seeds: {count: 1, upload: 1MB/s}
                      leechers: {count: 4, lingering: 5s}
                    metrics: {sample_interval: 5s}
                    """,
            "dht_lookups", """
                    name: small-dht
                    kind: dht_lookups
                    network: {latency: 10ms}
                    dht: {nodes: 24, join_interval: 20ms, lookups_per_second: 4, lookup_duration: 5s}
                    metrics: {sample_interval: 1s}
                    """,
            "gnutella", """
                    name: small-gnutella
                    kind: gnutella
                    duration: 8s
                    network: {latency: 10ms}
                    gnutella:
                      topology: {model: random_regular, nodes: 40, degree: 4}
                      content: {objects: 5, replicas: 10}
                      workload: {queries_per_second: 2, start: 2s, timeout: 3s}
                      search:
                        - {method: flood, ttl: 3}
                        - {method: expanding_ring, start: 1, step: 2, max: 3, wait: 500ms}
                        - {method: random_walk, walkers: 4, ttl: 20, check_every: 2}
                    metrics: {sample_interval: 1s}
                    """,
            "pastry", """
                    name: small-pastry
                    kind: pastry
                    network: {latency: {model: coordinates, extent: 50ms, base: 1ms}}
                    pastry:
                      nodes: 40
                      join_interval: 100ms
                      keepalive: 2s
                      workload: {lookups_per_second: 10, inserts_per_second: 1, gets_per_second: 2, duration: 8s}
                      failures: [{at: 4s, fraction: 10%}]
                    metrics: {sample_interval: 1s}
                    """,
            "finders", """
                    name: small-finders
                    kind: finders
                    network: {latency: {model: coordinates, extent: 50ms, base: 1ms}}
                    finders:
                      nodes: 300
                      fraction: 20%
                      gossip_interval: 2s
                      swarms: 10
                      warmup: 3s
                      workload: {searches_per_second: 10, duration: 6s}
                      churn:
                        session: {dist: exponential, mean: 30s}
                        offline: {dist: exponential, mean: 5s}
                      failures: [{at: 3s, fraction: 10%}]
                    metrics: {sample_interval: 1s}
                    """);

    private SmallScenarios() {
    }

    /** The kinds there is a small scenario of. */
    static int count() {
        return YAML.size();
    }

    /** Writes the small scenario of {@code kind} (and the fixtures) into {@code dir}; returns its file. */
    static Path write(Path dir, String kind) throws IOException {
        Path file = dir.resolve("small-" + kind + ".yaml");
        if (!Files.exists(file)) {
            String yaml = YAML.get(kind);
            if (yaml == null) {
                throw new IllegalArgumentException("no small scenario of kind " + kind + ": add one here");
            }
            Files.writeString(file, yaml);
            try (Stream<Path> fixtures = Files.list(Path.of("src/test/resources/registry-fixtures"))) {
                for (Path f : fixtures.toList()) {
                    Files.copy(f, dir.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return file;
    }
}
