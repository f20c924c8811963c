package org.swarmsim.pastry;

/**
 * One routing decision: where a message for a key goes next from a node, and by which rule.
 *
 * @param node the next node's address (the deciding node itself for {@link HopKind#DELIVER})
 * @param kind the rule that chose it
 */
public record NextHop(int node, HopKind kind) {
}
