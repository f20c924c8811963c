package org.swarmsim.bittorrent.tracker;

import org.swarmsim.bittorrent.metainfo.InfoHash;
import org.swarmsim.bittorrent.wire.PeerId;
import org.swarmsim.net.Message;

/**
 * An HTTP tracker announce (BEP 3, compact per BEP 23). {@link #wireSize()} is the exact size of
 * the HTTP GET request {@link TrackerHttpCodec#encodeAnnounceRequest} writes.
 *
 * @param announceUrl     the tracker's http:// or https:// announce URL
 * @param infoHash        the torrent
 * @param peerId          the announcing peer
 * @param port            the peer's listening port
 * @param uploadedBytes   bytes uploaded since the 'started' event
 * @param downloadedBytes bytes downloaded since the 'started' event
 * @param leftBytes       bytes still missing
 * @param event           started, completed, stopped, or none
 * @param numwant         number of peers wanted
 * @param compact         whether a compact peer list is asked for
 */
public record AnnounceRequest(String announceUrl, InfoHash infoHash, PeerId peerId, int port,
                              long uploadedBytes, long downloadedBytes, long leftBytes,
                              TrackerEvent event, int numwant, boolean compact) implements Message {
    /** The numwant clients send by default. */
    public static final int DEFAULT_NUMWANT = 50;

    public AnnounceRequest {
        TrackerHttpCodec.parseUrl(announceUrl);
        if (infoHash == null || peerId == null || event == null) {
            throw new IllegalArgumentException("an announce needs an info-hash, a peer id and an event");
        }
        if (port < 0 || port > 0xFFFF) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
        if (uploadedBytes < 0 || downloadedBytes < 0 || leftBytes < 0 || numwant < 0) {
            throw new IllegalArgumentException("uploaded, downloaded, left and numwant must be >= 0");
        }
    }

    /** Exact bytes of the HTTP request. */
    @Override
    public int wireSize() {
        return TrackerHttpCodec.announceRequestLength(this);
    }
}
