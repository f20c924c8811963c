/**
 * {@code kind: pastry}: a Pastry-style prefix-routing DHT alone (Rowstron and Druschel 2001): nodes
 * join through the join protocol, look up random keys and store values, optionally under churn and
 * failures; each route judged against the true root. The {@code pastry} section
 * ({@link org.swarmsim.run.pastry.PastrySpec}), the run, and the outputs defined once
 * ({@link org.swarmsim.run.pastry.PastryOutputs}: timeseries.csv, lookups.csv, nodes.csv, summary.json).
 */
package org.swarmsim.run.pastry;
