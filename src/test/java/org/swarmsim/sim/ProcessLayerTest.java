package org.swarmsim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessLayerTest {

    @Test
    void oneShotTimerFiresOnceAndCanBeRestarted() {
        Simulation sim = new Simulation();
        List<Long> fired = new ArrayList<>();
        Timer t = Timer.oneShot(sim, () -> fired.add(sim.now()));
        t.start(10);
        assertTrue(t.isActive());
        sim.run(5);
        t.start(10);     // restart at 5: now fires at 15, not 10
        sim.run();
        assertEquals(List.of(15L), fired);
        assertFalse(t.isActive());
    }

    @Test
    void periodicTimerFiresEveryPeriodUntilCancelled() {
        Simulation sim = new Simulation();
        List<Long> fired = new ArrayList<>();
        Timer[] t = new Timer[1];
        t[0] = Timer.periodic(sim, 10, () -> {
            fired.add(sim.now());
            if (fired.size() == 4) {
                t[0].cancel();
            }
        });
        t[0].start(0);
        sim.run();
        assertEquals(List.of(0L, 10L, 20L, 30L), fired);
        assertThrows(IllegalArgumentException.class, () -> Timer.periodic(sim, 0, () -> { }));
    }

    @Test
    void componentStartHookRunsAtItsStartTime() {
        Simulation sim = new Simulation();
        List<String> log = new ArrayList<>();
        Component c = new Component(sim, "c") {
            @Override
            protected void onStart() {
                log.add("start@" + now());
                every(5, () -> log.add("tick@" + now()));
                after(12, sim::stop);
            }
        };
        c.startAfter(3);
        assertThrows(IllegalStateException.class, c::start);
        sim.run();
        assertEquals(List.of("start@3", "tick@8", "tick@13"), log.subList(0, 3));
        assertEquals(15, sim.now());
    }

    @Test
    void fifoQueueGetWaitsUntilAnItemIsPut() {
        Simulation sim = new Simulation();
        FifoQueue<String> q = new FifoQueue<>(sim);
        List<String> got = new ArrayList<>();
        q.get(item -> got.add("g1:" + item + "@" + sim.now()));
        q.get(item -> got.add("g2:" + item + "@" + sim.now()));
        assertEquals(2, q.waitingGetters());
        sim.schedule(7, () -> {
            q.put("x");
            q.put("y");
            q.put("z");
        });
        sim.run();
        assertEquals(List.of("g1:x@7", "g2:y@7"), got);
        assertEquals(1, q.size());
        q.get(item -> got.add("g3:" + item + "@" + sim.now()));
        sim.run();
        assertEquals("g3:z@7", got.get(2));
    }

    @Test
    void signalWakesEveryWaiterInOrderOnce() {
        Simulation sim = new Simulation();
        Signal s = new Signal(sim);
        List<String> log = new ArrayList<>();
        s.await(() -> log.add("a@" + sim.now()));
        s.await(() -> log.add("b@" + sim.now()));
        sim.schedule(4, () -> assertEquals(2, s.fire()));
        sim.schedule(6, () -> assertEquals(0, s.fire()));
        sim.run();
        assertEquals(List.of("a@4", "b@4"), log);
        assertEquals(2, s.fireCount());
    }
}
