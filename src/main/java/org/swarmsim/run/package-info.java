/**
 * Run assembly: the simulation kinds and what every kind shares. {@link org.swarmsim.run.Kinds}
 * lists the kinds ({@code run.swarm}, {@code run.dhtlookups}: one line each);
 * {@link org.swarmsim.run.SimulationKind} is what a kind provides (its scenario sections, its run,
 * its output documentation, its sweep keys, its report); {@link org.swarmsim.run.Scenarios} loads
 * any kind's file; {@link org.swarmsim.run.RunRequest} and {@link org.swarmsim.run.RunResult} are
 * a run's input and output whatever the kind; {@link org.swarmsim.run.Registries} lists every
 * registry of names; {@link org.swarmsim.run.Docs} makes the reference tables of the manual.
 */
package org.swarmsim.run;
