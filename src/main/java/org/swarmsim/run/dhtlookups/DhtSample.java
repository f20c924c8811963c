package org.swarmsim.run.dhtlookups;

/** The state of a DHT lookup run at one sample: what a row of its {@code timeseries.csv} is read from. */
final class DhtSample {
    double timeS;
    int nodesOnline;
    double messagesPerS;
    double bytesPerS;
    double routingTableFill;
    int lookups;
    double successRate;
}
