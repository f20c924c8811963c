package org.swarmsim.sim;

import java.util.ArrayDeque;
import java.util.List;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;
import org.swarmsim.sim.stats.Tally;

/**
 * An M/M/1 queue written on the bare scheduler: customers arrive at exponential intervals and wait
 * in a FIFO line; one server takes the next customer as soon as it is free and holds each for an
 * exponential service time.
 */
final class MM1Model {
    private final Simulation sim = new Simulation();
    private final ArrayDeque<Long> waiting = new ArrayDeque<>();   // arrival times
    private final Tally sojourn = new Tally("time in system");
    private final RandomStream arrivals;
    private final RandomStream services;
    private final double meanInterarrivalNanos;
    private final double meanServiceNanos;
    private final int warmupCustomers;
    private final int measuredCustomers;
    private final List<String> log;
    private boolean serverBusy;
    private int departed;

    MM1Model(RandomStreams streams, double lambdaPerSecond, double muPerSecond,
             int warmupCustomers, int measuredCustomers, List<String> log) {
        this.arrivals = streams.stream("mm1/arrivals");
        this.services = streams.stream("mm1/services");
        this.meanInterarrivalNanos = 1e9 / lambdaPerSecond;
        this.meanServiceNanos = 1e9 / muPerSecond;
        this.warmupCustomers = warmupCustomers;
        this.measuredCustomers = measuredCustomers;
        this.log = log;
    }

    /** Runs until the measured customers have left; returns their time-in-system statistics (seconds). */
    Tally run() {
        sim.schedule(0, this::arrive);
        sim.run();
        return sojourn;
    }

    private void arrive() {
        waiting.add(sim.now());
        if (log != null) {
            log.add(sim.now() + " arrive");
        }
        if (!serverBusy) {
            serveNext();
        }
        sim.schedule((long) arrivals.nextExponential(meanInterarrivalNanos), this::arrive);
    }

    private void serveNext() {
        Long arrivalTime = waiting.poll();
        if (arrivalTime == null) {
            serverBusy = false;
            return;
        }
        serverBusy = true;
        sim.schedule((long) services.nextExponential(meanServiceNanos), () -> {
            departed++;
            if (log != null) {
                log.add(sim.now() + " depart");
            }
            if (departed > warmupCustomers) {
                sojourn.add(SimTime.toSeconds(sim.now() - arrivalTime));
            }
            if (departed == warmupCustomers + measuredCustomers) {
                sim.stop();
            } else {
                serveNext();
            }
        });
    }
}
