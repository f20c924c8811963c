package org.swarmsim.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swarmsim.sim.SimTime;
import org.swarmsim.sim.Simulation;

class DatagramsTest {
    private record Sized(int wireSize) implements Message {
    }

    @Test
    void aDatagramArrivesAfterItsTransmissionTimeOverTheSlowerEndPlusTheLatency() {
        Simulation sim = new Simulation();
        Network net = new Network(sim, new ConstantLatency(SimTime.millis(40)));
        Node a = net.addNode("a", 10_000, 1_000_000);      // 10 kB/s up
        Node b = net.addNode("b", 1_000_000, 5_000);       // 5 kB/s down
        Datagrams d = new Datagrams(net);
        List<Long> arrivals = new ArrayList<>();
        d.bind(b, (from, m) -> {
            assertEquals(a, from);
            arrivals.add(sim.now());
        });
        d.send(a, b, new Sized(500));   // 500 B at min(10k, 5k) = 100 ms, + 40 ms
        sim.run();
        assertEquals(List.of(SimTime.millis(140)), arrivals);
        assertEquals(1, d.delivered());
        assertEquals(500, d.bytesSent());
        assertEquals(0, net.bytesSent(), "datagrams are not counted as connection bytes");
    }

    @Test
    void aDatagramToAnOfflineOrUnboundNodeIsDropped() {
        Simulation sim = new Simulation();
        Network net = new Network(sim, new ConstantLatency(SimTime.millis(10)));
        Node a = net.addNode("a", 1_000_000, 1_000_000);
        Node b = net.addNode("b", 1_000_000, 1_000_000);
        Node c = net.addNode("c", 1_000_000, 1_000_000);
        Datagrams d = new Datagrams(net);
        List<Message> got = new ArrayList<>();
        d.bind(b, (from, m) -> got.add(m));
        d.send(a, b, new Sized(10));
        sim.schedule(SimTime.millis(5), () -> net.setOnline(b, false));   // goes offline in flight
        d.send(a, c, new Sized(10));                                      // nobody listens on c
        sim.run();
        assertEquals(0, got.size());
        assertEquals(2, d.dropped());
        assertThrows(IllegalStateException.class, () -> d.send(b, a, new Sized(1)), "an offline node cannot send");
    }
}
