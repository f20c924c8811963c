package org.swarmsim.kademlia;

import org.swarmsim.overlay.NodeId;

/**
 * The outcome of one iterative lookup, with what the simulator alone knows (the true closest
 * online nodes at the end of the lookup).
 *
 * @param kind            find_node or get_peers
 * @param origin          address (network node id) of the node that looked up
 * @param target          the id looked up
 * @param startNanos      when the lookup began
 * @param endNanos        when it finished
 * @param rounds          hops: length of the longest chain of dependent queries answered
 * @param messagesSent    queries sent by the lookup
 * @param timeouts        queries that timed out
 * @param closestIds      the closest nodes that answered, nearest first (at most k)
 * @param closestAddresses their addresses
 * @param tokens          their get_peers tokens (0 for find_node)
 * @param peerAddresses   peers found (get_peers), in the order first heard
 * @param peerPorts       their ports
 * @param success         whether the true closest online node (other than the origin) was returned
 * @param exact           whether exactly the true k closest online nodes were returned
 */
public record LookupResult(Kind kind, int origin, NodeId target, long startNanos, long endNanos, int rounds,
                           int messagesSent, int timeouts, NodeId[] closestIds, int[] closestAddresses, int[] tokens,
                           int[] peerAddresses, int[] peerPorts, boolean success, boolean exact) {
    /** Which RPC drives the lookup. */
    public enum Kind {
        FIND_NODE, GET_PEERS
    }

    public long latencyNanos() {
        return endNanos - startNanos;
    }
}
