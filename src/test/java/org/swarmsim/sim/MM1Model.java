package org.swarmsim.sim;

import java.util.List;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;
import org.swarmsim.sim.stats.Tally;

/**
 * An M/M/1 queue written with the process layer, as the seed documents write their examples: a
 * source component that creates customers at exponential intervals and puts them in a
 * {@link FifoQueue}, and a server component that loops on {@code get}, holding each customer for
 * an exponential service time.
 */
final class MM1Model {
    private final Simulation sim = new Simulation();
    private final FifoQueue<Long> waiting = new FifoQueue<>(sim);   // items: arrival times
    private final Tally sojourn = new Tally("time in system");
    private final RandomStream arrivals;
    private final RandomStream services;
    private final double meanInterarrivalNanos;
    private final double meanServiceNanos;
    private final int warmupCustomers;
    private final int measuredCustomers;
    private final List<String> log;
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
        new Component(sim, "source") {
            @Override
            protected void onStart() {
                arrive();
            }

            private void arrive() {
                waiting.put(sim.now());
                if (log != null) {
                    log.add(sim.now() + " arrive");
                }
                after((long) arrivals.nextExponential(meanInterarrivalNanos), this::arrive);
            }
        }.start();
        new Component(sim, "server") {
            @Override
            protected void onStart() {
                waiting.get(this::serve);
            }

            private void serve(long arrivalTime) {
                after((long) services.nextExponential(meanServiceNanos), () -> {
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
                        waiting.get(this::serve);
                    }
                });
            }
        }.start();
        sim.run();
        return sojourn;
    }
}
