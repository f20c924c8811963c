package org.swarmsim.bittorrent.mse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swarmsim.net.Message;
import org.swarmsim.sim.random.RandomStreams;

/** The negotiation between every pair of policies, played out over an in-memory pipe; sizes against the formula. */
class MseSessionTest {
    /** The BitTorrent handshake stand-in: 68 bytes. */
    private record Bt() implements Message {
        @Override
        public int wireSize() {
            return 68;
        }
    }

    private static final class End implements MseSession.Wire {
        final List<Message> sent = new ArrayList<>();
        ArrayDeque<Message> toOther;
        String closed;
        boolean btHandshakeHandled;

        @Override
        public void send(Message m) {
            sent.add(m);
            toOther.add(m);
        }

        @Override
        public void sendHandshake() {
            send(new Bt());
        }

        @Override
        public void close(String reason) {
            closed = reason;
        }
    }

    private record Outcome(MseSession a, MseSession b, End ea, End eb) {
    }

    private static Outcome play(EncryptionPolicy initiator, EncryptionPolicy responder, long seed) {
        End ea = new End();
        End eb = new End();
        ArrayDeque<Message> aToB = new ArrayDeque<>();
        ArrayDeque<Message> bToA = new ArrayDeque<>();
        ea.toOther = aToB;
        eb.toOther = bToA;
        RandomStreams s = new RandomStreams(seed);
        MseSession a = MseSession.initiator(initiator, s.stream("a"), ea);
        MseSession b = MseSession.responder(responder, s.stream("b"), eb);
        a.start();
        for (int round = 0; round < 10 && ea.closed == null && eb.closed == null; round++) {
            while (!aToB.isEmpty() && eb.closed == null) {
                Message m = aToB.poll();
                if (!b.onMessage(m)) {
                    assertTrue(m instanceof Bt, "only the BitTorrent handshake reaches the peer: " + m);
                    eb.btHandshakeHandled = true;
                    eb.sendHandshake();   // the responder answers the handshake
                }
            }
            while (!bToA.isEmpty() && ea.closed == null) {
                Message m = bToA.poll();
                if (!a.onMessage(m)) {
                    assertTrue(m instanceof Bt);
                    ea.btHandshakeHandled = true;
                }
            }
        }
        return new Outcome(a, b, ea, eb);
    }

    private static int pads(List<Message> sent) {
        int sum = 0;
        for (Message m : sent) {
            if (m instanceof MseMessage.MseKey k) {
                sum += k.pad();
            } else if (m instanceof MseMessage.MseRequest r) {
                sum += r.padC();
            } else if (m instanceof MseMessage.MseSelect x) {
                sum += x.padD();
            }
        }
        return sum;
    }

    @Test
    void encryptedHandshakesCostTheFormulaAndEndWithTheSelectedMethod() {
        for (long seed = 1; seed <= 50; seed++) {
            for (EncryptionPolicy i : new EncryptionPolicy[] {EncryptionPolicy.ENABLED, EncryptionPolicy.FORCED}) {
                for (EncryptionPolicy r : new EncryptionPolicy[] {EncryptionPolicy.ENABLED, EncryptionPolicy.FORCED}) {
                    Outcome o = play(i, r, seed);
                    assertTrue(o.a().isEstablished() && o.b().isEstablished(), i + " -> " + r);
                    assertTrue(o.ea().btHandshakeHandled && o.eb().btHandshakeHandled);
                    int expected = i == EncryptionPolicy.ENABLED && r == EncryptionPolicy.ENABLED ? MseMessage.PLAINTEXT
                            : MseMessage.RC4;
                    assertEquals(expected, o.a().method());
                    assertEquals(expected, o.b().method());
                    int total = o.a().bytesSent() + o.b().bytesSent();
                    assertEquals(96 + 96 + 56 + 14 + pads(o.ea().sent) + pads(o.eb().sent), total);
                    assertEquals(4, o.ea().sent.stream().filter(m -> m instanceof MseMessage).count()
                            + o.eb().sent.stream().filter(m -> m instanceof MseMessage).count());
                    assertTrue(pads(o.ea().sent) <= 2 * 512 && pads(o.eb().sent) <= 2 * 512);
                }
            }
        }
    }

    @Test
    void plaintextMeetsPlaintextAndEnabledWithoutAnyMseByte() {
        for (EncryptionPolicy r : new EncryptionPolicy[] {EncryptionPolicy.DISABLED, EncryptionPolicy.ENABLED}) {
            Outcome o = play(EncryptionPolicy.DISABLED, r, 3);
            assertTrue(o.a().isEstablished() && o.b().isEstablished());
            assertEquals(0, o.a().bytesSent() + o.b().bytesSent());
            assertEquals(MseMessage.PLAINTEXT, o.b().method());
        }
    }

    @Test
    void forcedAndDisabledNeverMeetAndOnlyAnEnabledInitiatorMayRetryInPlaintext() {
        Outcome forcedToDisabled = play(EncryptionPolicy.FORCED, EncryptionPolicy.DISABLED, 4);
        assertTrue(forcedToDisabled.eb().closed.contains("encryption disabled"));
        assertTrue(forcedToDisabled.a().awaitingKey(), "the initiator saw no key: it may retry in plaintext");
        Outcome disabledToForced = play(EncryptionPolicy.DISABLED, EncryptionPolicy.FORCED, 5);
        assertTrue(disabledToForced.eb().closed.contains("plaintext refused"));
        assertFalse(disabledToForced.a().awaitingKey());
        Outcome enabledToDisabled = play(EncryptionPolicy.ENABLED, EncryptionPolicy.DISABLED, 6);
        assertTrue(enabledToDisabled.a().awaitingKey());
        assertEquals(EncryptionPolicy.FORCED.select(EncryptionPolicy.ENABLED.provide()), MseMessage.RC4);
        assertEquals(0, EncryptionPolicy.FORCED.select(MseMessage.PLAINTEXT));
    }

    @Test
    void messageSizesAndLimits() {
        assertEquals(96, new MseMessage.MseKey(0).wireSize());
        assertEquals(608, new MseMessage.MseKey(512).wireSize());
        assertEquals(56 + 100, new MseMessage.MseRequest(3, 100).wireSize());
        assertEquals(14 + 7, new MseMessage.MseSelect(2, 7).wireSize());
        assertEquals(96 + 1 + 96 + 2 + 56 + 3 + 14 + 4, MseMessage.handshakeBytes(1, 2, 3, 4));
        assertThrows(IllegalArgumentException.class, () -> new MseMessage.MseKey(513));
        assertThrows(IllegalArgumentException.class, () -> new MseMessage.MseRequest(4, 0));
        assertThrows(IllegalArgumentException.class, () -> new MseMessage.MseSelect(3, 0));
    }
}
