package org.swarmsim.gnutella;

import org.swarmsim.gnutella.qrp.QrpTable;
import org.swarmsim.net.Connection;
import org.swarmsim.net.ConnectionListener;
import org.swarmsim.net.Message;

/**
 * One overlay connection of a servent: the {@code net} connection, the role the far side declared
 * in the handshake, and (on an ultrapeer, for a leaf) the query-routing table the leaf sent.
 */
final class Link implements ConnectionListener {
    final Servent owner;
    final Connection connection;
    final int id;
    final Role remoteRole;
    int slot = -1;
    QrpTable remoteQrp;

    Link(Servent owner, Connection connection, int id, Role remoteRole) {
        this.owner = owner;
        this.connection = connection;
        this.id = id;
        this.remoteRole = remoteRole;
    }

    void send(Routed m) {
        if (connection.isOpen()) {
            connection.send(m);
            owner.observer().sent(owner, connection, m);
        }
    }

    int remoteNode() {
        return connection.remote().id();
    }

    @Override
    public void onMessage(Connection c, Message message) {
        owner.receive(this, message);
    }

    @Override
    public void onClosed(Connection c) {
        owner.linkClosed(this);
    }
}
