package org.swarmsim.cli.bench;

import org.swarmsim.net.ConnectHandler;
import org.swarmsim.net.Connection;
import org.swarmsim.net.ConnectionListener;
import org.swarmsim.net.ConstantLatency;
import org.swarmsim.net.Message;
import org.swarmsim.net.Network;
import org.swarmsim.net.Node;
import org.swarmsim.sim.SimTime;
import org.swarmsim.sim.Simulation;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

/**
 * The network benchmark's workload: {@code nodes} nodes with a realistic mix of access links, a
 * pool of connections between random pairs, and {@code flows} of them transmitting at any time.
 * Whenever a transfer's last byte leaves, a random idle connection starts a new transfer of a
 * random size: one flow finishes and another starts at a random place in the graph, two changes
 * of the flow set coalesced into one recomputation.
 */
final class NetworkBenchWorkload {
    /** Access-link mix (fraction, upload B/s, download B/s): ADSL, cable, VDSL, fibre, campus. */
    private static final double[][] LINK_MIX = {
        {0.20, 64_000, 512_000},
        {0.30, 128_000, 2_000_000},
        {0.25, 512_000, 6_000_000},
        {0.20, 2_500_000, 12_500_000},
        {0.05, 12_500_000, 12_500_000},
    };
    /** The alternative mix: every node 1 MB/s both ways, so uploads and downloads both saturate. */
    private static final double[] UNIFORM_LINK = {1.0, 1_000_000, 1_000_000};
    private static final int MIN_TRANSFER_BYTES = 16 * 1024;
    private static final int MAX_TRANSFER_BYTES = 2 * 1024 * 1024;

    private final Simulation sim = new Simulation(1 << 18);
    private final Network net;
    private final RandomStream random;
    private final Transfer[] transfers;
    private final int[] idle;
    private int idleCount;
    private long stopAtChanges = Long.MAX_VALUE;

    NetworkBenchWorkload(long seed, int nodes, int flows, boolean incremental, boolean uniformLinks) {
        RandomStreams streams = new RandomStreams(seed);
        this.random = streams.stream("bench/network/workload");
        RandomStream links = streams.stream("bench/network/links");
        net = new Network(sim, new ConstantLatency(SimTime.millis(25)));
        net.setIncrementalAllocation(incremental);
        ConnectionListener silent = new ConnectionListener() {
            @Override
            public void onMessage(Connection connection, Message message) {
            }

            @Override
            public void onClosed(Connection connection) {
            }
        };
        for (int i = 0; i < nodes; i++) {
            double u = links.nextDouble();
            double[] link = LINK_MIX[LINK_MIX.length - 1];
            for (double[] candidate : LINK_MIX) {
                if (u < candidate[0]) {
                    link = candidate;
                    break;
                }
                u -= candidate[0];
            }
            if (uniformLinks) {
                link = UNIFORM_LINK;
            }
            Node node = net.addNode("n" + i, (long) link[1], (long) link[2]);
            node.setAcceptor(incoming -> silent);
        }
        int connections = flows + flows / 5;
        transfers = new Transfer[connections];
        idle = new int[connections];
        for (int i = 0; i < connections; i++) {
            int a = random.nextInt(nodes);
            int b = (a + 1 + random.nextInt(nodes - 1)) % nodes;
            Transfer t = new Transfer(i);
            transfers[i] = t;
            net.connect(net.node(a), net.node(b), t);
        }
        sim.run(SimTime.seconds(1));
        for (int i = 0; i < connections; i++) {
            if (transfers[i].connection == null) {
                throw new IllegalStateException("bench connection " + i + " was not established");
            }
            idle[idleCount++] = i;
        }
        for (int i = 0; i < flows; i++) {
            startRandomTransfer();
        }
        // The initial allocation of all flows at once is setup, not measured.
        sim.run(sim.now());
    }

    /** Runs until {@code changes} more flow-set changes have happened; returns wall nanoseconds. */
    long run(long changes) {
        stopAtChanges = net.flowChanges() + changes;
        long t0 = System.nanoTime();
        sim.run();
        long elapsed = System.nanoTime() - t0;
        if (net.flowChanges() < stopAtChanges) {
            throw new IllegalStateException("bench workload ran dry after " + net.flowChanges() + " changes");
        }
        return elapsed;
    }

    Network network() {
        return net;
    }

    private void startRandomTransfer() {
        int k = random.nextInt(idleCount);
        int index = idle[k];
        idle[k] = idle[--idleCount];
        int bytes = MIN_TRANSFER_BYTES + random.nextInt(MAX_TRANSFER_BYTES - MIN_TRANSFER_BYTES);
        transfers[index].connection.send(new Chunk(bytes));
    }

    /** A bulk transfer's payload. */
    private record Chunk(int wireSize) implements Message {
    }

    /** One connection of the pool; when its transfer is out, another connection starts one. */
    private final class Transfer implements ConnectHandler, ConnectionListener {
        private final int index;
        Connection connection;

        Transfer(int index) {
            this.index = index;
        }

        @Override
        public ConnectionListener onConnected(Connection c) {
            connection = c;
            return this;
        }

        @Override
        public void onConnectFailed(Node target) {
            throw new IllegalStateException("bench nodes never refuse");
        }

        @Override
        public void onTransmitted(Connection c, Message m) {
            idle[idleCount++] = index;
            startRandomTransfer();
            if (net.flowChanges() >= stopAtChanges) {
                sim.stop();
            }
        }

        @Override
        public void onMessage(Connection c, Message m) {
        }

        @Override
        public void onClosed(Connection c) {
        }
    }
}
