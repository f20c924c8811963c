package org.swarmsim.scenario;

import java.util.Arrays;
import org.swarmsim.sim.SimTime;
import org.swarmsim.sim.random.RandomStream;

/**
 * A Poisson process of {@code ratePerSecond} arrivals per second from {@code startNanos} for
 * {@code durationNanos}: exponential gaps of mean 1/rate, arrivals after the end dropped.
 */
public record PoissonArrivals(double ratePerSecond, long startNanos, long durationNanos) implements ArrivalProcess {
    public PoissonArrivals {
        if (!(ratePerSecond > 0) || Double.isInfinite(ratePerSecond)) {
            throw new IllegalArgumentException("rate must be a positive number of arrivals per second: " + ratePerSecond);
        }
        if (startNanos < 0 || durationNanos <= 0) {
            throw new IllegalArgumentException("start must be >= 0 and duration > 0: " + startNanos + ", " + durationNanos);
        }
    }

    @Override
    public String name() {
        return "poisson";
    }

    @Override
    public void writeTo(YamlMap map) {
        map.put("arrival", name());
        map.put("rate", ratePerSecond);
        map.put("start", org.swarmsim.scenario.units.Duration.format(startNanos));
        map.put("duration", org.swarmsim.scenario.units.Duration.format(durationNanos));
    }

    @Override
    public long[] arrivalTimes(RandomStream stream) {
        long end = startNanos + durationNanos;
        long[] times = new long[16];
        int n = 0;
        double t = SimTime.toSeconds(startNanos);
        double mean = 1.0 / ratePerSecond;
        while (true) {
            t += stream.nextExponential(mean);
            long at = SimTime.seconds(t);
            if (at >= end) {
                break;
            }
            if (n == times.length) {
                times = Arrays.copyOf(times, n * 2);
            }
            times[n++] = at;
        }
        return Arrays.copyOf(times, n);
    }

    @Override
    public long arrivalsBound() {
        double mean = ratePerSecond * (durationNanos / 1e9);
        return (long) Math.ceil(mean + 3 * Math.sqrt(mean));
    }
}
