package org.swarmsim.bittorrent.tex;

import org.swarmsim.bittorrent.extension.Extension;
import org.swarmsim.bittorrent.extension.TorrentHandle;
import org.swarmsim.bittorrent.extension.TorrentPlugin;

/**
 * Tracker exchange, BEP 28's {@code lt_tex} as libtorrent's {@code lt_trackers.cpp} does it, as an
 * {@link Extension}: give one to a swarm's peers
 * ({@code Swarm.Builder.extensions(List.of(new TexExtension(TexConfig.defaults(), stats)))}) and
 * they tell each other the trackers they know.
 *
 * <p>A peer sends only trackers it can vouch for: those of its announce-list when its plug-in was
 * created (the torrent's trackers) and those whose last announce was answered
 * ({@link TorrentHandle#workingTrackers()}); a tracker learned from another peer is passed on only
 * once it worked. Its extension handshake carries {@code tr}, the SHA-1 of those URLs sorted (by
 * their UTF-8 bytes) and concatenated.
 *
 * <p>At the choke round's {@code tick}, each remote that announced {@code lt_tex} and has not had a
 * message within the {@linkplain TexConfig#intervalNanos() interval} gets one, if there is news:
 * the first message lists every sendable tracker, unless the remote's {@code tr} equalled ours
 * when its handshake arrived (then it knows them all); later ones list the trackers that became
 * sendable since. A tracker the remote itself sent us is not sent back to it (libtorrent would).
 * A message with nothing in it is not sent, and at most {@link TexConfig#maxUrlsPerMessage()} URLs
 * go in one; the rest wait for the next. Received URLs (up to the cap; the rest are ignored and
 * counted) join the receiver's announce-list through {@link TorrentHandle#addTracker}, except
 * those the simulated tracker client cannot announce to (anything but http:// or https:// with a
 * host), which are counted as {@linkplain TexStats#unusableUrls() unusable}; a malformed message
 * is ignored and counted, the connection stays open.
 *
 * <p>A private torrent (BEP 27) does not use tracker exchange (its trackers are its own business):
 * a scenario simply does not install the extension for it.
 */
public final class TexExtension implements Extension {
    /** The BEP 10 name. */
    public static final String NAME = "lt_tex";

    private final TexConfig config;
    private final TexStats stats;

    /** Tracker exchange under {@code config}, counting into {@code stats} (one per swarm: all its peers share it). */
    public TexExtension(TexConfig config, TexStats stats) {
        if (config == null || stats == null) {
            throw new IllegalArgumentException("lt_tex needs a configuration and a stats object");
        }
        this.config = config;
        this.stats = stats;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public TorrentPlugin create(TorrentHandle torrent) {
        return new TexPlugin(torrent, config, stats);
    }

    /** The configuration. */
    public TexConfig config() {
        return config;
    }

    /** The counters. */
    public TexStats stats() {
        return stats;
    }

    @Override
    public String toString() {
        return "TexExtension[" + config + "]";
    }
}
