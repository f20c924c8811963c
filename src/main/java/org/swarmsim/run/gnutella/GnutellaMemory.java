package org.swarmsim.run.gnutella;

import org.swarmsim.report.ReadableNumber;
import org.swarmsim.run.MemoryEstimate;
import org.swarmsim.scenario.Scenario;

/**
 * The memory estimate of a Gnutella overlay: per servent its node, route table, host cache and
 * query routing; per link end its connection and link state.
 *
 * <p>Measured with live-object histograms ({@code jcmd PID GC.class_histogram}, every 10 s) of
 * {@code swarmsim bench gnutella} (100,000 servents, random 4-regular, 400,000 link ends): 339 MB
 * live at its peak, of which about 280 B per link end (connection, link, its two event objects)
 * and 2.27 KB per servent (route table of the floods in flight, node, random stream, caches).
 */
final class GnutellaMemory {
    static final long PER_SERVENT_BYTES = 2_270;
    static final long PER_LINK_END_BYTES = 280;

    private GnutellaMemory() {
    }

    static MemoryEstimate of(Scenario scenario) {
        GnutellaSpec g = (GnutellaSpec) scenario.section();
        long servents = g.topology().nodes();
        long links = links(g.topology());
        if (g.ultrapeers() != null) {
            servents += g.ultrapeers().leaves();
            links += (long) g.ultrapeers().leaves() * g.ultrapeers().perLeaf();
        }
        long live = servents * PER_SERVENT_BYTES + 2 * links * PER_LINK_END_BYTES;
        return new MemoryEstimate(live, servents, ReadableNumber.plain(servents) + " servents, "
                + ReadableNumber.plain(links) + " links");
    }

    /** Links of the overlay before it is built (an edge list's graph is already read). */
    static long links(TopologySpec t) {
        if (t instanceof TopologySpec.RandomRegularSpec r) {
            return (long) r.nodes() * r.degree() / 2;
        } else if (t instanceof TopologySpec.ErdosRenyiSpec e) {
            return e.links();
        } else if (t instanceof TopologySpec.BarabasiAlbertSpec b) {
            return (long) b.nodes() * b.m();
        } else if (t instanceof TopologySpec.GridSpec grid) {
            return 2L * grid.rows() * grid.cols();
        } else if (t instanceof TopologySpec.EdgeListSpec list) {
            return list.graph().links();
        }
        return t.nodes();   // a ring
    }
}
