package org.swarmsim.cli.bench;

import java.util.PriorityQueue;
import org.swarmsim.sim.Simulation;
import org.swarmsim.sim.random.RandomStream;

/**
 * The classic hold model for event-queue benchmarks: keep {@code pending} events queued; each
 * step pops the earliest and schedules one at now + Exp(1 s). Run on the swarmsim kernel and on a
 * {@code java.util.PriorityQueue} of event objects ordered by (time, seq) as the baseline.
 *
 * <p>Increments come from a precomputed table, the same for both queues, so the figures measure
 * the queues rather than the random number generator.
 */
final class HoldModel {
    private static final int TABLE_BITS = 20;
    private final long[] increments = new long[1 << TABLE_BITS];

    HoldModel(RandomStream stream) {
        for (int i = 0; i < increments.length; i++) {
            increments[i] = 1 + (long) stream.nextExponential(1e9);
        }
    }

    /** Runs {@code events} hold steps on a kernel already holding {@code pending} events; returns nanoseconds taken. */
    long runSwarmsim(int pending, long events) {
        Simulation sim = new Simulation(pending + 16);
        Hold hold = new Hold(sim, increments, events);
        for (int i = 0; i < pending; i++) {
            sim.schedule(increments[(i * 7919) & (increments.length - 1)], hold);
        }
        long t0 = System.nanoTime();
        sim.run();
        long elapsed = System.nanoTime() - t0;
        if (hold.done != events) {
            throw new IllegalStateException("hold model ran " + hold.done + " events, expected " + events);
        }
        return elapsed;
    }

    /** Same as {@link #runSwarmsim} on the PriorityQueue baseline. */
    long runPriorityQueue(int pending, long events) {
        PriorityQueue<Event> queue = new PriorityQueue<>(pending + 16);
        long seq = 0;
        for (int i = 0; i < pending; i++) {
            queue.add(new Event(increments[(i * 7919) & (increments.length - 1)], seq++));
        }
        int mask = increments.length - 1;
        long t0 = System.nanoTime();
        for (long k = 0; k < events; k++) {
            Event e = queue.poll();
            queue.add(new Event(e.time + increments[(int) (k & mask)], seq++));
        }
        long elapsed = System.nanoTime() - t0;
        if (queue.size() != pending) {
            throw new IllegalStateException("baseline lost events");
        }
        return elapsed;
    }

    private static final class Hold implements Runnable {
        private final Simulation sim;
        private final long[] increments;
        private final long limit;
        private final int mask;
        long done;

        Hold(Simulation sim, long[] increments, long limit) {
            this.sim = sim;
            this.increments = increments;
            this.limit = limit;
            this.mask = increments.length - 1;
        }

        @Override
        public void run() {
            sim.schedule(increments[(int) (done & mask)], this);
            if (++done == limit) {
                sim.stop();
            }
        }
    }

    private static final class Event implements Comparable<Event> {
        final long time;
        final long seq;

        Event(long time, long seq) {
            this.time = time;
            this.seq = seq;
        }

        @Override
        public int compareTo(Event o) {
            int c = Long.compare(time, o.time);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }
}
