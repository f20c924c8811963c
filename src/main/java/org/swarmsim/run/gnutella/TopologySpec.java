package org.swarmsim.run.gnutella;

import java.io.IOException;
import java.nio.file.Path;
import org.swarmsim.gnutella.topology.BarabasiAlbert;
import org.swarmsim.gnutella.topology.EdgeListReader;
import org.swarmsim.gnutella.topology.ErdosRenyi;
import org.swarmsim.gnutella.topology.Grid;
import org.swarmsim.gnutella.topology.RandomRegular;
import org.swarmsim.gnutella.topology.Ring;
import org.swarmsim.gnutella.topology.Topology;
import org.swarmsim.scenario.YamlMap;
import org.swarmsim.sim.random.RandomStream;

/** {@code gnutella.topology}: the overlay's graph, a generator or an edge-list file. */
public sealed interface TopologySpec {
    /** The model's name ({@code random_regular}, ...). */
    String model();

    /** How many servents the graph has (for an edge list: its distinct node ids). */
    int nodes();

    /** Builds the graph (generators draw from {@code random}). */
    Topology build(RandomStream random) throws IOException;

    /** Writes the section's keys into {@code t}. */
    void write(YamlMap t);

    /** Random d-regular graph. */
    record RandomRegularSpec(int nodes, int degree) implements TopologySpec {
        public String model() {
            return "random_regular";
        }

        public Topology build(RandomStream random) {
            return RandomRegular.generate(nodes, degree, random);
        }

        public void write(YamlMap t) {
            t.put("model", model()).put("nodes", nodes).put("degree", degree);
        }
    }

    /** Erdős–Rényi G(n, m). */
    record ErdosRenyiSpec(int nodes, long links) implements TopologySpec {
        public String model() {
            return "erdos_renyi";
        }

        public Topology build(RandomStream random) {
            return ErdosRenyi.generate(nodes, links, random);
        }

        public void write(YamlMap t) {
            t.put("model", model()).put("nodes", nodes).put("links", links);
        }
    }

    /** Barabási–Albert preferential attachment, {@code m} links per new node. */
    record BarabasiAlbertSpec(int nodes, int m) implements TopologySpec {
        public String model() {
            return "barabasi_albert";
        }

        public Topology build(RandomStream random) {
            return BarabasiAlbert.generate(nodes, m, random);
        }

        public void write(YamlMap t) {
            t.put("model", model()).put("nodes", nodes).put("m", m);
        }
    }

    /** 2-D grid or torus. */
    record GridSpec(int rows, int cols, boolean torus) implements TopologySpec {
        public String model() {
            return "grid";
        }

        public int nodes() {
            return rows * cols;
        }

        public Topology build(RandomStream random) {
            return Grid.generate(rows, cols, torus);
        }

        public void write(YamlMap t) {
            t.put("model", model()).put("rows", rows).put("cols", cols).put("torus", torus);
        }
    }

    /** A ring. */
    record RingSpec(int nodes) implements TopologySpec {
        public String model() {
            return "ring";
        }

        public Topology build(RandomStream random) {
            return Ring.generate(nodes);
        }

        public void write(YamlMap t) {
            t.put("model", model()).put("nodes", nodes);
        }
    }

    /**
     * An edge list (SNAP's format); ids kept as given. The graph is the one read when the scenario
     * was loaded (checked there, line by line), so a run does not read the file again.
     */
    record EdgeListSpec(Path file, Topology graph) implements TopologySpec {
        /** Reads {@code file}. */
        static EdgeListSpec read(Path file) throws IOException {
            return new EdgeListSpec(file, EdgeListReader.read(file).toTopology());
        }

        public String model() {
            return "edge_list";
        }

        public int nodes() {
            return graph.nodes();
        }

        public Topology build(RandomStream random) {
            return graph;
        }

        public void write(YamlMap t) {
            t.put("model", model()).put("file", file.toString());
        }
    }
}
