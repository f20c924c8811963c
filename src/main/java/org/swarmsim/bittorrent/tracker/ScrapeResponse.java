package org.swarmsim.bittorrent.tracker;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.swarmsim.bittorrent.metainfo.InfoHash;
import org.swarmsim.net.Message;

/**
 * A tracker's scrape answer (BEP 48): for each torrent, seeders, completed downloads and leechers.
 * {@link #wireSize()} is the exact size of the HTTP response.
 *
 * @param files statistics per torrent, ordered by info-hash
 */
public record ScrapeResponse(SortedMap<InfoHash, Stats> files) implements Message {
    public ScrapeResponse {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    /** A response holding {@code files}. */
    public static ScrapeResponse of(Map<InfoHash, Stats> files) {
        return new ScrapeResponse(new TreeMap<>(files));
    }

    /**
     * One torrent's numbers.
     *
     * @param complete   seeders
     * @param downloaded completed downloads ever reported
     * @param incomplete leechers
     */
    public record Stats(int complete, int downloaded, int incomplete) {
        public Stats {
            if (complete < 0 || downloaded < 0 || incomplete < 0) {
                throw new IllegalArgumentException("scrape counts must be >= 0");
            }
        }
    }

    /** Exact bytes of the HTTP response. */
    @Override
    public int wireSize() {
        return TrackerHttpCodec.httpResponseLength(TrackerHttpCodec.scrapeBodyLength(this));
    }
}
