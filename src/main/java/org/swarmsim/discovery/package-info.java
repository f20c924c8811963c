/**
 * How a swarm's peers find each other: registered {@link org.swarmsim.discovery.DiscoverySource}s
 * ({@code tracker}, {@code dht}), listed by a scenario in {@code discovery.sources}, each with its
 * parameters ({@code discovery.<name>}), the nodes it adds, the peer source every peer gets and the
 * time-series columns it measures. A new source is one class and one line in
 * {@link org.swarmsim.discovery.DiscoverySources}.
 */
package org.swarmsim.discovery;
