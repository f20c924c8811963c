package org.swarmsim.bittorrent.mse;

import org.swarmsim.net.Message;

/**
 * The MSE handshake's messages with their sizes in bytes (the sizes are what the simulation needs;
 * the contents are random or encrypted). Sent on the BitTorrent connection before its handshake.
 */
public sealed interface MseMessage extends Message {
    /** {@code crypto_provide}/{@code crypto_select} bit: plaintext after the handshake. */
    int PLAINTEXT = 0x01;
    /** {@code crypto_provide}/{@code crypto_select} bit: RC4 after the handshake. */
    int RC4 = 0x02;
    /** The most random pad bytes in each of pads A, B, C and D. */
    int MAX_PAD = 512;
    /** The Diffie-Hellman public key: 768 bits. */
    int KEY_BYTES = 96;

    /** Ya or Yb: the public key and 0-512 pad bytes ({@code 96 + pad}). */
    record MseKey(int pad) implements MseMessage {
        public MseKey {
            checkPad(pad);
        }

        @Override
        public int wireSize() {
            return KEY_BYTES + pad;
        }
    }

    /**
     * The initiator's step 3: HASH('req1', S) (20), HASH('req2', SKEY) xor HASH('req3', S) (20), then
     * encrypted VC (8), {@code crypto_provide} (4), len(PadC) (2), PadC, len(IA) (2) = {@code 56 + padC};
     * the initial payload IA (the BitTorrent handshake) follows as its own message.
     */
    record MseRequest(int provide, int padC) implements MseMessage {
        public MseRequest {
            checkPad(padC);
            if (provide <= 0 || (provide & ~(PLAINTEXT | RC4)) != 0) {
                throw new IllegalArgumentException("crypto_provide must offer plaintext (1), RC4 (2) or both, got " + provide);
            }
        }

        @Override
        public int wireSize() {
            return 20 + 20 + 8 + 4 + 2 + padC + 2;
        }
    }

    /** The responder's step 4: encrypted VC (8), {@code crypto_select} (4), len(padD) (2), padD = {@code 14 + padD}. */
    record MseSelect(int select, int padD) implements MseMessage {
        public MseSelect {
            checkPad(padD);
            if (select != PLAINTEXT && select != RC4) {
                throw new IllegalArgumentException("crypto_select must be plaintext (1) or RC4 (2), got " + select);
            }
        }

        @Override
        public int wireSize() {
            return 8 + 4 + 2 + padD;
        }
    }

    private static void checkPad(int pad) {
        if (pad < 0 || pad > MAX_PAD) {
            throw new IllegalArgumentException("a pad is 0 to " + MAX_PAD + " bytes, got " + pad);
        }
    }

    /** Bytes of a whole MSE handshake with these pads (both directions, the BitTorrent handshake not included). */
    static int handshakeBytes(int padA, int padB, int padC, int padD) {
        return new MseKey(padA).wireSize() + new MseKey(padB).wireSize() + new MseRequest(RC4, padC).wireSize()
                + new MseSelect(RC4, padD).wireSize();
    }
}
