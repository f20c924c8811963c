package org.swarmsim.bittorrent.pex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.swarmsim.bittorrent.extension.ConnectionHandle;
import org.swarmsim.bittorrent.extension.ConnectionPlugin;
import org.swarmsim.bittorrent.extension.TorrentHandle;
import org.swarmsim.bittorrent.extension.TorrentPlugin;
import org.swarmsim.bittorrent.tracker.PeerAddress;
import org.swarmsim.bittorrent.wire.ExtensionPayload;
import org.swarmsim.bittorrent.wire.RawExtensionPayload;

/**
 * One peer's PEX state (see {@link PexExtension}): its open connections in the order they opened,
 * and per connection what it told and heard. Every collection here is ordered (lists,
 * {@code LinkedHash*}), so messages list peers in connection order.
 */
final class PexPlugin implements TorrentPlugin {
    /** The reason a receiver gives when it closes a connection for a violation. */
    static final String VIOLATION = "pex violation";

    private final TorrentHandle torrent;
    private final PexConfig config;
    private final PexStats stats;
    private final List<Connection> open = new ArrayList<>();
    /** Connections opened plus closed: a remote told everything at version v has no news while it stays v. */
    private long version;

    PexPlugin(TorrentHandle torrent, PexConfig config, PexStats stats) {
        this.torrent = torrent;
        this.config = config;
        this.stats = stats;
    }

    @Override
    public ConnectionPlugin newConnection(ConnectionHandle connection) {
        Connection c = new Connection(connection);
        open.add(c);
        version++;
        return c;
    }

    @Override
    public void tick() {
        long now = torrent.nowNanos();
        Map<PeerAddress, Connection> connected = connected();
        for (Connection c : open.toArray(new Connection[0])) {
            if (c.syncedVersion != version && !c.handle.isClosed() && c.handle.remoteSupports(PexExtension.NAME)
                    && c.due(now)) {
                c.sendNews(connected, now);
            }
        }
    }

    /** The peers we are connected to now, each with its first open connection. */
    private Map<PeerAddress, Connection> connected() {
        Map<PeerAddress, Connection> m = new LinkedHashMap<>();
        for (Connection c : open) {
            if (!c.handle.isClosed()) {
                m.putIfAbsent(c.handle.remote(), c);
            }
        }
        return m;
    }

    /** One connection's PEX state. */
    private final class Connection implements ConnectionPlugin {
        private final ConnectionHandle handle;
        /** Peers we told this remote we are connected to (added and not dropped since). */
        private final LinkedHashSet<PeerAddress> told = new LinkedHashSet<>();
        private boolean sentAny;
        private long lastSentNanos;
        private boolean receivedAny;
        /** Arrival times of the last accepted messages, a ring of {@code maxMessagesPerWindow}. */
        private final long[] arrivals = new long[config.maxMessagesPerWindow()];
        private int accepted;
        /** The plug-in's {@link #version} when this remote was last told everything; -1: never. */
        private long syncedVersion = -1;

        Connection(ConnectionHandle handle) {
            this.handle = handle;
        }

        boolean due(long now) {
            return !sentAny || now - lastSentNanos >= config.intervalNanos();
        }

        void sendNews(Map<PeerAddress, Connection> connected, long now) {
            int addedLimit = config.addedLimit(!sentAny);
            List<PeerAddress> added = new ArrayList<>();
            List<Byte> flags = new ArrayList<>();
            for (Map.Entry<PeerAddress, Connection> e : connected.entrySet()) {
                if (added.size() >= addedLimit) {
                    break;
                }
                PeerAddress a = e.getKey();
                if (!a.equals(handle.remote()) && !told.contains(a)) {
                    added.add(a);
                    flags.add(flagsOf(e.getValue().handle));
                }
            }
            List<PeerAddress> dropped = new ArrayList<>();
            for (PeerAddress a : told) {
                if (dropped.size() >= config.droppedLimit(!sentAny)) {
                    break;
                }
                if (!connected.containsKey(a)) {
                    dropped.add(a);
                }
            }
            boolean complete = added.size() < addedLimit && dropped.size() < config.droppedLimit(!sentAny);
            if (added.isEmpty() && dropped.isEmpty()) {
                syncedVersion = version;
                return;   // no news: no message (the interval does not restart)
            }
            byte[] f = new byte[flags.size()];
            for (int i = 0; i < f.length; i++) {
                f[i] = flags.get(i);
            }
            PexMessage m = new PexMessage(added, f, dropped);
            if (handle.send(m)) {
                told.addAll(added);
                dropped.forEach(told::remove);
                sentAny = true;
                lastSentNanos = now;
                stats.sent(m);
                if (complete) {
                    syncedVersion = version;
                }
            }
        }

        private byte flagsOf(ConnectionHandle peer) {
            int f = 0;
            if (peer.initiated()) {
                f |= PexMessage.FLAG_REACHABLE;
            }
            if (peer.remoteIsSeed()) {
                f |= PexMessage.FLAG_SEED;
            }
            return (byte) f;
        }

        @Override
        public void onMessage(ExtensionPayload payload) {
            stats.received();
            PexMessage m;
            try {
                m = payload instanceof PexMessage p ? p
                        : PexMessage.decode(((RawExtensionPayload) payload).bytes());
            } catch (IllegalArgumentException | ClassCastException e) {
                violation();
                return;
            }
            long now = torrent.nowNanos();
            int slot = accepted % arrivals.length;
            if (accepted >= arrivals.length && now - arrivals[slot] < config.rateWindowNanos()) {
                violation();   // the message before the last maxMessagesPerWindow came within the window
                return;
            }
            boolean initial = !receivedAny;
            List<PeerAddress> added = m.added();
            int addedLimit = config.addedLimit(initial);
            if (added.size() > addedLimit || m.dropped().size() > config.droppedLimit(initial)) {
                stats.oversized();
                if (violation()) {
                    return;
                }
                added = added.subList(0, Math.min(added.size(), addedLimit));
            }
            arrivals[slot] = now;
            accepted++;
            receivedAny = true;
            LinkedHashSet<PeerAddress> fresh = new LinkedHashSet<>(added);
            fresh.remove(handle.remote());   // a peer that lists itself tells us nothing new
            if (!fresh.isEmpty()) {
                stats.addedReceived(fresh.size());
                torrent.addCandidates(PexExtension.NAME, List.copyOf(fresh));
            }
        }

        /** Counts a violation; closes the connection if the configuration says so (then returns true). */
        private boolean violation() {
            stats.violation();
            if (!config.disconnectViolators()) {
                return false;
            }
            if (!handle.isClosed()) {
                stats.disconnect();
                handle.close(VIOLATION);
            }
            return true;
        }

        @Override
        public void onClosed(String reason) {
            open.remove(this);
            version++;
        }
    }
}
