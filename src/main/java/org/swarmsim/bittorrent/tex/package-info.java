/**
 * Tracker exchange (BEP 28, {@code lt_tex}) as a plug-in of the
 * {@link org.swarmsim.bittorrent.extension extension seam}, after libtorrent's
 * {@code lt_trackers.cpp}: peers tell each other, at most once per
 * {@link org.swarmsim.bittorrent.tex.TexConfig#intervalNanos() interval} and connection, the
 * trackers of their announce-list that came with the torrent or have answered an announce; what a
 * peer hears joins its announce-list (BEP 12) as tiers of their own.
 *
 * <ul>
 *   <li>{@link org.swarmsim.bittorrent.tex.TexMessage}: the bencoded message and its codec;</li>
 *   <li>{@link org.swarmsim.bittorrent.tex.TexConfig}: interval and cap on URLs per message;</li>
 *   <li>{@link org.swarmsim.bittorrent.tex.TexExtension}: the extension to give a swarm's peers;</li>
 *   <li>{@link org.swarmsim.bittorrent.tex.TexStats}: the counters all peers of a swarm share.</li>
 * </ul>
 *
 * <p>A private torrent (BEP 27) does not use tracker exchange: a scenario simply does not install
 * the extension for it.
 */
package org.swarmsim.bittorrent.tex;
