/**
 * Overlay topologies for the Gnutella simulation: who is linked to whom. A {@link
 * org.swarmsim.gnutella.topology.Topology} is an immutable undirected simple graph in compact
 * arrays (millions of nodes, no object per node), made by a generator ({@link
 * org.swarmsim.gnutella.topology.RandomRegular}, {@link org.swarmsim.gnutella.topology.ErdosRenyi},
 * {@link org.swarmsim.gnutella.topology.BarabasiAlbert}, {@link org.swarmsim.gnutella.topology.Grid},
 * {@link org.swarmsim.gnutella.topology.Ring}) from its own random stream, or read from a SNAP edge
 * list ({@link org.swarmsim.gnutella.topology.EdgeListReader}) such as the measured Gnutella
 * network shipped in {@code scenarios/topologies/}. Each topology answers the structural questions
 * a run reports: degrees, connected components, hop distances; the directed edge list also gives
 * its largest strongly connected component ({@link org.swarmsim.gnutella.topology.StrongComponents}).
 */
package org.swarmsim.gnutella.topology;
