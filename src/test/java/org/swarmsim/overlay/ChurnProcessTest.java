package org.swarmsim.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swarmsim.sim.Simulation;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

/** The churn process on a scripted participant: exact times of every departure and return. */
class ChurnProcessTest {
    private static final class Scripted implements Participant {
        final Simulation sim;
        final List<String> log;
        final String name;
        boolean online = true;

        Scripted(Simulation sim, List<String> log, String name) {
            this.sim = sim;
            this.log = log;
            this.name = name;
        }

        @Override
        public boolean isOnline() {
            return online;
        }

        @Override
        public void goOnline() {
            online = true;
            log.add(sim.now() + " " + name + " on");
        }

        @Override
        public void goOffline() {
            online = false;
            log.add(sim.now() + " " + name + " off");
        }
    }

    @Test
    void sessionsAndOfflinePeriodsAlternateForEverAndEveryDepartureIsReported() {
        Simulation sim = new Simulation();
        List<String> log = new ArrayList<>();
        ChurnProcess<Scripted> churn = new ChurnProcess<>(sim, 1, p -> log.add(sim.now() + " departed " + p.name));
        churn.start(new Scripted(sim, log, "a"), () -> 10, () -> 5);
        sim.run(40);
        assertEquals(List.of("10 a off", "10 departed a", "15 a on", "25 a off", "25 departed a", "30 a on",
                "40 a off", "40 departed a"), log);
        assertEquals(3, churn.departures());
        assertEquals(2, churn.returns());
    }

    @Test
    void durationsShorterThanTheMinimumPeriodAreRaisedToIt() {
        Simulation sim = new Simulation();
        List<String> log = new ArrayList<>();
        ChurnProcess<Scripted> churn = new ChurnProcess<>(sim, 3, null);
        churn.start(new Scripted(sim, log, "a"), () -> 0, () -> -7);
        sim.run(9);
        assertEquals(List.of("3 a off", "6 a on", "9 a off"), log);
    }

    @Test
    void aResidualFirstSessionIsAUniformFractionOfASessionDraw() {
        Simulation sim = new Simulation();
        List<String> log = new ArrayList<>();
        ChurnProcess<Scripted> churn = new ChurnProcess<>(sim, 1, null);
        RandomStream r = new RandomStreams(8).stream("churn");
        RandomStream copy = new RandomStreams(8).stream("churn");
        long[] sessions = {1_000_000, 400};
        int[] drawn = {0};
        // the session draw comes first, then the uniform fraction, from the same stream
        churn.startResidual(new Scripted(sim, log, "a"), () -> {
            r.nextDouble();   // a sampler drawing from the node's stream, as a distribution does
            return sessions[drawn[0]++];
        }, () -> 100, r);
        copy.nextDouble();
        long first = (long) (1_000_000 * copy.nextDouble());
        sim.run(first + 100 + 400);
        assertEquals(List.of(first + " a off", (first + 100) + " a on", (first + 500) + " a off"), log);
    }

    @Test
    void churnStartsOnlyOnAnOnlineParticipant() {
        Simulation sim = new Simulation();
        Scripted off = new Scripted(sim, new ArrayList<>(), "a");
        off.online = false;
        ChurnProcess<Scripted> churn = new ChurnProcess<>(sim, 1, null);
        assertThrows(IllegalStateException.class, () -> churn.start(off, () -> 1, () -> 1));
        assertThrows(IllegalArgumentException.class, () -> new ChurnProcess<Scripted>(sim, 0, null));
    }
}
