package org.swarmsim.run.finders;

/**
 * One finder at the end of a run (one row of {@code finders.csv}).
 *
 * @param staleCache cache entries naming finders that are offline (the god's view)
 */
public record FinderRecord(int number, int address, String id, boolean online, int links, int cache, int load,
                           long routed, int swarmsHomed, int hints, int staleCache) {
}
