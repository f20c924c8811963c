package org.swarmsim.bittorrent.tracker;

import java.util.List;
import org.swarmsim.bittorrent.metainfo.InfoHash;
import org.swarmsim.net.Message;

/**
 * An HTTP tracker scrape (BEP 48): the announce URL's last path segment "announce" becomes
 * "scrape", with one {@code info_hash} parameter per torrent. {@link #wireSize()} is the exact
 * size of the HTTP request.
 *
 * @param announceUrl the tracker's announce URL (the scrape URL is derived from it)
 * @param infoHashes  the torrents to ask about (none = all, if the tracker allows it)
 */
public record ScrapeRequest(String announceUrl, List<InfoHash> infoHashes) implements Message {
    public ScrapeRequest {
        infoHashes = List.copyOf(infoHashes);
        TrackerHttpCodec.scrapeUrl(announceUrl);
    }

    /** Exact bytes of the HTTP request. */
    @Override
    public int wireSize() {
        return TrackerHttpCodec.encodeScrapeRequest(this).length;
    }
}
