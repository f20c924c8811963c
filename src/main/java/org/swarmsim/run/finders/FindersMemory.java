package org.swarmsim.run.finders;

import org.swarmsim.report.ReadableNumber;
import org.swarmsim.run.MemoryEstimate;
import org.swarmsim.scenario.Scenario;

/**
 * The memory estimate of a finder network: per node (finder or peer) its network node, RPC
 * endpoint and random stream; per finder its cache of other finders (dense sorted arrays).
 *
 * <p>Measured with live-object histograms ({@code jcmd PID GC.class_histogram}, every 10 s) of
 * {@code swarmsim bench finders --finders 50000 --searches 20000} (100,000 nodes, half of them
 * finders, caches of 200): 190 MB live, about 1.0 KB per node and 9 B per cache entry of a finder.
 */
final class FindersMemory {
    static final long PER_NODE_BYTES = 1_000;
    static final long PER_CACHE_ENTRY_BYTES = 9;

    private FindersMemory() {
    }

    static MemoryEstimate of(Scenario scenario) {
        FindersSpec f = (FindersSpec) scenario.section();
        long finders = Math.round(f.nodes() * f.fraction());
        long live = f.nodes() * PER_NODE_BYTES + finders * f.config().cacheSize() * PER_CACHE_ENTRY_BYTES;
        return new MemoryEstimate(live, f.nodes(), ReadableNumber.plain(f.nodes()) + " nodes, " + ReadableNumber.plain(finders)
                + " finders with caches of " + f.config().cacheSize());
    }
}
