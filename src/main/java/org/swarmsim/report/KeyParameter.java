package org.swarmsim.report;

/**
 * One line of a report's header: a scenario parameter a reader needs to read the results
 * ("Population", "1 seed, 300 leechers (flash crowd)"), already formatted by the simulation kind.
 */
public record KeyParameter(String label, String value) {
}
