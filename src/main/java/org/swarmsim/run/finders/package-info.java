/**
 * {@code kind: finders}: a finder network alone ({@code org.swarmsim.finders}) — finders elected
 * among the nodes, ordinary peers attached to them and registered in swarms, and a workload of
 * searches (swarm contacts) or locates (the home finder of a key), optionally under churn and
 * failures — with its outputs.
 */
package org.swarmsim.run.finders;
