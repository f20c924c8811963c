/**
 * {@code kind: dht_lookups}: a Kademlia network alone answering random lookups, optionally under
 * churn. The {@code dht} section ({@link org.swarmsim.run.dhtlookups.DhtLookupSpec}), the run, and
 * the outputs defined once ({@link org.swarmsim.run.dhtlookups.DhtLookupOutputs}: timeseries.csv,
 * lookups.csv, summary.json).
 */
package org.swarmsim.run.dhtlookups;
