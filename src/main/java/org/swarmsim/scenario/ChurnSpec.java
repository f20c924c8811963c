package org.swarmsim.scenario;

import java.util.Objects;

/**
 * A {@code churn} section of any kind: every participant stays online for a {@code session} draw,
 * then offline for an {@code offline} draw, and so on ({@code overlay.ChurnProcess} runs it). Both
 * are duration distributions ({@link DistributionReader}); {@code never} is not allowed.
 */
public record ChurnSpec(DistributionSpec session, DistributionSpec offline) {
    private static final String EXAMPLE = "a duration distribution such as {dist: exponential, mean: 30min}";

    public ChurnSpec {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(offline, "offline");
        if (session.isNever() || offline.isNever()) {
            throw new IllegalArgumentException("churn durations must be finite (given never)");
        }
    }

    /** The section at {@code parent.key}, or null when absent or wrong (every problem reported). */
    public static ChurnSpec read(Fields parent, String key) {
        Fields c = parent.map(key, "session", "offline");
        if (c == null) {
            return null;
        }
        DistributionSpec session = DistributionReader.read(c, "session", null, false);
        DistributionSpec offline = DistributionReader.read(c, "offline", null, false);
        if (session == null && !c.has("session")) {
            c.missing("session", EXAMPLE);
        }
        if (offline == null && !c.has("offline")) {
            c.missing("offline", EXAMPLE);
        }
        return session != null && offline != null ? new ChurnSpec(session, offline) : null;
    }

    /** Writes the section as {@code parent.key}. */
    public void writeAt(YamlMap parent, String key) {
        YamlMap churn = parent.putMap(key);
        session.writeAt(churn, "session");
        offline.writeAt(churn, "offline");
    }
}
