package org.swarmsim.run.swarm;

/**
 * The state of a swarm at one sample, as {@link SwarmSampler} measures it: what one row of
 * {@code timeseries.csv} is read from (columns in {@link SwarmOutputs#SERIES}).
 */
final class SwarmSample {
    double timeS;
    int seeds;
    int leechers;
    double uploadRateBps;
    double downloadRateBps;
    double uploadUtilisation;
    int availabilityMin;
    double availabilityMean;
    int piecesMissing;
}
