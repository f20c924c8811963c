package org.swarmsim.bittorrent.metainfo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * A BitTorrent metainfo file (BEP 3, with BEP 12 announce-list and BEP 27 private flag):
 * trackers, the info dictionary's name, files, piece length and piece hashes, and the
 * {@link #infoHash()} = SHA-1 of the info dictionary exactly as it appears in the file.
 *
 * <p>BEP 52 v2 torrents ({@code meta version} 2, a {@code file tree} with each file's
 * {@code pieces root}, and {@code piece layers} beside the info dictionary) and hybrid torrents
 * (both, with pad files aligning the v1 pieces to files) are read too: see {@link #version()},
 * {@link #infoHashV2()}, {@link TorrentFile#piecesRoot()} and {@link #pieceLayer(TorrentFile)}.
 * A v2-only torrent has no SHA-1 info-hash or piece hashes; its pieces are the pieces of each file
 * in turn, every file starting on a piece boundary.
 *
 * <p>Immutable. Read one with {@link #parse(byte[])} or {@link #read(Path)}; make one from files on
 * disk with {@link TorrentCreator}, or for a simulation with {@link #synthetic(String, long, int)}.
 */
public final class Torrent {
    /** Length of one SHA-1 piece hash. */
    public static final int PIECE_HASH_BYTES = 20;

    private final byte[] encoded;
    private final String announce;
    private final List<List<String>> announceList;
    private final String name;
    private final int pieceLengthBytes;
    private final byte[] pieceHashes;
    private final List<TorrentFile> files;
    private final boolean singleFile;
    private final boolean privateFlag;
    private final Long creationDateSeconds;
    private final String comment;
    private final String createdBy;
    private final long totalBytes;
    private final int pieceCount;
    private final InfoHash infoHash;
    private final InfoHash infoHashV1;
    private final InfoHashV2 infoHashV2;
    private final MetaVersion version;
    private final TreeMap<PiecesRoot, byte[]> pieceLayers;
    /** v2-only: index of each file's first piece; null otherwise. */
    private final int[] firstPieces;
    private final int infoStart;
    private final int infoEnd;

    private Torrent(byte[] encoded, BencodeDictionary root, boolean layersOptional) {
        this.encoded = encoded;
        BencodeDictionary info = root.requireDictionary("info");
        this.infoStart = info.sourceStart();
        this.infoEnd = info.sourceEnd();
        this.announce = root.optional("announce", BencodeBytes.class).map(BencodeBytes::asString)
                .orElse(null);
        this.announceList = parseAnnounceList(root);
        this.comment = root.optional("comment", BencodeBytes.class).map(BencodeBytes::asString)
                .orElse(null);
        this.createdBy = root.optional("created by", BencodeBytes.class).map(BencodeBytes::asString)
                .orElse(null);
        this.creationDateSeconds = root.optional("creation date", BencodeInteger.class)
                .map(BencodeInteger::value).orElse(null);

        int at = info.sourceStart();
        this.name = info.requireString("name");
        checkPathComponent(name, "info.name", at);
        long pieceLength = info.requireInteger("piece length");
        if (pieceLength <= 0 || pieceLength > (1 << 30)) {
            throw bad("info.piece length must be between 1 and 2^30 bytes, got " + pieceLength, at);
        }
        this.pieceLengthBytes = (int) pieceLength;
        Optional<BencodeInteger> metaVersion = info.optional("meta version", BencodeInteger.class);
        if (metaVersion.isPresent() && metaVersion.get().value() != 2) {
            throw bad("info.meta version must be 2 (BEP 52), got " + metaVersion.get().value()
                    + "; leave it out for a v1 torrent", at);
        }
        boolean v2 = metaVersion.isPresent();
        this.version = !v2 ? MetaVersion.V1 : info.containsKey("pieces") ? MetaVersion.HYBRID : MetaVersion.V2;
        this.infoHashV2 = v2 ? InfoHashV2.of(sha256(encoded, infoStart, infoEnd)) : null;
        this.infoHashV1 = version.hasV1() ? InfoHash.of(sha1(encoded, infoStart, infoEnd)) : null;
        this.infoHash = infoHashV1 != null ? infoHashV1 : infoHashV2.truncated();
        this.pieceHashes = version.hasV1() ? info.requireBytes("pieces").bytes() : null;
        if (pieceHashes != null && pieceHashes.length % PIECE_HASH_BYTES != 0) {
            throw bad("info.pieces is " + pieceHashes.length
                    + " bytes long, which is not a multiple of 20 (one SHA-1 hash per piece)", at);
        }
        this.privateFlag = info.optional("private", BencodeInteger.class)
                .map(v -> v.value() == 1).orElse(false);
        if (v2 && (pieceLength < MerkleTree.BLOCK_BYTES || Long.bitCount(pieceLength) != 1)) {
            throw bad("info.piece length of a v2 torrent must be a power of two >= 16384 bytes, got "
                    + pieceLength, at);
        }

        List<FileTree.Entry> tree = v2 ? FileTree.parse(info) : List.of();
        if (version.hasV1()) {
            boolean hasLength = info.containsKey("length");
            boolean hasFiles = info.containsKey("files");
            if (hasLength == hasFiles) {
                throw bad("the info dictionary must have exactly one of 'length' (single file) and "
                        + "'files' (multi-file)", at);
            }
            this.singleFile = hasLength;
            List<TorrentFile> v1Files = singleFile ? singleFileList(info, name, at) : parseFiles(info, at);
            TorrentFile last = v1Files.get(v1Files.size() - 1);
            this.totalBytes = last.offsetBytes() + last.lengthBytes();
            long expectedPieces = (totalBytes + pieceLengthBytes - 1) / pieceLengthBytes;
            this.pieceCount = pieceHashes.length / PIECE_HASH_BYTES;
            if (pieceCount != expectedPieces) {
                throw bad("info.pieces holds " + pieceCount + " hashes but " + totalBytes
                        + " bytes in pieces of " + pieceLengthBytes + " bytes need " + expectedPieces, at);
            }
            this.files = v2 ? FileTree.attachRoots(v1Files, tree, pieceLengthBytes, at) : v1Files;
            this.firstPieces = null;
        } else {
            this.singleFile = tree.size() == 1 && tree.get(0).path().size() == 1;
            List<TorrentFile> v2Files = new ArrayList<>(tree.size());
            this.firstPieces = new int[tree.size()];
            long offset = 0;
            long pieces = 0;
            long total = 0;
            for (int i = 0; i < tree.size(); i++) {
                FileTree.Entry e = tree.get(i);
                long filePieces = FileTree.pieces(e.length(), pieceLengthBytes);
                if (filePieces > Integer.MAX_VALUE - pieces || offset > Long.MAX_VALUE - filePieces * pieceLength) {
                    throw bad("the files of info.file tree are too long: more than 2^31 pieces or 2^63 bytes", at);
                }
                v2Files.add(new TorrentFile(e.path(), e.length(), offset, false, e.root()));
                firstPieces[i] = (int) pieces;
                pieces += filePieces;
                offset += filePieces * pieceLength;
                total += e.length();
            }
            this.files = List.copyOf(v2Files);
            this.pieceCount = (int) pieces;
            this.totalBytes = total;
        }
        this.pieceLayers = !v2 ? new TreeMap<>() : layersOptional && !root.containsKey("piece layers")
                ? new TreeMap<>() : FileTree.pieceLayers(root, tree, pieceLengthBytes);
    }

    private static BencodeException bad(String problem, int offset) {
        return new BencodeException(problem, offset);
    }

    /** Parses the bytes of a .torrent file; a {@link BencodeException} says what is wrong and where. */
    public static Torrent parse(byte[] bytes) {
        return parse(bytes, BencodeReader.strict());
    }

    /**
     * Parses a .torrent file with the given reader, e.g. {@code BencodeReader.strict()
     * .allowingUnsortedKeys()} for files from writers that do not sort keys; the info-hash is
     * still the hash of the info dictionary's bytes as they appear in the file.
     */
    public static Torrent parse(byte[] bytes, BencodeReader reader) {
        BencodeDictionary root = reader.readDictionary(bytes);
        return new Torrent(bytes.clone(), root, false);
    }

    /**
     * The torrent of an info dictionary fetched from peers (BEP 9), wrapped as {@code d4:info...e}:
     * like {@link #parse(byte[], BencodeReader)}, but a v2 or hybrid torrent may lack its
     * {@code piece layers} (they are outside the info dictionary; such a peer asks for them with
     * BEP 52 hash requests), and then {@link #pieceLayer} gives no bytes.
     */
    public static Torrent parseFetchedInfo(byte[] bytes, BencodeReader reader) {
        BencodeDictionary root = reader.readDictionary(bytes);
        return new Torrent(bytes.clone(), root, true);
    }

    /** Reads and parses a .torrent file. */
    public static Torrent read(Path file) throws IOException {
        return parse(Files.readAllBytes(file));
    }

    /**
     * A torrent for simulations: one file of {@code totalBytes} in pieces of
     * {@code pieceLengthBytes}, whose piece hashes are SHA-1 of a deterministic seed per piece
     * (no content is materialized). Cheap for 10^5 pieces.
     */
    public static Torrent synthetic(String name, long totalBytes, int pieceLengthBytes) {
        return TorrentCreator.synthetic(name, totalBytes, pieceLengthBytes, List.of(), false);
    }

    /** As {@link #synthetic(String, long, int)}, announcing to the given tracker URLs. */
    public static Torrent synthetic(String name, long totalBytes, int pieceLengthBytes,
                                    List<String> announceUrls) {
        return TorrentCreator.synthetic(name, totalBytes, pieceLengthBytes, announceUrls, false);
    }

    /**
     * As {@link #synthetic(String, long, int, List)}, with BEP 27's {@code private} flag in the info
     * dictionary when {@code privateFlag} (which changes the info-hash, as in real metainfo).
     */
    public static Torrent synthetic(String name, long totalBytes, int pieceLengthBytes,
                                    List<String> announceUrls, boolean privateFlag) {
        return TorrentCreator.synthetic(name, totalBytes, pieceLengthBytes, announceUrls, privateFlag);
    }

    /**
     * A v2 ({@code hybrid} false) or hybrid torrent for simulations: one file of {@code totalBytes},
     * synthetic piece layer and pieces root (BEP 52), and for a hybrid the synthetic v1 pieces too.
     * {@code pieceLengthBytes} must be a power of two of at least 16 KiB.
     */
    public static Torrent syntheticV2(String name, long totalBytes, int pieceLengthBytes, List<String> announceUrls,
                                      boolean privateFlag, boolean hybrid) {
        return SyntheticV2.of(name, totalBytes, pieceLengthBytes, announceUrls, privateFlag, hybrid);
    }

    private static List<List<String>> parseAnnounceList(BencodeDictionary root) {
        Optional<BencodeList> tiers = root.optional("announce-list", BencodeList.class);
        if (tiers.isEmpty()) {
            return List.of();
        }
        List<List<String>> out = new ArrayList<>();
        for (BencodeValue tier : tiers.get().values()) {
            if (!(tier instanceof BencodeList urls)) {
                throw bad("announce-list must be a list of lists of URLs, found a " + tier.kind(), -1);
            }
            List<String> t = new ArrayList<>();
            for (BencodeValue url : urls.values()) {
                if (!(url instanceof BencodeBytes b)) {
                    throw bad("announce-list URLs must be byte strings, found a " + url.kind(), -1);
                }
                t.add(b.asString());
            }
            out.add(List.copyOf(t));
        }
        return List.copyOf(out);
    }

    private static List<TorrentFile> singleFileList(BencodeDictionary info, String name, int at) {
        long length = info.requireInteger("length");
        if (length < 0) {
            throw bad("info.length must be >= 0, got " + length, at);
        }
        return List.of(new TorrentFile(List.of(name), length, 0));
    }

    private static List<TorrentFile> parseFiles(BencodeDictionary info, int at) {
        BencodeList list = info.requireList("files");
        if (list.size() == 0) {
            throw bad("info.files must list at least one file", at);
        }
        List<TorrentFile> out = new ArrayList<>(list.size());
        long offset = 0;
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof BencodeDictionary f)) {
                throw bad("info.files[" + i + "] must be a dictionary, found a " + list.get(i).kind(), at);
            }
            long length = f.requireInteger("length");
            if (length < 0) {
                throw bad("info.files[" + i + "].length must be >= 0, got " + length, f.sourceStart());
            }
            BencodeList pathList = f.requireList("path");
            if (pathList.size() == 0) {
                throw bad("info.files[" + i + "].path must not be empty", f.sourceStart());
            }
            List<String> path = new ArrayList<>(pathList.size());
            for (BencodeValue c : pathList.values()) {
                if (!(c instanceof BencodeBytes b)) {
                    throw bad("info.files[" + i + "].path components must be byte strings, found a "
                            + c.kind(), f.sourceStart());
                }
                checkPathComponent(b.asString(), "info.files[" + i + "].path", f.sourceStart());
                path.add(b.asString());
            }
            if (offset > Long.MAX_VALUE - length) {
                throw bad("the files' total length overflows a 64-bit integer", f.sourceStart());
            }
            boolean pad = f.get("attr").orElse(null) instanceof BencodeBytes attr
                    && attr.asString().indexOf('p') >= 0;
            out.add(new TorrentFile(path, length, offset, pad, Optional.empty()));
            offset += length;
        }
        return List.copyOf(out);
    }

    static void checkPathComponent(String c, String field, int at) {
        if (c.isEmpty() || c.equals(".") || c.equals("..") || c.indexOf('/') >= 0 || c.indexOf('\0') >= 0) {
            throw bad(field + " component '" + c + "' is not allowed: it must be non-empty, not '.' or"
                    + " '..', and contain no '/' or NUL", at);
        }
    }

    static byte[] sha1(byte[] data, int from, int to) {
        MessageDigest md = newSha1();
        md.update(data, from, to - from);
        return md.digest();
    }

    static byte[] sha256(byte[] data, int from, int to) {
        MessageDigest md = MerkleTree.newSha256();
        md.update(data, from, to - from);
        return md.digest();
    }

    static MessageDigest newSha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by every Java platform", e);
        }
    }

    /** The exact bytes of the .torrent file (a copy). */
    public byte[] toBytes() {
        return encoded.clone();
    }

    /** Writes the .torrent file. */
    public void write(Path file) throws IOException {
        Files.write(file, encoded);
    }

    /**
     * The 20-byte info-hash that names this torrent to peers and trackers: SHA-1 of the info
     * dictionary as it appears in the file (v1 and hybrid torrents), or for a v2-only torrent, which
     * has no SHA-1 info-hash, the {@linkplain InfoHashV2#truncated() truncated} SHA-256 one.
     */
    public InfoHash infoHash() {
        return infoHash;
    }

    /** SHA-1 of the info dictionary: v1 and hybrid torrents only. */
    public Optional<InfoHash> infoHashV1() {
        return Optional.ofNullable(infoHashV1);
    }

    /** SHA-256 of the info dictionary (BEP 52): v2 and hybrid torrents only. */
    public Optional<InfoHashV2> infoHashV2() {
        return Optional.ofNullable(infoHashV2);
    }

    /** Whether the torrent is v1, v2 or hybrid. */
    public MetaVersion version() {
        return version;
    }

    /**
     * The piece layer of {@code file} (BEP 52): the SHA-256 merkle hashes of its pieces, 32 bytes
     * each (a copy), or no bytes for a file of at most one piece, a pad file, or a v1 torrent.
     */
    public byte[] pieceLayer(TorrentFile file) {
        byte[] layer = file.piecesRoot().map(pieceLayers::get).orElse(null);
        return layer == null ? new byte[0] : layer.clone();
    }

    /**
     * The info dictionary's bytes as they appear in the file: what BEP 9's metadata exchange
     * sends (its SHA-1 is {@link #infoHash()}). A copy.
     */
    public byte[] infoBytes() {
        return java.util.Arrays.copyOfRange(encoded, infoStart, infoEnd);
    }

    /** The length of {@link #infoBytes()}: BEP 9's {@code metadata_size}. */
    public int infoSize() {
        return infoEnd - infoStart;
    }

    /** The 'announce' URL, if any. */
    public Optional<String> announce() {
        return Optional.ofNullable(announce);
    }

    /** BEP 12 announce-list tiers (empty if absent). */
    public List<List<String>> announceList() {
        return announceList;
    }

    /** Every distinct tracker URL: 'announce' first, then announce-list in tier order. */
    public List<String> announceUrls() {
        List<String> out = new ArrayList<>();
        if (announce != null) {
            out.add(announce);
        }
        for (List<String> tier : announceList) {
            for (String url : tier) {
                if (!out.contains(url)) {
                    out.add(url);
                }
            }
        }
        return List.copyOf(out);
    }

    /** The suggested file name (single-file) or folder name (multi-file). */
    public String name() {
        return name;
    }

    /** Bytes per piece (every piece but the last has exactly this length). */
    public int pieceLengthBytes() {
        return pieceLengthBytes;
    }

    /** Number of pieces (v2-only: the sum over the files of each file's pieces). */
    public int pieceCount() {
        return pieceCount;
    }

    /** Length of piece {@code index}: {@link #pieceLengthBytes()}, or less for the last piece. */
    public int pieceSize(int index) {
        if (index < 0 || index >= pieceCount) {
            throw new IndexOutOfBoundsException("piece " + index + " is outside 0.." + (pieceCount - 1));
        }
        if (firstPieces != null) {
            int file = Arrays.binarySearch(firstPieces, index);
            if (file < 0) {
                file = -file - 2;
            }
            while (file + 1 < firstPieces.length && firstPieces[file + 1] == index) {
                file++;
            }
            long left = files.get(file).lengthBytes() - (long) (index - firstPieces[file]) * pieceLengthBytes;
            return (int) Math.min(pieceLengthBytes, left);
        }
        if (index < pieceCount - 1) {
            return pieceLengthBytes;
        }
        return (int) (totalBytes - (long) index * pieceLengthBytes);
    }

    /**
     * The SHA-1 hash of piece {@code index} (a copy); an {@link IllegalStateException} for a v2-only
     * torrent, which has none (see {@link #pieceLayer(TorrentFile)}).
     */
    public byte[] pieceHash(int index) {
        if (pieceHashes == null) {
            throw new IllegalStateException("a v2-only torrent has no SHA-1 piece hashes: use its piece layers");
        }
        if (index < 0 || index >= pieceCount) {
            throw new IndexOutOfBoundsException("piece " + index + " is outside 0.." + (pieceCount - 1));
        }
        int from = index * PIECE_HASH_BYTES;
        return Arrays.copyOfRange(pieceHashes, from, from + PIECE_HASH_BYTES);
    }

    /** Sum of all file lengths (with pad files, in a hybrid torrent: the v1 byte stream's length). */
    public long totalBytes() {
        return totalBytes;
    }

    /**
     * The files, in info-dictionary order (one file for a single-file torrent): the v1 list, with
     * its pad files, for v1 and hybrid torrents; the file tree's files, in tree order, for v2-only.
     */
    public List<TorrentFile> files() {
        return files;
    }

    /**
     * Whether the info dictionary has 'length' (single file) rather than 'files'; for a v2-only
     * torrent, whether the file tree holds one file and no folder.
     */
    public boolean isSingleFile() {
        return singleFile;
    }

    /** BEP 27 private flag (info.private == 1). */
    public boolean isPrivate() {
        return privateFlag;
    }

    /** 'creation date' in seconds since the Unix epoch, if present. */
    public OptionalLong creationDateSeconds() {
        return creationDateSeconds == null ? OptionalLong.empty() : OptionalLong.of(creationDateSeconds);
    }

    /** 'comment', if present. */
    public Optional<String> comment() {
        return Optional.ofNullable(comment);
    }

    /** 'created by', if present. */
    public Optional<String> createdBy() {
        return Optional.ofNullable(createdBy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Torrent t && Arrays.equals(encoded, t.encoded);
    }

    @Override
    public int hashCode() {
        return infoHash.hashCode();
    }

    @Override
    public String toString() {
        return "Torrent[" + name + ", " + totalBytes + " bytes, " + pieceCount + " pieces of "
                + pieceLengthBytes + (infoHashV1 != null ? ", info_hash=" + infoHashV1.hex() : "")
                + (infoHashV2 != null ? ", info_hash_v2=" + infoHashV2.hex() : "") + "]";
    }
}
