package org.swarmsim.bittorrent.metainfo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * BEP 52's {@code file tree} and {@code piece layers}: reading them (with located errors) and
 * writing them. A file is a dictionary {@code {"": {length, pieces root}}} under its name; a
 * folder is a dictionary of names. Files come out in tree order: the dictionaries' raw-byte key
 * order, folder by folder ({@link #TREE_ORDER}).
 */
final class FileTree {
    /** Paths compared component by component, each by its UTF-8 bytes: the order of a file tree. */
    static final Comparator<List<String>> TREE_ORDER = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Arrays.compareUnsigned(a.get(i).getBytes(StandardCharsets.UTF_8),
                    b.get(i).getBytes(StandardCharsets.UTF_8));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    private FileTree() {
    }

    /**
     * One file of a file tree.
     *
     * @param path   path components below the torrent's folder
     * @param length file length
     * @param root   its pieces root; empty only for an empty file
     * @param at     offset of the file's dictionary in the input, or -1
     */
    record Entry(List<String> path, long length, Optional<PiecesRoot> root, int at) {
        Entry {
            path = List.copyOf(path);
        }

        String pathString() {
            return String.join("/", path);
        }
    }

    /** The files of {@code info}'s {@code file tree}, in tree order. */
    static List<Entry> parse(BencodeDictionary info) {
        BencodeDictionary tree = info.requireDictionary("file tree");
        List<Entry> out = new ArrayList<>();
        walk(tree, new ArrayList<>(), out);
        return List.copyOf(out);
    }

    private static void walk(BencodeDictionary folder, List<String> prefix, List<Entry> out) {
        String where = prefix.isEmpty() ? "info.file tree" : "info.file tree folder '" + String.join("/", prefix) + "'";
        if (folder.size() == 0) {
            throw new BencodeException(where + " is empty: a folder must hold at least one file",
                    folder.sourceStart());
        }
        for (Map.Entry<BencodeBytes, BencodeValue> e : folder.entries().entrySet()) {
            String name = e.getKey().asString();
            if (name.isEmpty()) {
                throw new BencodeException(where + " has an empty name: only a file's own dictionary "
                        + "may have the key '' (for its length and pieces root)", folder.sourceStart());
            }
            Torrent.checkPathComponent(name, where, folder.sourceStart());
            List<String> path = new ArrayList<>(prefix);
            path.add(name);
            String p = String.join("/", path);
            if (!(e.getValue() instanceof BencodeDictionary child)) {
                throw new BencodeException("info.file tree entry '" + p + "' must be a dictionary, found a "
                        + e.getValue().kind(), folder.sourceStart());
            }
            if (!child.containsKey("")) {
                walk(child, path, out);
                continue;
            }
            if (child.size() != 1) {
                throw new BencodeException("info.file tree entry '" + p + "' is a file (it has the key '')"
                        + " and must have no other keys, found " + child.size() + " keys", child.sourceStart());
            }
            BencodeValue propsValue = child.require("");
            if (!(propsValue instanceof BencodeDictionary props)) {
                throw new BencodeException("info.file tree file '" + p + "' must map '' to a dictionary, "
                        + "found a " + propsValue.kind(), child.sourceStart());
            }
            long length = props.requireInteger("length");
            if (length < 0) {
                throw new BencodeException("info.file tree file '" + p + "' has length " + length
                        + ", which must be >= 0", props.sourceStart());
            }
            Optional<BencodeBytes> root = props.optional("pieces root", BencodeBytes.class);
            if (root.isEmpty() && length > 0) {
                throw new BencodeException("info.file tree file '" + p + "' (" + length + " bytes) has no "
                        + "'pieces root'", props.sourceStart());
            }
            if (root.isPresent() && root.get().length() != PiecesRoot.LENGTH_BYTES) {
                throw new BencodeException("info.file tree file '" + p + "' has a 'pieces root' of "
                        + root.get().length() + " bytes, not 32 (one SHA-256 hash)", props.sourceStart());
            }
            out.add(new Entry(path, length, length == 0 ? Optional.empty()
                    : Optional.of(PiecesRoot.of(root.get().rawBytes())), props.sourceStart()));
        }
    }

    /** Pieces of {@code pieceLength} in a file of {@code length} bytes. */
    static long pieces(long length, int pieceLength) {
        return length / pieceLength + (length % pieceLength == 0 ? 0 : 1);
    }

    /**
     * The piece layer of every file longer than one piece, checked against its pieces root, from the
     * root dictionary's {@code piece layers}.
     */
    static TreeMap<PiecesRoot, byte[]> pieceLayers(BencodeDictionary root, List<Entry> files, int pieceLength) {
        Optional<BencodeDictionary> layers = root.optional("piece layers", BencodeDictionary.class);
        int at = layers.map(BencodeDictionary::sourceStart).orElse(root.sourceStart());
        byte[] pad = MerkleTree.padHash(pieceLength / MerkleTree.BLOCK_BYTES);
        TreeMap<PiecesRoot, byte[]> out = new TreeMap<>();
        for (Entry f : files) {
            if (f.length() <= pieceLength || out.containsKey(f.root().get())) {
                continue;
            }
            long pieces = pieces(f.length(), pieceLength);
            Optional<BencodeValue> layer = layers.flatMap(d -> Optional.ofNullable(
                    d.entries().get(BencodeBytes.wrap(f.root().get().bytes()))));
            if (layer.isEmpty()) {
                throw new BencodeException("piece layers has no entry for file '" + f.pathString() + "' ("
                        + f.length() + " bytes, " + pieces + " pieces of " + pieceLength
                        + "): every file longer than one piece needs its piece layer", at);
            }
            if (!(layer.get() instanceof BencodeBytes b)) {
                throw new BencodeException("the piece layer of file '" + f.pathString()
                        + "' must be a byte string, found a " + layer.get().kind(), at);
            }
            if (b.length() % MerkleTree.HASH_BYTES != 0) {
                throw new BencodeException("the piece layer of file '" + f.pathString() + "' is " + b.length()
                        + " bytes long, which is not a multiple of 32 (one SHA-256 hash per piece)", at);
            }
            if (b.length() / MerkleTree.HASH_BYTES != pieces) {
                throw new BencodeException("the piece layer of file '" + f.pathString() + "' holds "
                        + b.length() / MerkleTree.HASH_BYTES + " hashes but its " + f.length()
                        + " bytes in pieces of " + pieceLength + " bytes need " + pieces, at);
            }
            if (!Arrays.equals(MerkleTree.root(b.rawBytes(), pad), f.root().get().bytes())) {
                throw new BencodeException("the piece layer of file '" + f.pathString()
                        + "' does not hash to its pieces root " + f.root().get().hex(), at);
            }
            out.put(f.root().get(), b.bytes());
        }
        return out;
    }

    /**
     * A hybrid torrent's v1 files with the pieces roots of its file tree attached, after checking
     * that, pad files aside, both list the same files in the same order, and that every non-empty
     * file starts on a piece boundary (so v1 and v2 pieces are the same pieces).
     */
    static List<TorrentFile> attachRoots(List<TorrentFile> v1Files, List<Entry> tree, int pieceLength, int at) {
        List<TorrentFile> out = new ArrayList<>(v1Files.size());
        int next = 0;
        for (TorrentFile f : v1Files) {
            if (f.padding()) {
                out.add(f);
                continue;
            }
            if (next == tree.size()) {
                throw new BencodeException("hybrid torrent: info.files lists '" + f.pathString() + "', which "
                        + "info.file tree does not have (it has " + tree.size() + " files)", at);
            }
            Entry e = tree.get(next++);
            if (!e.path().equals(f.path()) || e.length() != f.lengthBytes()) {
                throw new BencodeException("hybrid torrent: file " + next + " is '" + f.pathString() + "' ("
                        + f.lengthBytes() + " bytes) in info.files but '" + e.pathString() + "' ("
                        + e.length() + " bytes) in info.file tree", at);
            }
            if (f.lengthBytes() > 0 && f.offsetBytes() % pieceLength != 0) {
                throw new BencodeException("hybrid torrent: file '" + f.pathString() + "' starts at byte "
                        + f.offsetBytes() + ", not on a piece boundary: pad files must align v1 pieces to "
                        + "files", at);
            }
            out.add(new TorrentFile(f.path(), f.lengthBytes(), f.offsetBytes(), false, e.root()));
        }
        if (next != tree.size()) {
            throw new BencodeException("hybrid torrent: info.file tree has " + tree.size() + " files but "
                    + "info.files lists " + next + " besides pad files", at);
        }
        return List.copyOf(out);
    }

    /** The {@code file tree} dictionary of {@code files}. */
    static BencodeDictionary build(List<Entry> files) {
        Folder top = new Folder();
        for (Entry f : files) {
            Folder folder = top;
            for (String c : f.path().subList(0, f.path().size() - 1)) {
                folder = folder.folders.computeIfAbsent(c, k -> new Folder());
            }
            folder.files.put(f.path().get(f.path().size() - 1), f);
        }
        return top.encode();
    }

    private static final class Folder {
        private final TreeMap<String, Folder> folders = new TreeMap<>();
        private final TreeMap<String, Entry> files = new TreeMap<>();

        BencodeDictionary encode() {
            BencodeDictionary.Builder b = BencodeDictionary.builder();
            for (Map.Entry<String, Folder> e : folders.entrySet()) {
                b.put(e.getKey(), e.getValue().encode());
            }
            for (Map.Entry<String, Entry> e : files.entrySet()) {
                BencodeDictionary.Builder props = BencodeDictionary.builder().put("length", e.getValue().length());
                e.getValue().root().ifPresent(r -> props.put("pieces root", r.bytes()));
                b.put(e.getKey(), BencodeDictionary.builder().put("", props.build()).build());
            }
            return b.build();
        }
    }
}
