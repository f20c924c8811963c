package org.swarmsim.bittorrent.extension;

import java.util.function.Function;

/**
 * A BitTorrent protocol extension, registered by its BEP 10 name: it creates each peer's
 * {@link TorrentPlugin}. Extensions are given to a swarm's peers in a list
 * ({@code Swarm.Builder.extensions}); the position in that list is the extension's local extended
 * id minus one.
 */
public interface Extension {
    /** The name in the BEP 10 {@code m} dictionary, e.g. {@code ut_pex} or {@code ut_metadata}. */
    String name();

    /** The extension's state for one peer; called once, when the peer is created (before it joins). */
    TorrentPlugin create(TorrentHandle torrent);

    /** An extension of this name whose plug-ins {@code factory} creates. */
    static Extension of(String name, Function<TorrentHandle, TorrentPlugin> factory) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("an extension needs a name");
        }
        return new Extension() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public TorrentPlugin create(TorrentHandle torrent) {
                return factory.apply(torrent);
            }

            @Override
            public String toString() {
                return "Extension[" + name + "]";
            }
        };
    }
}
