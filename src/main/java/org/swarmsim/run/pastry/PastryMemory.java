package org.swarmsim.run.pastry;

import org.swarmsim.report.ReadableNumber;
import org.swarmsim.run.MemoryEstimate;
import org.swarmsim.scenario.Scenario;

/**
 * The memory estimate of a Pastry overlay: per node its routing table (whose width is 2^b
 * entries a row), leaf and neighbourhood sets, RPC endpoint and network node.
 *
 * <p>Measured with live-object histograms ({@code jcmd PID GC.class_histogram}, every 10 s) of
 * {@code swarmsim bench pastry --nodes 100000 --lookups 20000} (b 4, |L| 16, |M| 32): 313 MB live,
 * 3.13 KB per node, of which 1.04 KB are the int arrays of the routing tables (scaled here by
 * 2^b / 16 for other digit sizes).
 */
final class PastryMemory {
    static final long PER_NODE_BYTES = 2_090;
    static final long TABLE_BYTES_AT_B4 = 1_040;

    private PastryMemory() {
    }

    static MemoryEstimate of(Scenario scenario) {
        PastrySpec p = (PastrySpec) scenario.section();
        int b = p.config().bitsPerDigit();
        double perNode = PER_NODE_BYTES + TABLE_BYTES_AT_B4 * (double) (1 << b) / 16;
        return new MemoryEstimate((long) (p.nodes() * perNode), p.nodes(), ReadableNumber.plain(p.nodes()) + " nodes, b = " + b);
    }
}
