package org.swarmsim.bittorrent.pex;

import org.swarmsim.bittorrent.extension.Extension;
import org.swarmsim.bittorrent.extension.TorrentHandle;
import org.swarmsim.bittorrent.extension.TorrentPlugin;

/**
 * Peer exchange, BEP 11's {@code ut_pex}, as an {@link Extension}: give one to a swarm's peers
 * ({@code Swarm.Builder.extensions(List.of(new PexExtension(PexConfig.bep11(), stats)))}) and they
 * tell each other whom they are connected to.
 *
 * <p>Each peer's plug-in knows the peers it is connected to (every connection that passed its
 * BitTorrent handshake, until it closes) and, for each connection, which of them it has told that
 * remote. At the choke round's {@code tick}, each remote that announced {@code ut_pex} and has not
 * had a message within the {@linkplain PexConfig#intervalNanos() interval} gets one, if there is
 * news: {@code added} = connected now and not told yet (never the remote itself), {@code dropped} =
 * told before and no longer connected; a message with neither is not sent. The flags say
 * {@link PexMessage#FLAG_REACHABLE reachable} when our peer opened the connection to the added
 * peer and {@link PexMessage#FLAG_SEED seed} when that peer has every piece. What a remote sends
 * becomes connection candidates of source {@value #NAME}, after the receiver rules of the
 * {@link PexConfig}.
 *
 * <p>A private torrent (BEP 27) does not use PEX: a scenario simply does not install the
 * extension for it.
 */
public final class PexExtension implements Extension {
    /** The BEP 10 name. */
    public static final String NAME = "ut_pex";

    private final PexConfig config;
    private final PexStats stats;

    /** PEX under {@code config}, counting into {@code stats} (one per swarm: all its peers share it). */
    public PexExtension(PexConfig config, PexStats stats) {
        if (config == null || stats == null) {
            throw new IllegalArgumentException("PEX needs a configuration and a stats object");
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
        return new PexPlugin(torrent, config, stats);
    }

    /** The configuration. */
    public PexConfig config() {
        return config;
    }

    /** The counters. */
    public PexStats stats() {
        return stats;
    }

    @Override
    public String toString() {
        return "PexExtension[" + config + "]";
    }
}
