package org.swarmsim.run.finders;

/** One row of a finder run's {@code timeseries.csv}. */
final class FindersSample {
    double timeS;
    double findersOnline;
    double peersAttached;
    double linksMean;
    double cacheMean;
    double messagesPerS;
    double gossipPerS;
    double searches;
    double successRate;
    double hopsMean;
}
