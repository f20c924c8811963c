package org.swarmsim.run.swarm;

/**
 * How one peer found the others and what its BEP 10 extensions sent; part of its row of
 * {@code peers.csv}.
 *
 * @param magnet            whether it joined from a magnet link (the info-hash only)
 * @param fromTracker       distinct peers it first heard of from the tracker
 * @param fromDht           ... from the DHT
 * @param fromFinders       ... from the finder network
 * @param fromPex           ... from peer exchange (ut_pex)
 * @param timeToMetadataS   join to verified metadata, for a magnet join (NaN otherwise, or never)
 * @param handshakeBytes    bytes of the extension handshakes it sent
 * @param pexBytes          bytes of the ut_pex messages it sent
 * @param metadataBytes     bytes of the ut_metadata messages it sent
 * @param texBytes          bytes of the lt_tex messages it sent
 * @param trackersKnown     trackers in its announce-list at the end (BEP 12; more if tracker exchange added some)
 * @param encryption        its MSE/PE policy: disabled, enabled or forced
 * @param mseBytes          bytes of the MSE handshakes it sent
 * @param mseFallbacks      plaintext reconnects after a peer dropped its encrypted attempt
 * @param pieceLayerS       metadata to the whole piece layer, for a magnet join of a v2 or hybrid torrent
 *                          (BEP 52 hash requests; NaN otherwise, or never)
 * @param hashBytes         bytes of the BEP 52 hash requests, hashes and hash rejects it sent
 */
public record PeerDiscovery(boolean magnet, int fromTracker, int fromDht, int fromFinders, int fromPex,
                            double timeToMetadataS, long handshakeBytes, long pexBytes, long metadataBytes,
                            long texBytes, int trackersKnown, String encryption, long mseBytes, int mseFallbacks,
                            double pieceLayerS, long hashBytes) {
    /** A peer that heard of nobody and sent no extended message. */
    public static final PeerDiscovery NONE = new PeerDiscovery(false, 0, 0, 0, 0, Double.NaN, 0, 0, 0, 0, 0, "disabled", 0, 0,
            Double.NaN, 0);

    public PeerDiscovery {
        if (fromTracker < 0 || fromDht < 0 || fromFinders < 0 || fromPex < 0 || handshakeBytes < 0 || pexBytes < 0
                || metadataBytes < 0 || texBytes < 0 || trackersKnown < 0 || mseBytes < 0 || mseFallbacks < 0 || encryption == null || !(Double.isNaN(timeToMetadataS) || timeToMetadataS >= 0)
                || hashBytes < 0 || !(Double.isNaN(pieceLayerS) || pieceLayerS >= 0)) {
            throw new IllegalArgumentException("counts and times must be >= 0: " + fromTracker + ", " + fromDht + ", "
                    + fromFinders + ", " + fromPex + ", " + timeToMetadataS);
        }
    }
}
