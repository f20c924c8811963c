package org.swarmsim.overlay;

import java.util.List;
import java.util.Objects;
import org.swarmsim.net.Datagrams;
import org.swarmsim.sim.SimTime;

/**
 * Samples an overlay on simulated time: how many of its nodes are online, their mean routing-table
 * fill, and the datagram message and byte rates since the previous sample. Values, not CSV
 * columns: the caller puts them where its table wants them.
 *
 * <pre>{@code
 * OverlaySampler overlay = new OverlaySampler(dht.nodes(), datagrams);
 * OverlaySampler.Sample s = overlay.sample(sim.now());   // at 0, then every interval
 * }</pre>
 */
public final class OverlaySampler {
    /**
     * One sample.
     *
     * @param online            nodes online
     * @param meanTableFill     mean routing-table size over the online nodes (0 if none)
     * @param messagesPerSecond datagrams sent per second since the previous sample (0 for the first)
     * @param bytesPerSecond    their bytes per second
     */
    public record Sample(int online, double meanTableFill, double messagesPerSecond, double bytesPerSecond) {
    }

    private final List<? extends OverlayNode> nodes;
    private final Datagrams datagrams;
    private long lastNanos;
    private long lastMessages;
    private long lastBytes;

    /**
     * Samples {@code nodes} (a live view: nodes added later are counted) and the traffic of
     * {@code datagrams}; the first interval starts at time 0 with no traffic.
     */
    public OverlaySampler(List<? extends OverlayNode> nodes, Datagrams datagrams) {
        this.nodes = Objects.requireNonNull(nodes, "nodes");
        this.datagrams = Objects.requireNonNull(datagrams, "datagrams");
    }

    /** Samples now ({@code nowNanos}) and starts the next interval. */
    public Sample sample(long nowNanos) {
        double dt = SimTime.toSeconds(nowNanos - lastNanos);
        long sent = datagrams.sent();
        long bytes = datagrams.bytesSent();
        long contacts = 0;
        int online = 0;
        for (OverlayNode node : nodes) {
            if (node.isOnline()) {
                online++;
                contacts += node.routingTableSize();
            }
        }
        Sample s = new Sample(online, online > 0 ? contacts / (double) online : 0,
                dt > 0 ? (sent - lastMessages) / dt : 0, dt > 0 ? (bytes - lastBytes) / dt : 0);
        lastNanos = nowNanos;
        lastMessages = sent;
        lastBytes = bytes;
        return s;
    }
}
