package org.swarmsim.run.pastry;

import org.swarmsim.metrics.TimeSeries;
import org.swarmsim.net.Datagrams;
import org.swarmsim.pastry.PastryNode;
import org.swarmsim.run.RunRequest;
import org.swarmsim.sim.SimTime;

/** Takes the samples of a Pastry run's {@code timeseries.csv}. */
final class PastrySampler {
    private final PastryNode[] nodes;
    private final PastryStats stats;
    private final Datagrams datagrams;
    private long lastNanos = -1;
    private long lastMessages;
    private long lastBytes;

    PastrySampler(PastryNode[] nodes, PastryStats stats, Datagrams datagrams) {
        this.nodes = nodes;
        this.stats = stats;
        this.datagrams = datagrams;
    }

    void sample(TimeSeries series, long now, RunRequest request) {
        PastrySample s = new PastrySample();
        s.timeS = SimTime.toSeconds(now);
        double dt = lastNanos < 0 ? 0 : SimTime.toSeconds(now - lastNanos);
        s.messagesPerS = dt > 0 ? (datagrams.sent() - lastMessages) / dt : 0;
        s.bytesPerS = dt > 0 ? (datagrams.bytesSent() - lastBytes) / dt : 0;
        lastNanos = now;
        lastMessages = datagrams.sent();
        lastBytes = datagrams.bytesSent();
        long entries = 0;
        long leaves = 0;
        int ready = 0;
        for (PastryNode n : nodes) {
            if (n.isReady()) {
                ready++;
                entries += n.state().table().filled();
                leaves += n.state().leaves().size();
            }
        }
        s.nodesOnline = ready;
        s.tableEntries = ready > 0 ? entries / (double) ready : Double.NaN;
        s.leafSetSize = ready > 0 ? leaves / (double) ready : Double.NaN;
        s.routes = stats.windowLookups;
        s.successRate = stats.windowLookups > 0 ? stats.windowSuccesses / (double) stats.windowLookups : Double.NaN;
        s.hopsMean = stats.windowLookups > 0 ? stats.windowHops / (double) stats.windowLookups : Double.NaN;
        stats.windowLookups = 0;
        stats.windowSuccesses = 0;
        stats.windowHops = 0;
        PastryOutputs.SERIES.sample(series, s);
        for (var probe : request.probes()) {
            probe.sample(now);
        }
    }
}
