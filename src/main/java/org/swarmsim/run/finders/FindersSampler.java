package org.swarmsim.run.finders;

import org.swarmsim.finders.FinderClient;
import org.swarmsim.finders.FinderNetwork;
import org.swarmsim.finders.FinderNode;
import org.swarmsim.finders.FinderTraffic;
import org.swarmsim.metrics.TimeSeries;
import org.swarmsim.net.Datagrams;
import org.swarmsim.run.RunRequest;
import org.swarmsim.sim.SimTime;

/** Takes the samples of a finder run's {@code timeseries.csv}. */
final class FindersSampler {
    private final FinderNetwork net;
    private final FindersStats stats;
    private final Datagrams datagrams;
    private long lastNanos = -1;
    private long lastMessages;
    private long lastGossip;

    FindersSampler(FinderNetwork net, FindersStats stats, Datagrams datagrams) {
        this.net = net;
        this.stats = stats;
        this.datagrams = datagrams;
    }

    void sample(TimeSeries series, long now, RunRequest request) {
        FindersSample s = new FindersSample();
        s.timeS = SimTime.toSeconds(now);
        double dt = lastNanos < 0 ? 0 : SimTime.toSeconds(now - lastNanos);
        long gossip = stats.messages[FinderTraffic.GOSSIP.ordinal()];
        s.messagesPerS = dt > 0 ? (datagrams.sent() - lastMessages) / dt : 0;
        s.gossipPerS = dt > 0 ? (gossip - lastGossip) / dt : 0;
        lastNanos = now;
        lastMessages = datagrams.sent();
        lastGossip = gossip;
        long links = 0;
        long cache = 0;
        int online = 0;
        for (FinderNode f : net.finders()) {
            if (f.isOnline()) {
                online++;
                links += f.routingTableSize();
                cache += f.cache().size();
            }
        }
        int attached = 0;
        for (FinderClient c : net.peers()) {
            attached += c.isOnline() && c.attached().length > 0 ? 1 : 0;
        }
        s.findersOnline = online;
        s.peersAttached = attached;
        s.linksMean = online > 0 ? links / (double) online : Double.NaN;
        s.cacheMean = online > 0 ? cache / (double) online : Double.NaN;
        s.searches = stats.windowSearches;
        s.successRate = stats.windowSearches > 0 ? stats.windowSuccesses / (double) stats.windowSearches : Double.NaN;
        s.hopsMean = stats.windowAnswered > 0 ? stats.windowHops / (double) stats.windowAnswered : Double.NaN;
        stats.windowSearches = 0;
        stats.windowSuccesses = 0;
        stats.windowHops = 0;
        stats.windowAnswered = 0;
        FindersOutputs.SERIES.sample(series, s);
        for (var probe : request.probes()) {
            probe.sample(now);
        }
    }
}
