/**
 * Peer exchange (BEP 11, {@code ut_pex}) as a plug-in of the
 * {@link org.swarmsim.bittorrent.extension extension seam}: every peer tells each connected remote
 * that speaks {@code ut_pex}, at most once per {@link org.swarmsim.bittorrent.pex.PexConfig#intervalNanos()
 * interval}, which peers it got connected to ({@code added}, with flags) and which of those it lost
 * since ({@code dropped}); what a peer hears becomes connection candidates of source {@code ut_pex}.
 *
 * <ul>
 *   <li>{@link org.swarmsim.bittorrent.pex.PexMessage}: the bencoded message and its codec;</li>
 *   <li>{@link org.swarmsim.bittorrent.pex.PexConfig}: interval, limits and receiver rules, with the
 *       presets {@code bep11()} and {@code libtorrent()};</li>
 *   <li>{@link org.swarmsim.bittorrent.pex.PexExtension}: the extension to give a swarm's peers;</li>
 *   <li>{@link org.swarmsim.bittorrent.pex.PexStats}: the counters all peers of a swarm share.</li>
 * </ul>
 *
 * <p>A private torrent (BEP 27) does not use PEX: a scenario simply does not install the extension
 * for it.
 */
package org.swarmsim.bittorrent.pex;
