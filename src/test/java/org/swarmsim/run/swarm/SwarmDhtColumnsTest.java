package org.swarmsim.run.swarm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarmsim.metrics.TimeSeries;
import org.swarmsim.run.RunRequest;
import org.swarmsim.run.Scenarios;
import org.swarmsim.scenario.Scenario;

/** A swarm whose peers use the DHT samples DHT traffic and routing-table fill; a tracker swarm does not. */
class SwarmDhtColumnsTest {
    private static final String SWARM = """
            name: small-trackerless
            duration: 10min
            torrent: {size: 2MiB}
            discovery: {sources: [dht], dht: {bootstrap_nodes: 2}}
            population:
              seeds: {count: 1, upload: 1MB/s}
              leechers: {arrival: poisson, rate: 1/s, duration: 10s, lingering: forever}
            metrics: {sample_interval: 5s}
            """;

    @TempDir
    Path dir;

    private Scenario load(String text) throws Exception {
        return Scenarios.load(Files.writeString(dir.resolve("s.yaml"), text));
    }

    @Test
    void aTrackerlessSwarmSamplesDhtTrafficAndRoutingTableFill() throws Exception {
        TimeSeries ts = SwarmRun.run(load(SWARM), RunRequest.of(0)).timeSeries();
        List<String> columns = ts.columns();
        assertEquals(List.of("dht_messages_per_s", "dht_bytes_per_s", "routing_table_fill"),
                columns.subList(columns.size() - 3, columns.size()));
        double[] messages = ts.column("dht_messages_per_s");
        double[] bytes = ts.column("dht_bytes_per_s");
        double[] fill = ts.column("routing_table_fill");
        assertEquals(0, messages[0], "nothing sent before the first sample");
        double sent = 0;
        for (int i = 1; i < ts.rowCount(); i++) {
            sent += messages[i];
            // a KRPC datagram is at least a few dozen bytes
            assertTrue(bytes[i] >= 20 * messages[i], "bytes " + bytes[i] + " for " + messages[i] + " messages");
            assertTrue(fill[i] >= 1, "every online node knows someone once the bootstrap nodes joined: " + fill[i]);
        }
        assertTrue(sent > 0, "the peers' joins and get_peers send datagrams");
    }

    @Test
    void aTrackerSwarmHasOnlyTheStandardColumns() throws Exception {
        TimeSeries ts = SwarmRun.run(load(SWARM.replace("sources: [dht]", "sources: [tracker]")), RunRequest.of(0)).timeSeries();
        assertEquals(SwarmOutputs.SERIES.header(), ts.columns());
    }
}
