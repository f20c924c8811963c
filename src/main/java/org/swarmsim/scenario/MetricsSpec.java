package org.swarmsim.scenario;

/** {@code metrics}: sample time series every {@code sample_interval} (default 1 s); {@code trace} (default false) writes every event. */
public record MetricsSpec(long sampleIntervalNanos, boolean trace) {
    public static final long DEFAULT_SAMPLE_INTERVAL_NANOS = 1_000_000_000L;

    public MetricsSpec {
        if (sampleIntervalNanos <= 0) {
            throw new IllegalArgumentException("sample interval must be > 0: " + sampleIntervalNanos);
        }
    }

    public static MetricsSpec defaults() {
        return new MetricsSpec(DEFAULT_SAMPLE_INTERVAL_NANOS, false);
    }
}
