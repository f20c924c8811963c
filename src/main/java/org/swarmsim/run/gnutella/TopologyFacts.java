package org.swarmsim.run.gnutella;

/**
 * The overlay graph a run started from (the ultrapeers' graph in a two-tier overlay).
 *
 * @param servents every servent, leaves included
 */
record TopologyFacts(int nodes, long links, double meanDegree, int largestComponent, long droppedSelfLoops,
                     long droppedDuplicates, int servents) {
}
