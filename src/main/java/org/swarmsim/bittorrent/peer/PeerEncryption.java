package org.swarmsim.bittorrent.peer;

import java.util.HashSet;
import java.util.Set;
import org.swarmsim.bittorrent.mse.EncryptionPolicy;
import org.swarmsim.bittorrent.mse.MseSession;
import org.swarmsim.net.Message;
import org.swarmsim.sim.random.RandomStream;

/**
 * A peer's protocol encryption (MSE/PE): its policy, the MSE session each new connection starts
 * with, and what it learns when a connection is dropped before its handshake: an enabled peer
 * reconnects in plaintext to a peer that dropped its key exchange (as libtorrent does); a forced or
 * plaintext-only peer does not try again a peer of the other kind. The pads come from the peer's
 * own random stream, drawn only when a session needs one.
 */
final class PeerEncryption {
    private final Peer peer;
    private final EncryptionPolicy policy;
    private final boolean swarmEncrypts;
    private final Set<Integer> plaintextRetry = new HashSet<>();   // lookups only
    private final Set<Integer> refusedUs = new HashSet<>();        // lookups only
    private RandomStream pads;
    private int fallbacks;

    PeerEncryption(Peer peer, EncryptionPolicy policy, boolean swarmEncrypts) {
        this.peer = peer;
        this.policy = policy;
        this.swarmEncrypts = swarmEncrypts;
    }

    EncryptionPolicy policy() {
        return policy;
    }

    int fallbacks() {
        return fallbacks;
    }

    /** Whether {@code remote} dropped a connection of ours before its handshake because of our policies. */
    boolean refusedUs(int remote) {
        return refusedUs.contains(remote);
    }

    /** A connection we opened: the key exchange if our policy offers it (and the remote took it before), else the handshake. */
    void start(PeerConnection c) {
        EncryptionPolicy p = policy == EncryptionPolicy.ENABLED && plaintextRetry.contains(c.remote.id())
                ? EncryptionPolicy.DISABLED : policy;
        if (p == EncryptionPolicy.DISABLED) {
            c.sendHandshake();
            return;
        }
        c.mse = MseSession.initiator(p, pads(), wire(c));
        c.mse.start();
    }

    /** A connection we accepted: the responder's side of the negotiation, unless we speak plaintext only. */
    void accepted(PeerConnection c) {
        if (policy != EncryptionPolicy.DISABLED) {
            c.mse = MseSession.responder(policy, pads(), wire(c));
        }
    }

    /** A connection closed; true if the peer should reconnect to its remote in plaintext. */
    boolean closed(PeerConnection c) {
        if (!c.initiated || c.handshakeReceived) {
            return false;
        }
        boolean keyDropped = c.mse != null && c.mse.awaitingKey();
        if (keyDropped && policy == EncryptionPolicy.ENABLED && plaintextRetry.add(c.remote.id())) {
            fallbacks++;
            return true;
        }
        if (policy != EncryptionPolicy.ENABLED && swarmEncrypts && (c.mse == null || keyDropped)) {
            refusedUs.add(c.remote.id());   // a forced peer meeting a plaintext one, or the reverse: never again
        }
        return false;
    }

    /** What a session does to its connection; its bytes are counted as the pseudo-extension {@code mse}. */
    private MseSession.Wire wire(PeerConnection c) {
        return new MseSession.Wire() {
            @Override
            public void send(Message m) {
                if (!c.closed) {
                    c.conn.send(m);
                    c.lastSentNanos = peer.now();
                    peer.swarm().onExtensionSent(peer, "mse", m.wireSize());
                }
            }

            @Override
            public void sendHandshake() {
                c.sendHandshake();
            }

            @Override
            public void close(String reason) {
                peer.dropConnection(c, reason);
            }
        };
    }

    private RandomStream pads() {
        if (pads == null) {
            pads = peer.swarm().streams().stream("peer", peer.index(), "mse");
        }
        return pads;
    }
}
