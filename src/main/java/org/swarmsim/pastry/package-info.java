/**
 * A Pastry-style prefix-routing DHT (Rowstron and Druschel, Middleware 2001): 128-bit ids read as
 * digits of b bits ({@link org.swarmsim.pastry.Ring}), a node's routing table, leaf set and
 * neighbourhood set ({@link org.swarmsim.pastry.NodeState}), the routing rule as a pure function
 * ({@link org.swarmsim.pastry.Router}), and the node's protocol: join, hop-by-hop routing with
 * acknowledgements, keep-alives, leaf-set and routing-table repair, and a PAST-like store
 * ({@link org.swarmsim.pastry.PastryNode}), over {@code net.Datagrams} through the overlay
 * toolkit's RPC endpoint.
 */
package org.swarmsim.pastry;
