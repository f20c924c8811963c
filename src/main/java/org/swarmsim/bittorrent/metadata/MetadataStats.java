package org.swarmsim.bittorrent.metadata;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the {@code ut_metadata} plug-ins of one swarm did, counted together: messages and bytes
 * sent, verification failures, ignored handshakes, and when each peer that started without the
 * metadata got it. One instance is shared by every {@link MetadataExtension} of a swarm (honest and
 * corrupt ones alike).
 *
 * <p>Peers are named by their <em>ordinal</em>: the order in which their plug-ins were created
 * among all plug-ins sharing these statistics. A swarm creates a peer's plug-ins when it adds the
 * peer, so when every peer of the swarm gets a {@code MetadataExtension} with these statistics, the
 * ordinal is the peer's {@code Peer.index()}.
 */
public final class MetadataStats {
    private int peers;
    private long requests;
    private long data;
    private long rejects;
    private long bytesSent;
    private long verificationFailures;
    private long ignoredHandshakes;
    private final TreeMap<Integer, Long> startNanos = new TreeMap<>();
    private final TreeMap<Integer, Long> verifiedNanos = new TreeMap<>();

    /** The next peer's ordinal. */
    int register() {
        return peers++;
    }

    void sent(MetadataMessage m) {
        switch (m.type()) {
            case REQUEST -> requests++;
            case DATA -> data++;
            case REJECT -> rejects++;
        }
        bytesSent += 6 + m.size();
    }

    void verificationFailed() {
        verificationFailures++;
    }

    void handshakeIgnored() {
        ignoredHandshakes++;
    }

    /** Peer {@code ordinal}, without the metadata, opened its first connection at {@code nanos}. */
    void started(int ordinal, long nanos) {
        startNanos.putIfAbsent(ordinal, nanos);
    }

    void verified(int ordinal, long nanos) {
        verifiedNanos.put(ordinal, nanos);
    }

    /** Request messages sent. */
    public long requests() {
        return requests;
    }

    /** Data messages sent (corrupt ones included). */
    public long data() {
        return data;
    }

    /** Reject messages sent. */
    public long rejects() {
        return rejects;
    }

    /** Bytes of every {@code ut_metadata} message sent, with the 6-byte extended-message envelope. */
    public long bytesSent() {
        return bytesSent;
    }

    /** Complete sets of pieces whose SHA-1 was not the info-hash (discarded and fetched again). */
    public long verificationFailures() {
        return verificationFailures;
    }

    /** Remote extension handshakes naming {@code ut_metadata} with a {@code metadata_size} outside 1..4 MiB. */
    public long ignoredHandshakes() {
        return ignoredHandshakes;
    }

    /** Peers that got and verified the metadata. */
    public int peersWithMetadata() {
        return verifiedNanos.size();
    }

    /**
     * Simulated time (ns) at which each peer that started without the metadata verified it, by
     * ordinal; subtract the peer's join time for its time to metadata.
     */
    public SortedMap<Integer, Long> verifiedAtNanos() {
        return Collections.unmodifiableSortedMap(verifiedNanos);
    }

    /**
     * Each such peer's time from its first connection (past the BitTorrent handshake) to the
     * verified metadata, in ns, by ordinal; the time from joining also counts finding and
     * connecting to peers.
     */
    public SortedMap<Integer, Long> timeToMetadataNanos() {
        TreeMap<Integer, Long> out = new TreeMap<>();
        verifiedNanos.forEach((peer, at) -> out.put(peer, at - startNanos.get(peer)));
        return Collections.unmodifiableSortedMap(out);
    }

    @Override
    public String toString() {
        return "MetadataStats[requests=" + requests + ", data=" + data + ", rejects=" + rejects + ", bytes="
                + bytesSent + ", failures=" + verificationFailures + ", ignored=" + ignoredHandshakes
                + ", peers with metadata=" + verifiedNanos.size() + "]";
    }
}
