/**
 * The plug-in seam of the BitTorrent client, after libtorrent's {@code extensions.hpp}: a
 * protocol extension (PEX, metadata exchange, ...) is an {@link org.swarmsim.bittorrent.extension.Extension}
 * registered by name; it gives every peer a {@link org.swarmsim.bittorrent.extension.TorrentPlugin}
 * (libtorrent's {@code torrent_plugin}), which gives each of the peer's connections a
 * {@link org.swarmsim.bittorrent.extension.ConnectionPlugin} ({@code peer_plugin}). Plug-ins see
 * the peer only through two small handles, {@link org.swarmsim.bittorrent.extension.TorrentHandle}
 * and {@link org.swarmsim.bittorrent.extension.ConnectionHandle}, never the peer's state or the
 * swarm.
 *
 * <p>The peer runs BEP 10 for its plug-ins: it sets the extension-protocol bit of its handshake
 * when it has at least one extension, sends its extension handshake (each extension under its
 * local id, 1..n in registration order) right after the handshake when both sides set the bit,
 * hands each plug-in the messages sent under its id, and ignores extended messages under ids it
 * did not announce. Every hook runs inside a simulation event, in event order.
 */
package org.swarmsim.bittorrent.extension;
