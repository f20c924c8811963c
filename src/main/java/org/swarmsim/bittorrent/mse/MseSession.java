package org.swarmsim.bittorrent.mse;

import org.swarmsim.net.Message;
import org.swarmsim.sim.random.RandomStream;

/**
 * One connection's side of the MSE negotiation, before the BitTorrent handshake. The peer creates
 * it when the connection opens, calls {@link #start} on the side that connected, and hands it
 * every message until {@link #isEstablished}; it answers through a {@link Wire}.
 *
 * <pre>
 * initiator (offers encryption)          responder
 *   MseKey(Ya, padA)            -->
 *                               <--      MseKey(Yb, padB)      (a disabled responder drops the connection)
 *   MseRequest(provide, padC)   -->
 *   BitTorrent handshake (IA)   -->
 *                               <--      MseSelect(select, padD) (none acceptable: dropped)
 *                               <--      BitTorrent handshake
 * </pre>
 *
 * A plaintext initiator sends the BitTorrent handshake at once; a forced responder drops it. The
 * pads are drawn uniformly from 0 to 512 bytes. Not thread-safe; one per connection.
 */
public final class MseSession {
    /** What the session does to its connection. */
    public interface Wire {
        /** Sends an MSE message. */
        void send(Message m);

        /** Sends the BitTorrent handshake (the initiator's initial payload, or a plaintext start). */
        void sendHandshake();

        /** Drops the connection. */
        void close(String reason);
    }

    private enum State { NEW, AWAIT_KEY, AWAIT_REQUEST, AWAIT_SELECT, ESTABLISHED, FAILED }

    private final EncryptionPolicy policy;
    private final boolean initiator;
    private final RandomStream pads;
    private final Wire wire;
    private State state = State.NEW;
    private int method;
    private int bytesSent;

    private MseSession(EncryptionPolicy policy, boolean initiator, RandomStream pads, Wire wire) {
        this.policy = policy;
        this.initiator = initiator;
        this.pads = pads;
        this.wire = wire;
    }

    /** The side that opened the connection; {@code policy} DISABLED (or a plaintext retry) starts in plaintext. */
    public static MseSession initiator(EncryptionPolicy policy, RandomStream pads, Wire wire) {
        return new MseSession(policy, true, pads, wire);
    }

    /** The side that accepted the connection. */
    public static MseSession responder(EncryptionPolicy policy, RandomStream pads, Wire wire) {
        return new MseSession(policy, false, pads, wire);
    }

    /** The initiator's first move: the key exchange, or the plaintext BitTorrent handshake. */
    public void start() {
        if (!initiator || state != State.NEW) {
            throw new IllegalStateException("start() is the initiator's, once");
        }
        if (policy.offersEncryption()) {
            send(new MseMessage.MseKey(pad()));
            state = State.AWAIT_KEY;
        } else {
            method = MseMessage.PLAINTEXT;
            state = State.ESTABLISHED;
            wire.sendHandshake();
        }
    }

    /**
     * A message arrived before the session was established. Returns true if the session consumed
     * it (an MSE message, or a plaintext handshake it refused); false if the caller should handle it
     * as the BitTorrent handshake (then the session is established, plaintext or after the select).
     */
    public boolean onMessage(Message m) {
        if (state == State.FAILED) {
            return true;
        }
        if (state == State.ESTABLISHED) {
            return false;
        }
        if (initiator) {
            if (state == State.AWAIT_KEY && m instanceof MseMessage.MseKey) {
                send(new MseMessage.MseRequest(policy.provide(), pad()));
                wire.sendHandshake();
                state = State.AWAIT_SELECT;
                return true;
            }
            if (state == State.AWAIT_SELECT && m instanceof MseMessage.MseSelect s) {
                method = s.select();
                state = State.ESTABLISHED;
                return true;
            }
            return fail("unexpected " + m.getClass().getSimpleName() + " during the encryption handshake");
        }
        if (state == State.NEW && !(m instanceof MseMessage)) {   // a plaintext BitTorrent handshake
            if (!policy.acceptsPlaintext()) {
                return fail("plaintext refused (encryption forced)");
            }
            method = MseMessage.PLAINTEXT;
            state = State.ESTABLISHED;
            return false;
        }
        if (state == State.NEW && m instanceof MseMessage.MseKey) {
            if (!policy.offersEncryption()) {
                return fail("not a BitTorrent handshake (encryption disabled)");
            }
            send(new MseMessage.MseKey(pad()));
            state = State.AWAIT_REQUEST;
            return true;
        }
        if (state == State.AWAIT_REQUEST && m instanceof MseMessage.MseRequest r) {
            int select = policy.select(r.provide());
            if (select == 0) {
                return fail("no acceptable crypto method (provided " + r.provide() + ")");
            }
            send(new MseMessage.MseSelect(select, pad()));
            method = select;
            state = State.ESTABLISHED;
            return true;
        }
        return fail("unexpected " + m.getClass().getSimpleName() + " during the encryption handshake");
    }

    private boolean fail(String reason) {
        state = State.FAILED;
        wire.close(reason);
        return true;
    }

    private void send(Message m) {
        bytesSent += m.wireSize();
        wire.send(m);
    }

    private int pad() {
        return pads.nextInt(MseMessage.MAX_PAD + 1);
    }

    /** Whether the negotiation is over and the BitTorrent handshake may be handled. */
    public boolean isEstablished() {
        return state == State.ESTABLISHED;
    }

    /** Whether this side began an encrypted handshake that got no answer yet (a failure now calls for a plaintext retry). */
    public boolean awaitingKey() {
        return state == State.AWAIT_KEY;
    }

    /** {@link MseMessage#PLAINTEXT} or {@link MseMessage#RC4} once established; 0 before. */
    public int method() {
        return method;
    }

    /** Bytes of MSE messages this side sent. */
    public int bytesSent() {
        return bytesSent;
    }
}
