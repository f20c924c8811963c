/**
 * Finder networks (seed 000): a meta-overlay of peer finders that leads peers to swarms. Finders
 * are arranged by a registered routing geometry ({@link org.swarmsim.finders.Geometry},
 * {@link org.swarmsim.finders.Geometries}: Symphony's ring, Kleinberg's lattice, Kademlia's XOR
 * buckets, or random links), keep FastTrack-style gossiped caches of other finders
 * ({@link org.swarmsim.finders.FinderCache}), home the swarms whose info-hashes are closest to
 * them, and route registrations and searches greedily, hop by acknowledged hop, with a flood or a
 * random walk at a local minimum ({@link org.swarmsim.finders.FinderNode}). Ordinary peers attach
 * to a few finders and search through them ({@link org.swarmsim.finders.FinderClient}); a
 * {@link org.swarmsim.finders.FinderNetwork} holds them all, over {@code net.Datagrams} through
 * the overlay toolkit's RPC endpoint. Used by {@code kind: finders} and by the swarm discovery
 * source {@code finders}.
 */
package org.swarmsim.finders;
