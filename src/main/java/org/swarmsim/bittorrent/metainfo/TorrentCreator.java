package org.swarmsim.bittorrent.metainfo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Makes .torrent files: from a file or folder on disk (reading and hashing every piece), or from
 * synthetic parameters for simulations. Output is canonical bencode that other BitTorrent software
 * accepts; a folder's files are listed in the order of their '/'-joined relative paths.
 */
public final class TorrentCreator {
    /** Smallest piece length chosen automatically. */
    public static final int MIN_AUTO_PIECE_LENGTH_BYTES = 16 * 1024;
    /** Largest piece length chosen automatically. */
    public static final int MAX_AUTO_PIECE_LENGTH_BYTES = 16 * 1024 * 1024;
    /** Automatic piece length aims at no more than this many pieces. */
    public static final int AUTO_TARGET_PIECES = 2000;

    private TorrentCreator() {
    }

    /**
     * What to put in a torrent besides the content.
     *
     * @param pieceLengthBytes    piece length, a power of two >= 16 KiB, or 0 to choose one
     * @param announceUrls        tracker URLs: the first is 'announce'; with more than one, each
     *                            also gets its own announce-list tier
     * @param comment             'comment', or null
     * @param createdBy           'created by', or null
     * @param creationDateSeconds 'creation date' (Unix seconds), or null to leave it out
     * @param privateFlag         whether to set info.private = 1
     * @param version             v1 (BEP 3), v2 (BEP 52) or hybrid metainfo
     */
    public record Options(int pieceLengthBytes, List<String> announceUrls, String comment,
                          String createdBy, Long creationDateSeconds, boolean privateFlag,
                          MetaVersion version) {
        public Options {
            announceUrls = List.copyOf(announceUrls);
            java.util.Objects.requireNonNull(version, "version");
            if (pieceLengthBytes != 0 && (pieceLengthBytes < MIN_AUTO_PIECE_LENGTH_BYTES
                    || Integer.bitCount(pieceLengthBytes) != 1)) {
                throw new IllegalArgumentException("piece length must be a power of two >= 16384 "
                        + "bytes (or 0 to choose automatically), got " + pieceLengthBytes);
            }
        }

        /** Options for a v1 torrent. */
        public Options(int pieceLengthBytes, List<String> announceUrls, String comment, String createdBy,
                       Long creationDateSeconds, boolean privateFlag) {
            this(pieceLengthBytes, announceUrls, comment, createdBy, creationDateSeconds, privateFlag,
                    MetaVersion.V1);
        }

        /** Defaults: v1, automatic piece length, no tracker, no comment or date, not private. */
        public static Options defaults() {
            return new Options(0, List.of(), null, null, null, false);
        }

        /** These options with another piece length. */
        public Options withPieceLength(int bytes) {
            return new Options(bytes, announceUrls, comment, createdBy, creationDateSeconds, privateFlag,
                    version);
        }

        /** These options with other tracker URLs. */
        public Options withAnnounceUrls(List<String> urls) {
            return new Options(pieceLengthBytes, urls, comment, createdBy, creationDateSeconds, privateFlag,
                    version);
        }

        /** These options making another kind of metainfo. */
        public Options withVersion(MetaVersion v) {
            return new Options(pieceLengthBytes, announceUrls, comment, createdBy, creationDateSeconds,
                    privateFlag, v);
        }
    }

    /** The piece length chosen for {@code totalBytes} when none is given. */
    public static int autoPieceLength(long totalBytes) {
        int length = MIN_AUTO_PIECE_LENGTH_BYTES;
        while (length < MAX_AUTO_PIECE_LENGTH_BYTES
                && (totalBytes + length - 1) / length > AUTO_TARGET_PIECES) {
            length *= 2;
        }
        return length;
    }

    /**
     * A torrent of the file or folder at {@code path}; a folder gives a multi-file torrent of all
     * regular files below it. Reads every byte once.
     */
    public static Torrent fromPath(Path path, Options options) throws IOException {
        String name = path.toAbsolutePath().normalize().getFileName().toString();
        List<Path> sources = new ArrayList<>();
        List<TorrentFile> files = new ArrayList<>();
        boolean single = Files.isRegularFile(path);
        if (single) {
            sources.add(path);
            files.add(new TorrentFile(List.of(name), Files.size(path), 0));
        } else if (Files.isDirectory(path)) {
            List<Path> found;
            try (Stream<Path> walk = Files.walk(path)) {
                found = new ArrayList<>(walk.filter(Files::isRegularFile).toList());
            }
            found.sort(Comparator.comparing(p -> relative(path, p)));
            long offset = 0;
            for (Path p : found) {
                long length = Files.size(p);
                files.add(new TorrentFile(List.of(relative(path, p).split("/")), length, offset));
                sources.add(p);
                offset += length;
            }
            if (files.isEmpty()) {
                throw new IllegalArgumentException("folder " + path + " holds no regular files to share");
            }
        } else {
            throw new IllegalArgumentException(path + " is neither a regular file nor a folder");
        }
        long total = 0;
        for (TorrentFile f : files) {
            total += f.lengthBytes();
        }
        int pieceLength = options.pieceLengthBytes() != 0 ? options.pieceLengthBytes()
                : autoPieceLength(total);
        if (options.version() != MetaVersion.V1) {
            return TorrentCreatorV2.fromFiles(name, single, files, sources, pieceLength, options);
        }
        byte[] hashes = hashPieces(sources, total, pieceLength);
        return assemble(name, single, files, pieceLength, hashes, options);
    }

    private static String relative(Path root, Path p) {
        List<String> parts = new ArrayList<>();
        for (Path c : root.relativize(p)) {
            parts.add(c.toString());
        }
        return String.join("/", parts);
    }

    private static byte[] hashPieces(List<Path> sources, long totalBytes, int pieceLength)
            throws IOException {
        long pieces = (totalBytes + pieceLength - 1) / pieceLength;
        if (pieces * Torrent.PIECE_HASH_BYTES > Integer.MAX_VALUE - 64) {
            throw new IllegalArgumentException("too many pieces (" + pieces + "): use a larger piece length");
        }
        ByteBuffer hashes = ByteBuffer.allocate((int) pieces * Torrent.PIECE_HASH_BYTES);
        MessageDigest sha = Torrent.newSha1();
        byte[] buffer = new byte[Math.min(pieceLength, 1 << 20)];
        long inPiece = 0;
        for (Path source : sources) {
            try (InputStream in = Files.newInputStream(source)) {
                int n;
                while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, pieceLength - inPiece))) > 0) {
                    sha.update(buffer, 0, n);
                    inPiece += n;
                    if (inPiece == pieceLength) {
                        hashes.put(sha.digest());
                        inPiece = 0;
                    }
                }
            }
        }
        if (inPiece > 0) {
            hashes.put(sha.digest());
        }
        if (hashes.hasRemaining()) {
            throw new IOException("files changed size while being hashed");
        }
        return hashes.array();
    }

    static Torrent synthetic(String name, long totalBytes, int pieceLengthBytes, List<String> announceUrls,
                             boolean privateFlag) {
        if (totalBytes <= 0) {
            throw new IllegalArgumentException("a synthetic torrent needs totalBytes > 0, got " + totalBytes);
        }
        if (pieceLengthBytes <= 0) {
            throw new IllegalArgumentException("piece length must be > 0, got " + pieceLengthBytes);
        }
        long pieces = (totalBytes + pieceLengthBytes - 1) / pieceLengthBytes;
        if (pieces > 10_000_000) {
            throw new IllegalArgumentException(pieces + " pieces is more than the 10,000,000 allowed: "
                    + "use a larger piece length");
        }
        byte[] hashes = new byte[(int) pieces * Torrent.PIECE_HASH_BYTES];
        MessageDigest sha = Torrent.newSha1();
        byte[] prefix = ("swarmsim/synthetic-piece/" + name + "/").getBytes(StandardCharsets.UTF_8);
        byte[] index = new byte[4];
        for (int i = 0; i < pieces; i++) {
            sha.update(prefix);
            index[0] = (byte) (i >>> 24);
            index[1] = (byte) (i >>> 16);
            index[2] = (byte) (i >>> 8);
            index[3] = (byte) i;
            sha.update(index);
            try {
                sha.digest(hashes, i * Torrent.PIECE_HASH_BYTES, Torrent.PIECE_HASH_BYTES);
            } catch (java.security.DigestException e) {
                throw new IllegalStateException(e);
            }
        }
        Options options = new Options(0, announceUrls, null, null, null, privateFlag);
        return assemble(name, true, List.of(new TorrentFile(List.of(name), totalBytes, 0)),
                pieceLengthBytes, hashes, options);
    }

    /**
     * A v1 torrent from its parts: a single file when {@code single} (then {@code files} holds one
     * file whose path is the name), otherwise a folder named {@code name}.
     */
    public static Torrent assemble(String name, boolean single, List<TorrentFile> files,
                                   int pieceLengthBytes, byte[] pieceHashes, Options options) {
        if (options.version() != MetaVersion.V1) {
            throw new IllegalArgumentException("assemble makes v1 torrents only; v2 and hybrid torrents "
                    + "come from fromPath, which computes their merkle trees");
        }
        BencodeDictionary.Builder info = BencodeDictionary.builder()
                .put("name", name)
                .put("piece length", pieceLengthBytes)
                .put("pieces", BencodeBytes.wrap(pieceHashes.clone()));
        if (single) {
            info.put("length", files.get(0).lengthBytes());
        } else {
            List<BencodeValue> list = new ArrayList<>(files.size());
            for (TorrentFile f : files) {
                List<BencodeValue> path = new ArrayList<>();
                for (String c : f.path()) {
                    path.add(BencodeBytes.of(c));
                }
                list.add(BencodeDictionary.builder()
                        .put("length", f.lengthBytes())
                        .put("path", new BencodeList(path))
                        .build());
            }
            info.put("files", new BencodeList(list));
        }
        if (options.privateFlag()) {
            info.put("private", 1);
        }
        return finish(BencodeDictionary.builder().put("info", info.build()), options);
    }

    /** The torrent of {@code root} (holding at least 'info') with the trackers and fields of {@code options}. */
    static Torrent finish(BencodeDictionary.Builder root, Options options) {
        List<String> urls = options.announceUrls();
        if (!urls.isEmpty()) {
            root.put("announce", urls.get(0));
        }
        if (urls.size() > 1) {
            List<BencodeValue> tiers = new ArrayList<>();
            for (String url : urls) {
                tiers.add(BencodeList.of(BencodeBytes.of(url)));
            }
            root.put("announce-list", new BencodeList(tiers));
        }
        if (options.comment() != null) {
            root.put("comment", options.comment());
        }
        if (options.createdBy() != null) {
            root.put("created by", options.createdBy());
        }
        if (options.creationDateSeconds() != null) {
            root.put("creation date", options.creationDateSeconds());
        }
        return Torrent.parse(BencodeWriter.encode(root.build()));
    }
}
