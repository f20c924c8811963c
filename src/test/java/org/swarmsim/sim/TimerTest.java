package org.swarmsim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Timer}: one-shot and periodic timers on the kernel. */
class TimerTest {

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
}
