package org.swarmsim.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swarmsim.net.ConstantLatency;
import org.swarmsim.net.Datagrams;
import org.swarmsim.net.Message;
import org.swarmsim.net.Network;
import org.swarmsim.net.Node;
import org.swarmsim.sim.SimTime;
import org.swarmsim.sim.Simulation;

/** Online nodes, mean table fill and datagram rates since the previous sample. */
class OverlaySamplerTest {
    private record Fixed(boolean isOnline, int routingTableSize) implements OverlayNode {
    }

    private record Sized(int wireSize) implements Message {
    }

    @Test
    void ratesAreSinceThePreviousSampleAndFillIsOverTheOnlineNodes() {
        Simulation sim = new Simulation();
        Network net = new Network(sim, new ConstantLatency(SimTime.millis(1)));
        Node a = net.addNode("a", 1_000_000, 1_000_000);
        Node b = net.addNode("b", 1_000_000, 1_000_000);
        Datagrams datagrams = new Datagrams(net);
        List<OverlayNode> nodes = new ArrayList<>(List.of(new Fixed(true, 8), new Fixed(false, 100), new Fixed(true, 4)));
        OverlaySampler sampler = new OverlaySampler(nodes, datagrams);

        assertEquals(new OverlaySampler.Sample(2, 6.0, 0, 0), sampler.sample(0));
        for (int i = 0; i < 10; i++) {
            datagrams.send(a, b, new Sized(50));
        }
        sim.run(SimTime.seconds(2));
        assertEquals(new OverlaySampler.Sample(2, 6.0, 5.0, 250.0), sampler.sample(sim.now()), "10 datagrams of 50 B in 2 s");
        nodes.add(new Fixed(true, 0));   // a live view: a node added later counts
        datagrams.send(a, b, new Sized(40));
        sim.run(SimTime.seconds(6));
        assertEquals(new OverlaySampler.Sample(3, 4.0, 0.25, 10.0), sampler.sample(sim.now()));
        assertEquals(new OverlaySampler.Sample(3, 4.0, 0, 0), sampler.sample(sim.now()), "no time passed: rates 0");
    }
}
