package org.swarmsim.run.dhtlookups;

import org.swarmsim.report.ReadableNumber;
import org.swarmsim.run.MemoryEstimate;
import org.swarmsim.scenario.Scenario;

/**
 * The memory estimate of a Kademlia network: per node its fixed state (node, RPC endpoint, id,
 * random stream, peer store) and its routing table, about {@code k (log2(N / k) + 1)} contacts
 * (the buckets far from the node's own id are full, the near ones nearly empty).
 *
 * <p>Measured with live-object histograms ({@code jcmd PID GC.class_histogram}, every 5 s) of
 * {@code swarmsim bench dht --nodes 100000 --lookups 20000} (k 8): 546 MB live at the end of the
 * lookups, 5.46 KB per node: about 700 B fixed and 41 B per contact of the 117 expected.
 */
final class DhtMemory {
    static final long PER_NODE_BYTES = 700;
    static final long PER_CONTACT_BYTES = 41;

    private DhtMemory() {
    }

    static MemoryEstimate of(Scenario scenario) {
        DhtLookupSpec d = (DhtLookupSpec) scenario.section();
        long nodes = d.nodes();
        long contacts = expectedContacts(nodes, d.k());
        long live = nodes * (PER_NODE_BYTES + contacts * PER_CONTACT_BYTES);
        return new MemoryEstimate(live, nodes, ReadableNumber.plain(nodes) + " nodes, about " + ReadableNumber.plain(contacts)
                + " contacts each at k = " + d.k());
    }

    /** {@code k (log2(N / k) + 1)}, at most {@code N - 1}: the contacts of a node in a network of {@code nodes}. */
    static long expectedContacts(long nodes, int k) {
        long full = Math.max(1, nodes / Math.max(1, k));
        int bits = 64 - Long.numberOfLeadingZeros(full);   // floor(log2(N / k)) + 1
        return Math.min(Math.max(0, nodes - 1), (long) k * bits);
    }
}
