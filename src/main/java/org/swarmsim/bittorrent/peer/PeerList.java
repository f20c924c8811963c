package org.swarmsim.bittorrent.peer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.swarmsim.net.ConnectHandler;
import org.swarmsim.net.Connection;
import org.swarmsim.net.ConnectionListener;
import org.swarmsim.net.Message;
import org.swarmsim.net.Node;

/**
 * Whom a {@link Peer} is connected to, in the spirit of libtorrent's {@code peer_list}: the
 * candidates its peer sources (tracker, DHT) gave it, the connects in progress, the outgoing
 * connects it starts within {@link PeerConfig#maxInitiated()} and
 * {@link PeerConfig#maxConnections()}, the incoming connections it accepts (up to the limit plus
 * {@link PeerConfig#connectionSlack()}), and the trimming of connections over the limit at each
 * choke round. What a connection carries is the {@link Peer}'s and its {@link PeerConnection}'s
 * business; the open connections themselves are in the peer's {@link ConnectionTable}.
 */
final class PeerList {
    private final Peer peer;
    private final Node node;
    private final Swarm swarm;
    private final PeerConfig config;
    private final ConnectionTable connections;
    private final SmartBan smartBan;
    private final Set<Integer> connecting = new HashSet<>();               // lookups only
    private final ArrayDeque<Integer> candidates = new ArrayDeque<>();
    private int connectionsTrimmed;

    PeerList(Peer peer, Swarm swarm, PeerConfig config, ConnectionTable connections, SmartBan smartBan) {
        this.peer = peer;
        this.node = peer.node();
        this.swarm = swarm;
        this.config = config;
        this.connections = connections;
        this.smartBan = smartBan;
    }

    /** Peers learned from the tracker (or another source): remembered, then connected to. */
    void addCandidates(List<Integer> nodeIds) {
        for (int id : nodeIds) {
            if (id != node.id() && !connections.hasNode(id) && !connecting.contains(id) && !smartBan.isBanned(id)) {
                candidates.add(id);
            }
        }
        while (candidates.size() > 4 * config.numwant()) {
            candidates.poll();
        }
        connectMore();
    }

    /** Connects to remembered candidates while the limits allow. */
    void connectMore() {
        if (!peer.isActiveForConnections()) {
            return;
        }
        while (connections.initiated() + connecting.size() < config.maxInitiated()
                && connections.size() + connecting.size() < config.maxConnections()
                && !candidates.isEmpty()) {
            int id = candidates.poll();
            if (connections.hasNode(id) || connecting.contains(id) || smartBan.isBanned(id)
                    || peer.encryptionState().refusedUs(id)) {
                continue;
            }
            Node target = swarm.network().node(id);
            connecting.add(id);
            swarm.network().connect(node, target, new ConnectHandler() {
                @Override
                public ConnectionListener onConnected(Connection connection) {
                    connecting.remove(id);
                    if (!peer.isActiveForConnections() || connections.hasNode(id)) {
                        swarm.scheduler().schedule(0, connection::close);
                        return NO_LISTENER;
                    }
                    PeerConnection pc = peer.register(connection, true);
                    peer.encryptionState().start(pc);
                    return pc;
                }

                @Override
                public void onConnectFailed(Node t) {
                    connecting.remove(id);
                    connectMore();
                }
            });
        }
    }

    /**
     * Incoming connection. Refused when full (beyond the limit plus the slack; connections over
     * the limit are trimmed at the next choke round), leaving, banned, already connected, or when both
     * sides are connecting to each other at once and the other side's id is higher (so exactly one
     * of the two connections survives).
     */
    ConnectionListener accept(Connection incoming) {
        int id = incoming.remote().id();
        if (!peer.isActiveForConnections() || smartBan.isBanned(id) || connections.hasNode(id)
                || connections.size() + connecting.size() >= config.maxConnections() + config.connectionSlack()) {
            return null;
        }
        if (connecting.contains(id) && id > node.id()) {
            return null;
        }
        return peer.register(incoming, false);
    }

    /**
     * Closes connections over {@link PeerConfig#maxConnections()} (accepted through the slack),
     * least useful first by {@link DisconnectRanking}.
     */
    void trimToConnectionLimit(long now) {
        int excess = connections.size() - config.maxConnections();
        if (excess <= 0) {
            return;
        }
        List<DisconnectRanking.View> views = new ArrayList<>(connections.size());
        boolean seed = peer.isSeed();
        for (int i = 0; i < connections.size(); i++) {
            PeerConnection c = connections.get(i);
            views.add(new DisconnectRanking.View(c.key, seed ? c.peerInterested : c.amInterested,
                    c.remoteCountedAsSeed || c.remoteHas != null && c.remoteHas.isComplete(), c.payloadFromPeer, now - c.connectedAtNanos,
                    c.peerChoking, c.lastPieceFromPeerNanos));
        }
        views.sort(DisconnectRanking.DISCONNECT_FIRST);
        for (int i = 0; i < excess; i++) {
            PeerConnection c = connections.byKey(views.get(i).key());
            if (c != null) {
                connectionsTrimmed++;
                peer.dropConnection(c, "over the connection limit");
            }
        }
    }

    private static final ConnectionListener NO_LISTENER = new ConnectionListener() {
        @Override
        public void onMessage(Connection connection, Message message) {
        }

        @Override
        public void onClosed(Connection connection) {
        }
    };

    /** Connections closed because the peer was over its connection limit. */
    int connectionsTrimmed() {
        return connectionsTrimmed;
    }

    /** The peer is leaving: forget the candidates. */
    void clearCandidates() {
        candidates.clear();
    }
}
