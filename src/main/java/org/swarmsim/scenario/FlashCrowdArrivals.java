package org.swarmsim.scenario;

import java.util.Arrays;
import org.swarmsim.sim.random.RandomStream;

/** {@code count} leechers all arriving at time {@code atNanos} (a flash crowd); uses no randomness. */
public record FlashCrowdArrivals(int count, long atNanos) implements ArrivalProcess {
    public FlashCrowdArrivals {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0: " + count);
        }
        if (atNanos < 0) {
            throw new IllegalArgumentException("arrival time must be >= 0: " + atNanos);
        }
    }

    @Override
    public String name() {
        return "flash_crowd";
    }

    @Override
    public void writeTo(YamlMap map) {
        map.put("arrival", name());
        map.put("count", count);
        map.put("at", org.swarmsim.scenario.units.Duration.format(atNanos));
    }

    @Override
    public long[] arrivalTimes(RandomStream stream) {
        long[] times = new long[count];
        Arrays.fill(times, atNanos);
        return times;
    }

    @Override
    public long arrivalsBound() {
        return count;
    }
}
