package org.swarmsim.bittorrent.tracker;

import java.util.List;
import org.swarmsim.net.Message;

/**
 * A tracker's answer to an announce: either a failure reason, or the re-announce interval, the
 * swarm's seeders ({@code complete}) and leechers ({@code incomplete}) and a compact peer list.
 * {@link #wireSize()} is the exact size of the HTTP response (status line, headers, bencoded body)
 * that {@link TrackerHttpCodec#encodeAnnounceResponse} writes, computed without encoding.
 *
 * @param failureReason      the failure reason, or null for a successful response
 * @param intervalSeconds    seconds the client should wait between regular announces
 * @param minIntervalSeconds minimum announce interval, or 0 to leave it out
 * @param complete           number of seeders
 * @param incomplete         number of leechers
 * @param peers              peers for the client to contact
 */
public record AnnounceResponse(String failureReason, int intervalSeconds, int minIntervalSeconds,
                               int complete, int incomplete, List<PeerAddress> peers) implements Message {
    public AnnounceResponse {
        peers = List.copyOf(peers);
        if (intervalSeconds < 0 || minIntervalSeconds < 0 || complete < 0 || incomplete < 0) {
            throw new IllegalArgumentException("interval, min interval, complete and incomplete must be >= 0");
        }
        if (failureReason != null && !peers.isEmpty()) {
            throw new IllegalArgumentException("a failure response carries no peers");
        }
    }

    /** A successful response. */
    public static AnnounceResponse of(int intervalSeconds, int minIntervalSeconds, int complete,
                                      int incomplete, List<PeerAddress> peers) {
        return new AnnounceResponse(null, intervalSeconds, minIntervalSeconds, complete, incomplete, peers);
    }

    /** A failure response ({@code failure reason}). */
    public static AnnounceResponse failure(String reason) {
        return new AnnounceResponse(reason, 0, 0, 0, 0, List.of());
    }

    /** Whether this is a failure response. */
    public boolean isFailure() {
        return failureReason != null;
    }

    /** Exact bytes of the HTTP response. */
    @Override
    public int wireSize() {
        return TrackerHttpCodec.httpResponseLength(TrackerHttpCodec.announceBodyLength(this));
    }
}
