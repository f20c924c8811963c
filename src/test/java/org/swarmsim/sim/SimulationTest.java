package org.swarmsim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationTest {

    @Test
    void equalTimeEventsRunInSchedulingOrder() {
        Simulation sim = new Simulation();
        List<String> log = new ArrayList<>();
        sim.schedule(10, () -> log.add("a"));
        sim.schedule(5, () -> {
            log.add("first");
            // Scheduled later than a, b and c but for the same instant: runs after them.
            sim.schedule(5, () -> log.add("d"));
        });
        sim.schedule(10, () -> log.add("b"));
        sim.scheduleAt(10, () -> log.add("c"));
        sim.run();
        assertEquals(List.of("first", "a", "b", "c", "d"), log);
        assertEquals(10, sim.now());
    }

    @Test
    void zeroDelayEventsScheduledDuringAnEventRunAfterItInOrder() {
        Simulation sim = new Simulation();
        List<Integer> log = new ArrayList<>();
        sim.schedule(3, () -> {
            for (int i = 0; i < 5; i++) {
                int k = i;
                sim.schedule(0, () -> log.add(k));
            }
        });
        sim.schedule(3, () -> log.add(-1));
        sim.run();
        assertEquals(List.of(-1, 0, 1, 2, 3, 4), log);
    }

    @Test
    void cancelledEventsNeverRun() {
        Simulation sim = new Simulation();
        List<String> log = new ArrayList<>();
        long a = sim.schedule(10, () -> log.add("a"));
        sim.schedule(20, () -> log.add("b"));
        long c = sim.schedule(30, () -> log.add("c"));
        assertTrue(sim.isPending(a));
        assertTrue(sim.cancel(a));
        assertFalse(sim.isPending(a));
        assertFalse(sim.cancel(a), "a second cancel reports nothing was pending");
        sim.schedule(15, () -> sim.cancel(c));
        sim.run();
        assertEquals(List.of("b"), log);
        assertEquals(20, sim.now());
    }

    @Test
    void aStaleHandleDoesNotCancelTheEventThatReusedItsSlot() {
        Simulation sim = new Simulation();
        List<String> log = new ArrayList<>();
        long first = sim.schedule(1, () -> log.add("first"));
        sim.run();
        long second = sim.schedule(1, () -> log.add("second"));
        assertFalse(sim.cancel(first), "handle of an event that already ran");
        assertTrue(sim.isPending(second));
        sim.run();
        assertEquals(List.of("first", "second"), log);
        assertFalse(sim.isPending(Scheduler.NO_EVENT));
        assertFalse(sim.cancel(Scheduler.NO_EVENT));
    }

    @Test
    void runUntilLeavesLaterEventsQueuedAndTheClockAtUntil() {
        Simulation sim = new Simulation();
        List<Long> ran = new ArrayList<>();
        for (long t : new long[] {5, 10, 15, 20}) {
            sim.scheduleAt(t, () -> ran.add(sim.now()));
        }
        sim.run(10);
        assertEquals(List.of(5L, 10L), ran, "events at exactly 'until' run");
        assertEquals(10, sim.now());
        assertEquals(2, sim.pendingEvents());
        assertEquals(15, sim.nextEventTime());
        sim.run(12);
        assertEquals(12, sim.now(), "the clock advances to until even without events");
        // Scheduling between the clock and the next pending event is still allowed.
        sim.scheduleAt(13, () -> ran.add(sim.now()));
        sim.run();
        assertEquals(List.of(5L, 10L, 13L, 15L, 20L), ran);
        assertEquals(20, sim.now());
    }

    @Test
    void schedulingInThePastIsRejected() {
        Simulation sim = new Simulation();
        sim.run(100);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sim.scheduleAt(99, () -> { }));
        assertTrue(e.getMessage().contains("past"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> sim.schedule(-1, () -> { }));
        assertThrows(IllegalArgumentException.class, () -> sim.run(50));
    }

    @Test
    void stopEndsTheRunAfterTheCurrentEventAndRunContinues() {
        Simulation sim = new Simulation();
        List<Long> ran = new ArrayList<>();
        sim.scheduleAt(1, () -> ran.add(1L));
        sim.scheduleAt(2, () -> {
            ran.add(2L);
            sim.stop();
        });
        sim.scheduleAt(3, () -> ran.add(3L));
        sim.run(100);
        assertEquals(List.of(1L, 2L), ran);
        assertEquals(2, sim.now(), "a stopped run leaves the clock at the last event");
        sim.run();
        assertEquals(List.of(1L, 2L, 3L), ran);
        assertEquals(3, sim.eventsRun());
    }

    @Test
    void runCannotBeCalledFromInsideAnEvent() {
        Simulation sim = new Simulation();
        sim.schedule(1, sim::run);
        assertThrows(IllegalStateException.class, sim::run);
    }

    @Test
    void afterEachEventHookRunsOncePerEvent() {
        Simulation sim = new Simulation();
        int[] hooks = {0};
        sim.afterEachEvent(() -> hooks[0]++);
        for (int i = 0; i < 7; i++) {
            sim.schedule(i, () -> { });
        }
        sim.run();
        assertEquals(7, hooks[0]);
    }

    @Test
    void timeOfReportsTheScheduledTime() {
        Simulation sim = new Simulation();
        sim.run(1_000);
        long h = sim.schedule(234, () -> { });
        assertEquals(1_234, sim.timeOf(h));
    }
}
