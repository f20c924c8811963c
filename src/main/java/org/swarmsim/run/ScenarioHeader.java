package org.swarmsim.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.swarmsim.report.KeyParameter;
import org.swarmsim.report.ReadableNumber;
import org.swarmsim.scenario.CapacityClass;
import org.swarmsim.scenario.LatencySpec;
import org.swarmsim.scenario.Scenario;
import org.swarmsim.scenario.units.Duration;
import org.swarmsim.sim.SimTime;

/**
 * The key parameters every kind's report header starts from (network, duration, seed) and the
 * formatting helpers kinds use for their own: shares as percentages, durations in seconds.
 */
public final class ScenarioHeader {
    private ScenarioHeader() {
    }

    /** Network latency model and capacity classes, then the simulated duration (if set) and the seed. */
    public static List<KeyParameter> common(Scenario s, boolean withDuration) {
        List<KeyParameter> out = new ArrayList<>();
        out.add(new KeyParameter("Network", classes(s.network().classes()) + "; latency " + latency(s.network().latency())));
        if (withDuration && s.durationNanos() > 0) {
            out.add(new KeyParameter("Duration", seconds(s.durationNanos()) + (s.durationNanos() >= 60_000_000_000L
                    ? " (" + Duration.format(s.durationNanos()) + ")" : "")));
        }
        out.add(new KeyParameter("Seed", Long.toString(s.seed())));
        return out;
    }

    /** "dsl 50%: 1 Mbit/s up, 8 Mbit/s down; cable 50%: ...". */
    public static String classes(List<CapacityClass> classes) {
        StringBuilder sb = new StringBuilder();
        for (CapacityClass c : classes) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(c.name()).append(' ').append(percent(c.share())).append(": ")
                    .append(ReadableNumber.bitRate(c.uploadBytesPerSecond())).append(" up, ")
                    .append(ReadableNumber.bitRate(c.downloadBytesPerSecond())).append(" down");
        }
        return sb.toString();
    }

    /** "compliant 90%, free_rider 10%". */
    public static String shares(Map<String, Double> shares) {
        StringBuilder sb = new StringBuilder();
        shares.forEach((name, share) -> sb.append(sb.length() == 0 ? "" : ", ").append(name).append(' ').append(percent(share)));
        return sb.toString();
    }

    /** A fraction as a percentage with at most one decimal: 0.1 is {@code 10%}. */
    public static String percent(double fraction) {
        return ReadableNumber.grouped(fraction * 100, 1) + "%";
    }

    /** A duration in seconds, readably: {@code 10,800 s}, {@code 0.05 s}. */
    public static String seconds(long nanos) {
        return ReadableNumber.seconds(SimTime.toSeconds(nanos));
    }

    static String latency(LatencySpec l) {
        if (l instanceof LatencySpec.Constant c) {
            return "constant " + seconds(c.valueNanos());
        }
        return l.model();
    }
}
