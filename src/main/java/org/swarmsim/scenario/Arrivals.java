package org.swarmsim.scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.swarmsim.scenario.YamlNode.ScalarNode;
import org.swarmsim.scenario.units.Duration;
import org.swarmsim.scenario.units.EventRate;

/**
 * The arrival processes a scenario may name ({@code arrival: flash_crowd | poisson | trace}), each
 * with the keys it reads beside {@code arrival} and its reader: the registry validation accepts
 * and lists. A new process is one {@link ArrivalProcess} implementation and one registration here.
 */
public final class Arrivals {
    /** What a reader gets: the map holding {@code arrival} and the scenario's duration. */
    public record Input(Fields fields, long scenarioDurationNanos) {
    }

    /** One arrival process: its keys (besides {@code arrival}) and its reader (null after a problem). */
    public record Kind(List<String> keys, Function<Input, ArrivalProcess> reader) {
        public Kind {
            keys = List.copyOf(keys);
        }
    }

    /** Arrival processes by {@code arrival}. */
    public static final Registry<Void, Kind> REGISTRY = new Registry<Void, Kind>("arrival process")
            .register("flash_crowd", "count arrivals all at time at: {arrival: flash_crowd, count: 1000, at: 0s}",
                    List.of("population.leechers={arrival: flash_crowd, count: 4, at: 1s}"),
                    v -> new Kind(List.of("count", "at"), in -> new FlashCrowdArrivals(
                            (int) in.fields().integer("count", null, 0, 10_000_000), in.fields().duration("at", 0L, 0))))
            .register("poisson", "a Poisson process of rate arrivals per second from start for duration (default: "
                    + "until the end): {arrival: poisson, rate: 30/min}",
                    List.of("population.leechers={arrival: poisson, rate: 2/s, duration: 3s}"),
                    v -> new Kind(List.of("rate", "start", "duration"), Arrivals::poisson))
            .register("trace", "arrival times read from a file, one per line (12.5s, 3min, or bare seconds), "
                    + "# comments: {arrival: trace, file: arrivals.txt}",
                    List.of("population.leechers={arrival: trace, file: arrivals.txt}"),
                    v -> new Kind(List.of("file"), Arrivals::trace));

    private Arrivals() {
    }

    /** The keys of the named process. */
    public static List<String> keysOf(String name) {
        return REGISTRY.create(name, null).keys();
    }

    /** Reads the named process from {@code in}; null after a problem. */
    public static ArrivalProcess read(String name, Input in) {
        return REGISTRY.create(name, null).reader().apply(in);
    }

    private static ArrivalProcess poisson(Input in) {
        Fields f = in.fields();
        double rate = perSecond(f, "rate", null, "arrivals per second such as 0.5, or 30/min",
                "expected a positive arrival rate", "arrivals per second such as 0.5");
        long start = f.duration("start", 0L, 0);
        long end = in.scenarioDurationNanos();
        if (start >= end) {
            f.problem(f.get("start"), "start", "arrivals would start after the scenario ends (given "
                    + f.scalar("start").text() + "; allowed: less than duration, " + Duration.format(end) + ")");
        }
        long rest = Math.max(1, end - start);
        long duration = f.duration("duration", rest, 1);
        return new PoissonArrivals(rate, start, duration);
    }

    private static ArrivalProcess trace(Input in) {
        Fields f = in.fields();
        Path file = f.file("file", true);
        if (file == null) {
            return null;
        }
        try {
            TraceArrivals.read(file);
        } catch (IOException | IllegalArgumentException e) {
            f.problem(f.get("file"), "file", "bad trace: " + e.getMessage());
        }
        return new TraceArrivals(file);
    }

    /**
     * A rate per second at {@code key}: a number, or {@code 30/min}, {@code 2/s}, {@code 100/h}.
     *
     * @param fallback the value when absent, or null when the key is required (then 1 after a problem)
     * @param missing  what to list as allowed when a required key is absent
     * @param bad     the start of the message for a malformed rate
     * @param example the first allowed form, e.g. {@code arrivals per second such as 0.5}
     */
    public static double perSecond(Fields f, String key, Double fallback, String missing, String bad, String example) {
        double otherwise = fallback == null ? 1 : fallback;
        ScalarNode s = f.scalar(key);
        if (s == null) {
            if (fallback == null && !f.has(key)) {
                f.missing(key, missing);
            }
            return otherwise;
        }
        String t = s.text().strip();
        double perSecond = EventRate.perSecond(t);
        if (Double.isNaN(perSecond)) {
            f.problem(s, key, bad + " (given " + t + "; allowed: " + example
                    + ", or a count per unit such as 30/min, 2/s, 100/h" + EventRate.didYouMean(t) + ")");
            return otherwise;
        }
        return perSecond;
    }
}
