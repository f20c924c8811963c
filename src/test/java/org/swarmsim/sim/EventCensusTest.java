package org.swarmsim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventCensusTest {
    private static final class Named implements Runnable, EventKind {
        private final String kind;

        Named(String kind) {
            this.kind = kind;
        }

        @Override
        public void run() {
        }

        @Override
        public String eventKind() {
            return kind;
        }
    }

    private void tick() {
    }

    @Test
    void countsEveryEventOnceByItsOwnNameOrTheClassThatScheduledIt() {
        Simulation sim = new Simulation();
        EventCensus census = new EventCensus();
        sim.countEventsBy(census);
        for (int i = 0; i < 3; i++) {
            sim.schedule(i, new Named("deliver Have"));
        }
        sim.schedule(5, new Named("sent Piece"));
        sim.schedule(6, this::tick);
        sim.schedule(7, () -> { });
        Timer.periodic(sim, 10, this::tick).start(1);
        sim.run(35);

        assertEquals(List.of(new EventCensus.Count("timer EventCensusTest", 4), new EventCensus.Count("deliver Have", 3),
                new EventCensus.Count("EventCensusTest", 2), new EventCensus.Count("sent Piece", 1)), census.counts());
        assertEquals("timer_EventCensusTest:4,deliver_Have:3,EventCensusTest:2,sent_Piece:1", census.line());
        assertEquals(sim.eventsRun(), census.counts().stream().mapToLong(EventCensus.Count::events).sum());
    }

    @Test
    void stopsCountingWhenTheCensusIsRemoved() {
        Simulation sim = new Simulation();
        EventCensus census = new EventCensus();
        sim.countEventsBy(census);
        sim.schedule(1, new Named("a"));
        sim.run(1);
        sim.countEventsBy(null);
        sim.schedule(1, new Named("a"));
        sim.run();
        assertEquals(List.of(new EventCensus.Count("a", 1)), census.counts());
    }

    @Test
    void namesANestedClassWithADotAndALambdaAfterItsHost() {
        assertEquals("EventCensusTest.Named", EventCensus.nameOf(Named.class));
        Runnable lambda = () -> { };
        assertEquals("EventCensusTest", EventCensus.nameOf(lambda.getClass()));
    }
}
