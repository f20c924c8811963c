package org.swarmsim.run.pastry;

/** The state of a Pastry run at one sample: what a row of its {@code timeseries.csv} is read from. */
final class PastrySample {
    double timeS;
    int nodesOnline;
    double messagesPerS;
    double bytesPerS;
    double tableEntries;
    double leafSetSize;
    int routes;
    double successRate;
    double hopsMean;
}
