/**
 * Message stream encryption (MSE/PE, the "protocol encryption" of Vuze, libtorrent and uTorrent),
 * modelled by what it costs on the wire: a Diffie-Hellman key exchange of two 96-byte public keys
 * with 0-512 random pad bytes each, the initiator's request (two 20-byte hashes, the verification
 * constant, {@code crypto_provide}, pad C and the length of the initial payload, which is the
 * BitTorrent handshake), the responder's {@code crypto_select} with pad D, and then an RC4 or
 * plaintext stream (RC4 costs processor time, not bytes). {@link EncryptionPolicy} says what a
 * peer accepts; {@link MseSession} is one connection's side of the negotiation, a pure state
 * machine the peer drives.
 */
package org.swarmsim.bittorrent.mse;
