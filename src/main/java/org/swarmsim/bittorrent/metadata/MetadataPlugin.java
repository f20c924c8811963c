package org.swarmsim.bittorrent.metadata;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.TreeSet;
import org.swarmsim.bittorrent.extension.ConnectionHandle;
import org.swarmsim.bittorrent.extension.ConnectionPlugin;
import org.swarmsim.bittorrent.extension.TorrentHandle;
import org.swarmsim.bittorrent.extension.TorrentPlugin;
import org.swarmsim.bittorrent.metainfo.BencodeReader;
import org.swarmsim.bittorrent.metainfo.Torrent;
import org.swarmsim.bittorrent.wire.ExtensionHandshake;
import org.swarmsim.bittorrent.wire.ExtensionPayload;
import org.swarmsim.bittorrent.wire.RawExtensionPayload;

/**
 * One peer's {@code ut_metadata} state: it serves the metadata once it has it, and fetches it
 * while it does not. A fetch is one attempt at a time: the metadata size of the first remote that
 * announced one, a slot per piece (received bytes, who supplied them, the connection it is asked
 * of), and the remotes (by node id) not to ask: those that supplied a set that failed the check,
 * unless nobody else has the metadata, and those that supplied one alone.
 */
final class MetadataPlugin implements TorrentPlugin {
    /** Requests out at once on one connection. */
    static final int MAX_OUTSTANDING = 2;
    private static final byte[] INFO_PREFIX = "d4:info".getBytes(StandardCharsets.US_ASCII);

    private final TorrentHandle torrent;
    private final MetadataExtension extension;
    private final MetadataStats stats;
    private final int ordinal;
    /** Open connections, in the order they were made. */
    private final List<OnConnection> connections = new ArrayList<>();
    /** Remotes that supplied pieces of a failed attempt; lookups only. */
    private final TreeSet<Integer> excluded = new TreeSet<>();
    /** Remotes that alone supplied a failed attempt: never asked again. */
    private final TreeSet<Integer> convicted = new TreeSet<>();

    // The current attempt; size 0: none.
    private int size;
    private byte[][] pieces;
    private int[] supplier;
    private OnConnection[] askedOf;
    private int received;

    MetadataPlugin(TorrentHandle torrent, MetadataExtension extension, int ordinal) {
        this.torrent = torrent;
        this.extension = extension;
        this.stats = extension.stats();
        this.ordinal = ordinal;
    }

    @Override
    public ConnectionPlugin newConnection(ConnectionHandle connection) {
        if (!torrent.hasMetadata()) {
            stats.started(ordinal, torrent.nowNanos());
        }
        OnConnection c = new OnConnection(connection);
        connections.add(c);
        return c;
    }

    @Override
    public void onMetadata() {
        endAttempt();
    }

    /** Asks the remotes that have the metadata for the pieces nobody is asked for, spread over them. */
    private void fill() {
        if (torrent.hasMetadata()) {
            return;
        }
        if (size == 0 && !startAttempt()) {
            return;
        }
        List<OnConnection> ask = new ArrayList<>();
        for (OnConnection c : connections) {
            if (c.remoteSize == size && !convicted.contains(c.node()) && !excluded.contains(c.node())) {
                ask.add(c);
            }
        }
        if (ask.isEmpty()) {
            for (OnConnection c : connections) {
                if (c.remoteSize == size && !convicted.contains(c.node())) {
                    ask.add(c);   // nobody else has it: one suspect at a time
                    break;
                }
            }
        }
        boolean asked = true;
        while (asked) {
            asked = false;
            for (OnConnection c : ask) {
                if (c.outstanding.size() < MAX_OUTSTANDING) {
                    int piece = nextPiece(c);
                    if (piece >= 0 && c.send(MetadataMessage.request(piece))) {
                        c.outstanding.add(piece);
                        askedOf[piece] = c;
                        asked = true;
                    }
                }
            }
        }
    }

    /** Starts an attempt of the size the first remote that has the metadata announced; false if none did. */
    private boolean startAttempt() {
        int chosen = 0;
        for (OnConnection c : connections) {
            if (c.remoteSize > 0 && !convicted.contains(c.node())) {
                if (!excluded.contains(c.node())) {
                    chosen = c.remoteSize;
                    break;
                }
                if (chosen == 0) {
                    chosen = c.remoteSize;
                }
            }
        }
        if (chosen == 0) {
            return false;
        }
        size = chosen;
        int n = MetadataMessage.pieceCount(size);
        pieces = new byte[n][];
        supplier = new int[n];
        askedOf = new OnConnection[n];
        received = 0;
        return true;
    }

    private void endAttempt() {
        size = 0;
        pieces = null;
        supplier = null;
        askedOf = null;
        received = 0;
        for (OnConnection c : connections) {
            c.outstanding.clear();
        }
    }

    /** The first piece not received, not asked of anyone, and not rejected by {@code c}; -1 if none. */
    private int nextPiece(OnConnection c) {
        for (int i = 0; i < pieces.length; i++) {
            if (pieces[i] == null && askedOf[i] == null && !c.rejected.get(i)) {
                return i;
            }
        }
        return -1;
    }

    private void onData(OnConnection c, MetadataMessage m) {
        if (torrent.hasMetadata() || size == 0 || !c.outstanding.remove(Integer.valueOf(m.piece()))) {
            return;   // unasked for, or of an attempt that ended
        }
        askedOf[m.piece()] = null;
        if (m.totalSize() != size) {
            c.rejected.set(m.piece());   // metadata of another size: not the one we fetch
            fill();
            return;
        }
        pieces[m.piece()] = m.data();
        supplier[m.piece()] = c.node();
        received++;
        if (received == pieces.length) {
            verify();
        } else {
            fill();
        }
    }

    private void onReject(OnConnection c, int piece) {
        if (size != 0 && c.outstanding.remove(Integer.valueOf(piece))) {
            askedOf[piece] = null;
            c.rejected.set(piece);
            fill();
        }
    }

    private void onClosed(OnConnection c) {
        connections.remove(c);
        if (size != 0) {
            for (int piece : c.outstanding) {
                askedOf[piece] = null;
            }
        }
        c.outstanding.clear();
        fill();
    }

    /** Every piece is in: the whole must hash to the info-hash. */
    private void verify() {
        byte[] all = new byte[size];
        for (int i = 0; i < pieces.length; i++) {
            System.arraycopy(pieces[i], 0, all, i * MetadataMessage.PIECE_BYTES, pieces[i].length);
        }
        if (matchesInfoHash(all, torrent.infoHash().bytes())) {
            Torrent parsed = parseInfo(all);
            stats.verified(ordinal, torrent.nowNanos());
            endAttempt();
            torrent.metadataReceived(extension.layoutOf(parsed));
            return;
        }
        stats.verificationFailed();
        TreeSet<Integer> suppliers = new TreeSet<>();
        for (int s : supplier) {
            suppliers.add(s);
        }
        if (suppliers.size() == 1) {
            convicted.addAll(suppliers);
        } else {
            excluded.addAll(suppliers);
        }
        endAttempt();
        fill();
    }

    /** The torrent of an info dictionary (whose hash is the info-hash: it parses unless the torrent is broken). */
    private static Torrent parseInfo(byte[] info) {
        byte[] file = new byte[7 + info.length + 1];
        System.arraycopy(INFO_PREFIX, 0, file, 0, 7);
        System.arraycopy(info, 0, file, 7, info.length);
        file[file.length - 1] = 'e';
        return Torrent.parseFetchedInfo(file, BencodeReader.strict().allowingUnsortedKeys());
    }

    /**
     * Whether {@code info} hashes to the 20-byte info-hash on the wire: its SHA-1 (v1 and hybrid
     * torrents) or its SHA-256 truncated to 20 bytes (v2-only torrents, BEP 52).
     */
    static boolean matchesInfoHash(byte[] info, byte[] wireHash) {
        if (Arrays.equals(digest("SHA-1", info), wireHash)) {
            return true;
        }
        return Arrays.equals(Arrays.copyOf(digest("SHA-256", info), wireHash.length), wireHash);
    }

    private static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is required by every Java platform", e);
        }
    }

    /** Serves a request: the piece, corrupt if this is a corrupter's instance, or a reject. */
    private MetadataMessage answer(int piece) {
        byte[] info = extension.infoBytes();
        if (!torrent.hasMetadata() || piece >= MetadataMessage.pieceCount(info.length)) {
            return MetadataMessage.reject(piece);
        }
        int from = piece * MetadataMessage.PIECE_BYTES;
        byte[] bytes = Arrays.copyOfRange(info, from, from + MetadataMessage.pieceSize(piece, info.length));
        if (extension.corrupt()) {
            bytes[0] ^= (byte) 0xff;
        }
        return MetadataMessage.data(piece, info.length, bytes);
    }

    /** The plug-in on one connection. */
    private final class OnConnection implements ConnectionPlugin {
        private final ConnectionHandle connection;
        /** The remote's {@code metadata_size}; 0 if it announced none (or a bad one). */
        private int remoteSize;
        private final List<Integer> outstanding = new ArrayList<>(MAX_OUTSTANDING);
        /** Pieces the remote rejected (or answered with another size). */
        private final BitSet rejected = new BitSet();

        OnConnection(ConnectionHandle connection) {
            this.connection = connection;
        }

        int node() {
            return connection.remote().nodeId();
        }

        boolean send(MetadataMessage m) {
            if (!connection.send(m)) {
                return false;
            }
            stats.sent(m);
            return true;
        }

        @Override
        public void addHandshakeEntries(ExtensionHandshake.Builder handshake) {
            if (torrent.hasMetadata()) {
                handshake.metadataSize(extension.infoBytes().length);
            }
        }

        @Override
        public void onExtensionHandshake(ExtensionHandshake remote) {
            if (!remote.supports(MetadataExtension.NAME)) {
                remoteSize = 0;
                return;
            }
            if (remote.metadataSizeBytes().isEmpty()) {
                return;
            }
            long announced = remote.metadataSizeBytes().getAsLong();
            if (announced <= 0 || announced > MetadataExtension.MAX_METADATA_BYTES) {
                stats.handshakeIgnored();
                return;
            }
            remoteSize = (int) announced;
            fill();
        }

        @Override
        public void onMessage(ExtensionPayload payload) {
            MetadataMessage m;
            if (payload instanceof MetadataMessage mm) {
                m = mm;
            } else if (payload instanceof RawExtensionPayload raw) {
                try {
                    m = MetadataMessage.decode(raw.bytes());
                } catch (IllegalArgumentException e) {
                    return;   // malformed: ignored, as libtorrent does
                }
            } else {
                return;
            }
            switch (m.type()) {
                case REQUEST -> send(answer(m.piece()));
                case DATA -> onData(this, m);
                case REJECT -> onReject(this, m.piece());
            }
        }

        @Override
        public void onClosed(String reason) {
            MetadataPlugin.this.onClosed(this);
        }

        @Override
        public String toString() {
            return connection + " (metadata_size " + remoteSize + ", asked " + outstanding + ")";
        }
    }
}
