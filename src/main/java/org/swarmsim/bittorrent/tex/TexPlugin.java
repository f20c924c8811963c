package org.swarmsim.bittorrent.tex;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.swarmsim.bittorrent.extension.ConnectionHandle;
import org.swarmsim.bittorrent.extension.ConnectionPlugin;
import org.swarmsim.bittorrent.extension.TorrentHandle;
import org.swarmsim.bittorrent.extension.TorrentPlugin;
import org.swarmsim.bittorrent.metainfo.BencodeBytes;
import org.swarmsim.bittorrent.wire.ExtensionHandshake;
import org.swarmsim.bittorrent.wire.ExtensionPayload;
import org.swarmsim.bittorrent.wire.RawExtensionPayload;

/**
 * One peer's tracker exchange state (see {@link TexExtension}): the torrent's trackers (the
 * announce-list when the plug-in was created), its open connections in the order they opened, and
 * per connection the trackers the remote knows as far as we can tell (told it, heard from it, or
 * covered by a matching {@code tr}). Messages list trackers in announce-list order.
 */
final class TexPlugin implements TorrentPlugin {
    /** The extension handshake entry holding the tracker-list hash. */
    static final String TR = "tr";

    private final TorrentHandle torrent;
    private final TexConfig config;
    private final TexStats stats;
    /** The torrent's trackers: sendable whether or not they worked (lookups only). */
    private final Set<String> original;
    private final List<Connection> open = new ArrayList<>();

    TexPlugin(TorrentHandle torrent, TexConfig config, TexStats stats) {
        this.torrent = torrent;
        this.config = config;
        this.stats = stats;
        this.original = new HashSet<>(torrent.trackers());
    }

    /** The trackers we would send: the torrent's and the working ones, in announce-list order. */
    List<String> sendable() {
        Set<String> working = torrent.workingTrackers();
        List<String> out = new ArrayList<>();
        for (String url : torrent.trackers()) {
            if (original.contains(url) || working.contains(url)) {
                out.add(url);
            }
        }
        return out;
    }

    /** The {@code tr} entry: SHA-1 of the sendable URLs, sorted by their UTF-8 bytes, concatenated. */
    byte[] listHash() {
        return listHash(sendable());
    }

    /** SHA-1 of {@code urls} sorted by their UTF-8 bytes and concatenated (libtorrent's {@code list_hash}). */
    static byte[] listHash(List<String> urls) {
        List<String> sorted = new ArrayList<>(urls);
        sorted.sort(ExtensionHandshake.BENCODE_ORDER);
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-1 in this JVM", e);
        }
        for (String url : sorted) {
            sha1.update(url.getBytes(StandardCharsets.UTF_8));
        }
        return sha1.digest();
    }

    @Override
    public ConnectionPlugin newConnection(ConnectionHandle connection) {
        Connection c = new Connection(connection);
        open.add(c);
        return c;
    }

    @Override
    public void tick() {
        long now = torrent.nowNanos();
        List<String> sendable = null;   // computed once per tick, if some remote is due
        for (Connection c : open.toArray(new Connection[0])) {
            if (!c.handle.isClosed() && c.handle.remoteSupports(TexExtension.NAME) && c.due(now)) {
                if (sendable == null) {
                    sendable = sendable();
                }
                c.sendNews(sendable, now);
            }
        }
    }

    /** One connection's tracker exchange state. */
    private final class Connection implements ConnectionPlugin {
        private final ConnectionHandle handle;
        /** Trackers the remote knows as far as we can tell: told it, heard from it, or its tr matched. */
        private final Set<String> known = new LinkedHashSet<>();
        private boolean sentAny;
        private long lastSentNanos;

        Connection(ConnectionHandle handle) {
            this.handle = handle;
        }

        boolean due(long now) {
            return !sentAny || now - lastSentNanos >= config.intervalNanos();
        }

        void sendNews(List<String> sendable, long now) {
            List<String> news = new ArrayList<>();
            for (String url : sendable) {
                if (news.size() >= config.maxUrlsPerMessage()) {
                    break;
                }
                if (!known.contains(url)) {
                    news.add(url);
                }
            }
            if (news.isEmpty()) {
                return;   // no news: no message (the interval does not restart)
            }
            TexMessage m = new TexMessage(news);
            if (handle.send(m)) {
                known.addAll(news);
                sentAny = true;
                lastSentNanos = now;
                stats.sent(m);
            }
        }

        @Override
        public void addHandshakeEntries(ExtensionHandshake.Builder handshake) {
            handshake.entry(TR, BencodeBytes.of(listHash()));
        }

        @Override
        public void onExtensionHandshake(ExtensionHandshake remote) {
            Optional<BencodeBytes> tr;
            try {
                tr = remote.otherEntries().optional(TR, BencodeBytes.class);
            } catch (IllegalArgumentException e) {
                return;   // a tr that is not a byte string says nothing
            }
            if (tr.isPresent() && tr.get().length() == 20) {
                List<String> sendable = sendable();
                if (java.util.Arrays.equals(tr.get().bytes(), listHash(sendable))) {
                    known.addAll(sendable);   // the same list: libtorrent skips the full one
                }
            }
        }

        @Override
        public void onMessage(ExtensionPayload payload) {
            stats.received();
            TexMessage m;
            try {
                m = payload instanceof TexMessage t ? t : TexMessage.decode(((RawExtensionPayload) payload).bytes());
            } catch (IllegalArgumentException | ClassCastException e) {
                stats.malformed();
                return;
            }
            List<String> urls = m.added();
            if (urls.size() > config.maxUrlsPerMessage()) {
                stats.ignored(urls.size() - config.maxUrlsPerMessage());
                urls = urls.subList(0, config.maxUrlsPerMessage());
            }
            stats.urlsReceived(urls.size());
            for (String url : urls) {
                known.add(url);
                if (!org.swarmsim.bittorrent.tracker.TrackerHttpCodec.isAnnounceUrl(url)) {
                    stats.unusable();
                } else if (torrent.addTracker(url)) {
                    stats.trackerAdded();
                }
            }
        }

        @Override
        public void onClosed(String reason) {
            open.remove(this);
        }
    }
}
