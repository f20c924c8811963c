package org.swarmsim.bittorrent.mse;

import java.util.Locale;

/**
 * What a peer does about protocol encryption (libtorrent's {@code out_enc_policy}/{@code in_enc_policy}):
 * {@link #DISABLED} speaks plaintext only and drops an encrypted handshake (it reads as garbage);
 * {@link #ENABLED} offers encryption when it connects (plaintext or RC4, letting the other side
 * choose; plaintext preferred, as libtorrent's default {@code prefer_rc4 = false}), falls back to a
 * plaintext reconnect when the other side drops the attempt, and accepts both; {@link #FORCED}
 * offers and accepts RC4 only and refuses plaintext peers.
 */
public enum EncryptionPolicy {
    DISABLED, ENABLED, FORCED;

    /** The scenario name: {@code disabled}, {@code enabled}, {@code forced}. */
    public String scenarioName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a connection this peer opens starts with the MSE key exchange. */
    public boolean offersEncryption() {
        return this != DISABLED;
    }

    /** Whether this peer accepts a plaintext BitTorrent handshake. */
    public boolean acceptsPlaintext() {
        return this != FORCED;
    }

    /** What the initiator puts in {@code crypto_provide}. */
    public int provide() {
        return switch (this) {
            case DISABLED -> 0;
            case ENABLED -> MseMessage.PLAINTEXT | MseMessage.RC4;
            case FORCED -> MseMessage.RC4;
        };
    }

    /** The responder's {@code crypto_select} for {@code provide}: one method, or 0 when none is acceptable. */
    public int select(int provide) {
        return switch (this) {
            case DISABLED -> 0;
            case ENABLED -> (provide & MseMessage.PLAINTEXT) != 0 ? MseMessage.PLAINTEXT
                    : (provide & MseMessage.RC4) != 0 ? MseMessage.RC4 : 0;
            case FORCED -> (provide & MseMessage.RC4) != 0 ? MseMessage.RC4 : 0;
        };
    }
}
