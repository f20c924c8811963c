/**
 * The Apache Spark sweep engine ({@code sweep --engine spark}), compiled only in the Spark build
 * ({@code mvn -Pspark package}): {@link org.swarmsim.sweep.spark.SparkEngine} runs each (point,
 * replication) as one Spark task, {@link org.swarmsim.sweep.spark.ReplicationTask} is what a task
 * does on an executor.
 */
package org.swarmsim.sweep.spark;
