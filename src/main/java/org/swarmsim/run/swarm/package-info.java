/**
 * {@code kind: swarm}: a BitTorrent swarm. The sections ({@link org.swarmsim.run.swarm.SwarmSpec}:
 * torrent, tracker, discovery, population, protocol) with their readers and writer, the policy
 * registries ({@link org.swarmsim.run.swarm.SwarmPolicies}), the run
 * ({@code SwarmRun}: network, discovery sources, peers, sampling), and the outputs defined once
 * ({@link org.swarmsim.run.swarm.SwarmOutputs}: timeseries.csv, peers.csv, summary.json).
 */
package org.swarmsim.run.swarm;
