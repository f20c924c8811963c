package org.swarmsim.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.apache.commons.math3.distribution.RealDistribution;
import org.junit.jupiter.api.io.TempDir;
import org.swarmsim.net.NetworkFixture.Recorder;
import org.swarmsim.sim.SimTime;
import org.swarmsim.sim.Simulation;
import org.swarmsim.sim.random.Distributions;
import org.swarmsim.sim.random.RandomStreams;

/** The four latency models: stable, symmetric, distributed as configured, and clear about bad input. */
class LatencyModelTest {
    @TempDir
    Path dir;

    private final RandomStreams streams = new RandomStreams(7);

    @Test
    void constantLatencyIsTheSameForEveryPairAndRejectsNegatives() {
        Network net = new Network(new Simulation(), new ConstantLatency(123));
        Node a = net.addNode("a", 1, 1);
        Node b = net.addNode("b", 1, 1);
        assertEquals(123, net.latencyModel().oneWayNanos(a, b));
        assertThrows(IllegalArgumentException.class, () -> new ConstantLatency(-1));
    }

    @Test
    void distributionLatencyIsStableAndSymmetricPerPairAndFollowsTheDistribution() {
        DistributionLatency model = new DistributionLatency(
                Distributions.uniform(streams.stream("unused"), 10, 50), streams.stream("net/latency"));
        int pairs = 0;
        int belowMedian = 0;
        double sum = 0;
        for (int a = 0; a < 200; a++) {
            for (int b = a + 1; b < 200; b++) {
                long d = model.oneWayNanos(a, b);
                assertEquals(d, model.oneWayNanos(b, a));
                assertEquals(d, model.oneWayNanos(a, b));
                assertTrue(d >= SimTime.millis(10) && d <= SimTime.millis(50), "delay " + d + " outside [10, 50] ms");
                pairs++;
                sum += d;
                if (d < SimTime.millis(30)) {
                    belowMedian++;
                }
            }
        }
        // 19,900 pairs: the mean is 30 ms within a few standard errors (11.5 ms / sqrt(n) = 0.08 ms).
        assertEquals(30.0, sum / pairs / 1e6, 0.4);
        assertEquals(0.5, belowMedian / (double) pairs, 0.015);
        DistributionLatency other = new DistributionLatency(
                Distributions.uniform(streams.stream("unused"), 10, 50), streams.stream("net/latency-2"));
        assertNotEquals(model.oneWayNanos(1, 2), other.oneWayNanos(1, 2));
    }

    @Test
    void logNormalAndParetoDelaysFollowTheirDistributions() {
        RealDistribution[] distributions = {
            Distributions.logNormalWithMean(streams.stream("unused"), 40, 25),
            Distributions.pareto(streams.stream("unused"), 10, 2.5),
        };
        for (RealDistribution d : distributions) {
            DistributionLatency model = new DistributionLatency(d, streams.stream("net/latency"));
            for (int a = 0; a < 30; a++) {
                for (int b = a + 1; b < 30; b++) {
                    double millis = model.oneWayNanos(a, b) / 1e6;
                    double cdf = d.cumulativeProbability(millis);
                    assertTrue(cdf > 0 && cdf < 1, d + " gave " + millis + " ms");
                }
            }
            // The median pair delay is the distribution's median: check on many pairs.
            int below = 0;
            int pairs = 0;
            double median = d.inverseCumulativeProbability(0.5);
            for (int a = 0; a < 150; a++) {
                for (int b = a + 1; b < 150; b++) {
                    pairs++;
                    if (model.oneWayNanos(a, b) / 1e6 < median) {
                        below++;
                    }
                }
            }
            assertEquals(0.5, below / (double) pairs, 0.02, d.toString());
        }
    }

    @Test
    void coordinateLatencyIsDistanceTimesFactorPlusBothAccessDelays() {
        CoordinateLatency model = new CoordinateLatency(streams.stream("net/coords"), 100, 2.0, null);
        model.place(0, 0, 0, 1.0);
        model.place(1, 3, 4, 1.5);
        Network net = new Network(new Simulation(), model);
        Node a = net.addNode("a", 1, 1);
        Node b = net.addNode("b", 1, 1);
        // distance 5 x 2 ms + 1 ms + 1.5 ms
        assertEquals(SimTime.millis(12.5), model.oneWayNanos(a, b));
        assertEquals(model.oneWayNanos(a, b), model.oneWayNanos(b, a));
        Node c = net.addNode("c", 1, 1);   // drawn: inside the square, no access delay
        assertTrue(model.x(c) >= 0 && model.x(c) < 100 && model.y(c) >= 0 && model.y(c) < 100);
        assertEquals(0.0, model.accessDelayMillis(c));
        double expected = Math.hypot(model.x(c), model.y(c)) * 2.0 + 1.0;
        assertEquals(Math.round(expected * 1e6), model.oneWayNanos(a, c));
    }

    @Test
    void coordinateLatencyDrawsAccessDelaysFromTheDistribution() {
        CoordinateLatency model = new CoordinateLatency(streams.stream("net/coords"), 0, 1.0,
                Distributions.uniform(streams.stream("net/access"), 5, 6));
        Network net = new Network(new Simulation(), model);
        Node a = net.addNode("a", 1, 1);
        Node b = net.addNode("b", 1, 1);
        long d = model.oneWayNanos(a, b);   // side 0: all nodes at the origin
        assertTrue(d >= SimTime.millis(10) && d <= SimTime.millis(12), "two access delays of 5-6 ms: " + d);
    }

    @Test
    void matrixLatencyReadsTheFileAveragesAsymmetryAndFillsMissingEntries() throws IOException {
        Path file = dir.resolve("king.csv");
        Files.writeString(file, "# one-way ms\n0, 10, 20\n12, 1, -1\n\n20, 30, 0\n");
        MatrixLatency model = MatrixLatency.fromFile(file, null, streams.stream("net/sites"));
        Network net = new Network(new Simulation(), model);
        model.assign(0, 0);
        model.assign(1, 1);
        model.assign(2, 2);
        Node a = net.addNode("a", 1, 1);
        Node b = net.addNode("b", 1, 1);
        Node c = net.addNode("c", 1, 1);
        assertEquals(SimTime.millis(11), model.oneWayNanos(a, b));   // (10 + 12) / 2
        assertEquals(SimTime.millis(30), model.oneWayNanos(b, c));   // -1 is missing: the other direction
        assertEquals(SimTime.millis(20), model.oneWayNanos(c, a));
        assertEquals(model.oneWayNanos(a, b), model.oneWayNanos(b, a));
    }

    @Test
    void matrixLatencyAssignsNodesToSitesByWeight() {
        MatrixLatency model = new MatrixLatency(new double[][] {{0, 1, 2}, {1, 0, 3}, {2, 3, 0}},
                new double[] {1, 0, 3}, streams.stream("net/sites"));
        Network net = new Network(new Simulation(), model);
        int[] count = new int[3];
        for (int i = 0; i < 4000; i++) {
            count[model.siteOf(net.addNode("n" + i, 1, 1))]++;
        }
        assertEquals(0, count[1]);
        assertEquals(0.25, count[0] / 4000.0, 0.025);
        assertEquals(0.75, count[2] / 4000.0, 0.025);
    }

    @Test
    void badMatrixFilesNameTheFileTheLineAndTheProblem() throws IOException {
        Path notNumber = dir.resolve("bad.csv");
        Files.writeString(notNumber, "0,1\n1,x\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MatrixLatency.readMatrix(notNumber));
        assertTrue(e.getMessage().contains("bad.csv:2") && e.getMessage().contains("'x' is not a number"), e.getMessage());

        Path ragged = dir.resolve("ragged.csv");
        Files.writeString(ragged, "0,1\n1,0,5\n");
        e = assertThrows(IllegalArgumentException.class, () -> MatrixLatency.readMatrix(ragged));
        assertTrue(e.getMessage().contains("ragged.csv:2") && e.getMessage().contains("3 values"), e.getMessage());

        Path notSquare = dir.resolve("wide.csv");
        Files.writeString(notSquare, "0,1,2\n1,0,2\n");
        e = assertThrows(IllegalArgumentException.class, () -> MatrixLatency.readMatrix(notSquare));
        assertTrue(e.getMessage().contains("square"), e.getMessage());

        e = assertThrows(IllegalArgumentException.class,
                () -> new MatrixLatency(new double[][] {{0, -1}, {-1, 0}}, null, streams.stream("s")));
        assertTrue(e.getMessage().contains("no measurement between sites 0 and 1"), e.getMessage());
    }

    @Test
    void aConnectionTakesOneRoundTripOfTheModelsDelay() {
        MatrixLatency model = new MatrixLatency(new double[][] {{0, 40}, {40, 0}}, null, streams.stream("net/sites"));
        model.assign(0, 0);
        model.assign(1, 1);
        NetworkFixture f = new NetworkFixture(model);
        Node a = f.net.addNode("a", 1_000, 1_000);
        Node b = f.net.addNode("b", 1_000, 1_000);
        b.setAcceptor(f.new Recorder());
        Recorder client = f.new Recorder();
        f.net.connect(a, b, client);
        f.sim.run();
        assertEquals(SimTime.millis(80), client.of("connected").get(0).nanos());
        assertEquals(SimTime.millis(40), client.connection.oneWayLatencyNanos());
    }
}
