package org.swarmsim.run.gnutella;

/** One row of a Gnutella run's {@code timeseries.csv} while it is assembled. */
final class GnutellaSample {
    double timeS;
    long online;
    double[] perSecond;
    double bytesPerS;
    long finished;
    double successRate;
}
