/**
 * Executing a sweep: {@link org.swarmsim.sweep.SweepPlan} is the ordered list of (point,
 * replication) tasks, {@link org.swarmsim.sweep.Shard} picks a stable slice of it for a job array,
 * {@link org.swarmsim.sweep.SweepEngine} runs a list of tasks ({@link org.swarmsim.sweep.LocalEngine}:
 * a thread pool), {@link org.swarmsim.sweep.ReplicationFiles} is one replication's files and how
 * they reach its folder ({@code rep-RRR.partial}, then a rename), {@link org.swarmsim.sweep.ShardMerge}
 * joins shard folders into one sweep folder and {@link org.swarmsim.sweep.SweepSummary} writes the
 * derived files of a finished sweep.
 */
package org.swarmsim.sweep;
