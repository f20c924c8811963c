/**
 * BEP 9 metadata exchange ({@code ut_metadata}) as a plug-in of the BitTorrent client's extension
 * seam ({@link org.swarmsim.bittorrent.extension}): lets a peer started from a magnet link
 * (knowing only the info-hash) fetch the info dictionary in 16 KiB pieces from peers that have
 * it, check it against the info-hash and learn the piece layout.
 * {@link org.swarmsim.bittorrent.metadata.MetadataMessage} is the wire message,
 * {@link org.swarmsim.bittorrent.metadata.MetadataExtension} the extension (one instance per
 * behaviour, honest or corrupt), {@link org.swarmsim.bittorrent.metadata.MetadataStats} the
 * swarm's counters.
 */
package org.swarmsim.bittorrent.metadata;
