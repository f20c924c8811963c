package org.swarmsim.run.gnutella;

/**
 * A row of {@code servents.csv}: one servent at the end of the run.
 *
 * @param node            its id as in the topology (the edge list's id)
 * @param role            peer, ultrapeer or leaf
 * @param degree          open overlay connections at the end
 * @param shared          objects it shares
 * @param received        descriptors it received (its load)
 * @param queriesReceived query copies it received
 * @param hitsAnswered    queries it answered with a QueryHit
 * @param online          whether it is online at the end
 */
record ServentRecord(long node, String role, int degree, int shared, long received, long queriesReceived,
                     long hitsAnswered, boolean online) {
}
