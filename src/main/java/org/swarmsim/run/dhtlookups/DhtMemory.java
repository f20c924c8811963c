package org.swarmsim.run.dhtlookups;

import org.swarmsim.report.ReadableNumber;
import org.swarmsim.run.MemoryEstimate;
import org.swarmsim.scenario.Scenario;

/**
 * The memory estimate of a Kademlia network: per node its fixed state (node, RPC endpoint, id,
 * random stream, peer store) and its routing table, about {@code k (log2(N / k) + 1)} contacts
 * (the buckets far from the node's own id are full, the near ones nearly empty).
 *
 * <p>Measured with live-object histograms ({@code jmap -histo:live}) of
 * {@code swarmsim bench dht --nodes 1000000 --lookups 100000} (k 8) once the routing tables became
 * a few primitive arrays per node: 3.87 GB live after the joins, 3.78 KiB per node, about 920 B
 * fixed and 21 B per contact of the 136 expected. (With a KBucket object per bucket it was 5.46 KB
 * per node at 100,000 nodes: 700 B fixed, 41 B per contact.)
 */
final class DhtMemory {
    static final long PER_NODE_BYTES = 920;
    static final long PER_CONTACT_BYTES = 21;

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
