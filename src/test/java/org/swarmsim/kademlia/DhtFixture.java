package org.swarmsim.kademlia;

import java.util.ArrayList;
import java.util.List;
import org.swarmsim.net.ConstantLatency;
import org.swarmsim.net.Datagrams;
import org.swarmsim.net.DistributionLatency;
import org.swarmsim.net.LatencyModel;
import org.swarmsim.net.Network;
import org.swarmsim.overlay.NodeId;
import org.swarmsim.sim.SimTime;
import org.swarmsim.sim.Simulation;
import org.swarmsim.sim.random.Distributions;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

/** A DHT network built by joins, for tests: node i joins at i * joinGap, bootstrapping from node 0. */
final class DhtFixture {
    final Simulation sim = new Simulation();
    final RandomStreams streams;
    final Network network;
    final DhtNetwork dht;
    final List<DhtNode> nodes = new ArrayList<>();
    final RandomStream ids;

    DhtFixture(long seed, DhtConfig config, boolean variableLatency) {
        streams = new RandomStreams(seed);
        LatencyModel latency = variableLatency
                ? new DistributionLatency(Distributions.logNormalWithMean(streams.stream("latency/d"), 50, 25),
                        streams.stream("latency/seed"))
                : new ConstantLatency(SimTime.millis(50));
        network = new Network(sim, latency);
        dht = new DhtNetwork(network, new Datagrams(network), config);
        ids = streams.stream("ids");
    }

    /** Adds n nodes joining one every joinGapNanos, then runs until all joins are over. */
    DhtFixture grow(int n, long joinGapNanos) {
        int start = nodes.size();
        for (int i = 0; i < n; i++) {
            int index = start + i;
            DhtNode node = dht.addNode(NodeId.random(ids), network.addNode("n" + index, 1_000_000, 1_000_000),
                    streams.stream("dht", index));
            node.host().network().setOnline(node.host(), false);
            nodes.add(node);
            sim.schedule(i * joinGapNanos, () -> node.join(index == 0 ? List.of() : List.of(nodes.get(0)), null));
        }
        sim.run(sim.now() + n * joinGapNanos + SimTime.seconds(60));
        return this;
    }

    DhtNode randomOnlineNode(RandomStream r) {
        while (true) {
            DhtNode n = nodes.get(r.nextInt(nodes.size()));
            if (n.isOnline()) {
                return n;
            }
        }
    }
}
