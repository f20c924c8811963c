package org.swarmsim.bittorrent.metainfo;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A BitTorrent magnet link (BEP 9's URI form):
 * {@code magnet:?xt=urn:btih:<info-hash>&dn=<name>&tr=<tracker>&tr=...}, with BEP 52's
 * {@code xt=urn:btmh:1220<64 hex digits>} (a SHA-256 multihash) for a v2 info-hash; a hybrid
 * torrent's link carries both {@code xt}.
 *
 * <p>{@link #parse(String)} accepts the v1 info-hash as 40 hex digits or 32 base32 characters
 * (either case) and the v2 one as {@code 1220} and 64 hex digits, percent-decodes values (and reads {@code +} as a space, as libtorrent does), keeps every
 * {@code tr} in order and ignores parameters it does not know. {@link #format()} writes the
 * canonical link: lower-case hex info-hashes (btih, then btmh), then {@code dn}, then each
 * {@code tr}, as libtorrent's {@code make_magnet_uri} writes them, with values
 * percent-encoded as libtorrent's {@code make_magnet_uri} encodes them (only letters, digits and
 * {@code -_!.~*()} are left as they are; escapes use lower-case hex).
 *
 * @param infoHashV1   the torrent's v1 info-hash ({@code xt=urn:btih:}), if any
 * @param infoHashV2   the torrent's v2 info-hash ({@code xt=urn:btmh:1220}), if any; at least one
 *                     of the two is present
 * @param displayName  the suggested name ({@code dn}), if any; never empty when present
 * @param trackers     tracker URLs ({@code tr}), in the order given; none empty
 */
public record MagnetLink(Optional<InfoHash> infoHashV1, Optional<InfoHashV2> infoHashV2,
                         Optional<String> displayName, List<String> trackers) {
    private static final String SCHEME = "magnet:?";
    private static final String BTIH = "urn:btih:";
    private static final String BTMH = "urn:btmh:";
    /** Multihash prefix of a SHA-256 digest: function code 0x12, length 0x20. */
    private static final String SHA256_MULTIHASH = "1220";
    private static final String UNRESERVED = "-_!.~*()";
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    public MagnetLink {
        Objects.requireNonNull(infoHashV1, "infoHashV1");
        Objects.requireNonNull(infoHashV2, "infoHashV2");
        if (infoHashV1.isEmpty() && infoHashV2.isEmpty()) {
            throw new IllegalArgumentException("a magnet link needs a v1 or a v2 info-hash");
        }
        Objects.requireNonNull(displayName, "displayName");
        trackers = List.copyOf(trackers);
        if (displayName.isPresent() && displayName.get().isEmpty()) {
            throw new IllegalArgumentException("a magnet link's display name (dn) must not be empty; "
                    + "leave it out instead");
        }
        for (String tr : trackers) {
            if (tr.isEmpty()) {
                throw new IllegalArgumentException("a magnet link's tracker URL (tr) must not be empty");
            }
        }
    }

    /** A v1 magnet link. */
    public MagnetLink(InfoHash infoHash, Optional<String> displayName, List<String> trackers) {
        this(Optional.of(infoHash), Optional.empty(), displayName, trackers);
    }

    /**
     * The magnet link of {@code torrent}: its info-hashes (v1, v2 or both), its name, and its
     * distinct tracker URLs in order.
     */
    public static MagnetLink of(Torrent torrent) {
        return new MagnetLink(torrent.infoHashV1(), torrent.infoHashV2(), Optional.of(torrent.name()),
                torrent.announceUrls());
    }

    /**
     * The 20-byte info-hash peers and trackers know the torrent by: the v1 one if the link has it,
     * else the truncated v2 one (as {@link Torrent#infoHash()}).
     */
    public InfoHash infoHash() {
        return infoHashV1.orElseGet(() -> infoHashV2.orElseThrow().truncated());
    }

    /**
     * Reads a magnet link; an {@link IllegalArgumentException} says what is wrong (not a magnet
     * URI, no {@code xt=urn:btih:} or {@code xt=urn:btmh:}, a multihash other than SHA-256, a hash
     * of the wrong length or with a bad hex or base32 character, two different hashes of one kind,
     * a bad percent escape, text that is not UTF-8).
     */
    public static MagnetLink parse(String uri) {
        Objects.requireNonNull(uri, "uri");
        if (!uri.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw new IllegalArgumentException("not a magnet URI: it must start with 'magnet:?', got '"
                    + abbreviate(uri) + "'");
        }
        InfoHash infoHash = null;
        InfoHashV2 infoHashV2 = null;
        String name = null;
        List<String> trackers = new ArrayList<>();
        for (String param : uri.substring(SCHEME.length()).split("&", -1)) {
            if (param.isEmpty()) {
                continue;
            }
            int eq = param.indexOf('=');
            String key = (eq < 0 ? param : param.substring(0, eq)).toLowerCase(Locale.ROOT);
            String raw = eq < 0 ? "" : param.substring(eq + 1);
            switch (key) {
                case "xt" -> {
                    String value = decode(raw, key);
                    if (value.regionMatches(true, 0, BTIH, 0, BTIH.length())) {
                        InfoHash h = parseInfoHash(value.substring(BTIH.length()));
                        if (infoHash != null && !infoHash.equals(h)) {
                            throw new IllegalArgumentException("the magnet link names two different "
                                    + "info-hashes: " + infoHash.hex() + " and " + h.hex());
                        }
                        infoHash = h;
                    } else if (value.regionMatches(true, 0, BTMH, 0, BTMH.length())) {
                        InfoHashV2 h = parseInfoHashV2(value.substring(BTMH.length()));
                        if (infoHashV2 != null && !infoHashV2.equals(h)) {
                            throw new IllegalArgumentException("the magnet link names two different "
                                    + "v2 info-hashes: " + infoHashV2.hex() + " and " + h.hex());
                        }
                        infoHashV2 = h;
                    }
                }
                case "dn" -> {
                    String value = decode(raw, key);
                    name = value.isEmpty() ? null : value;
                }
                case "tr" -> {
                    String value = decode(raw, key);
                    if (value.isEmpty()) {
                        throw new IllegalArgumentException("tracker " + (trackers.size() + 1)
                                + " (tr) of the magnet link is empty");
                    }
                    trackers.add(value);
                }
                default -> {
                    // x.pe, ws, so, xl, ...: not needed to join a v1 swarm
                }
            }
        }
        if (infoHash == null && infoHashV2 == null) {
            throw new IllegalArgumentException("the magnet link has no xt=urn:btih:<info-hash> "
                    + "or xt=urn:btmh:1220<v2 info-hash> parameter");
        }
        return new MagnetLink(Optional.ofNullable(infoHash), Optional.ofNullable(infoHashV2),
                Optional.ofNullable(name), trackers);
    }

    private static InfoHashV2 parseInfoHashV2(String text) {
        if (text.length() < SHA256_MULTIHASH.length()
                || !text.regionMatches(true, 0, SHA256_MULTIHASH, 0, SHA256_MULTIHASH.length())) {
            throw new IllegalArgumentException("xt=urn:btmh: must hold a SHA-256 multihash, '1220' and "
                    + "64 hex digits, got '" + abbreviate(text) + "'");
        }
        String hex = text.substring(SHA256_MULTIHASH.length());
        if (hex.length() != 2 * InfoHashV2.LENGTH_BYTES) {
            throw new IllegalArgumentException("xt=urn:btmh:1220 must be followed by 64 hex digits, got "
                    + hex.length() + " characters");
        }
        for (int i = 0; i < hex.length(); i++) {
            if (Character.digit(hex.charAt(i), 16) < 0 || hex.charAt(i) > 0x7f) {
                throw new IllegalArgumentException("xt=urn:btmh:1220 v2 info-hash is not hexadecimal: '"
                        + hex.charAt(i) + "' at position " + i);
            }
        }
        return InfoHashV2.fromHex(hex);
    }

    private static InfoHash parseInfoHash(String text) {
        if (text.length() == 2 * InfoHash.LENGTH_BYTES) {
            for (int i = 0; i < text.length(); i++) {
                if (Character.digit(text.charAt(i), 16) < 0 || text.charAt(i) > 0x7f) {
                    throw new IllegalArgumentException("xt=urn:btih: info-hash of 40 characters is not "
                            + "hexadecimal: '" + text.charAt(i) + "' at position " + i);
                }
            }
            return InfoHash.fromHex(text);
        }
        if (text.length() == 32) {
            try {
                return InfoHash.of(Base32.decode(text));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("xt=urn:btih: info-hash of 32 characters is not base32: "
                        + e.getMessage(), e);
            }
        }
        throw new IllegalArgumentException("xt=urn:btih: info-hash must be 40 hex digits or 32 base32 "
                + "characters, got " + text.length() + " characters");
    }

    /** Percent-decodes {@code raw} ({@code +} is a space) and reads the bytes as UTF-8. */
    private static String decode(String raw, String key) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int hi = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int lo = hi >= 0 ? Character.digit(raw.charAt(i + 2), 16) : -1;
                if (lo < 0 || raw.charAt(i + 1) > 0x7f || raw.charAt(i + 2) > 0x7f) {
                    throw new IllegalArgumentException("bad percent escape in " + key + " at character "
                            + i + ": '%' must be followed by two hex digits");
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                int end = i + 1;
                if (Character.isSurrogate(c)) {
                    if (!Character.isHighSurrogate(c) || end == raw.length()
                            || !Character.isLowSurrogate(raw.charAt(end))) {
                        throw new IllegalArgumentException("the magnet link's " + key
                                + " holds an unpaired surrogate at character " + i);
                    }
                    end++;
                }
                bytes.writeBytes(raw.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end - 1;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the magnet link's " + key + " is not UTF-8 once "
                    + "percent-decoded", e);
        }
    }

    private static String encode(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || UNRESERVED.indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(HEX[c >>> 4]).append(HEX[c & 15]);
            }
        }
        return out.toString();
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }

    /** The canonical link: {@code magnet:?xt=urn:btih:<hex>[&xt=urn:btmh:1220<hex>][&dn=...][&tr=...]...}. */
    public String format() {
        StringBuilder out = new StringBuilder(SCHEME);
        infoHashV1.ifPresent(h -> out.append("xt=").append(BTIH).append(h.hex()));
        infoHashV2.ifPresent(h -> out.append(infoHashV1.isPresent() ? "&" : "").append("xt=").append(BTMH)
                .append(SHA256_MULTIHASH).append(h.hex()));
        displayName.ifPresent(n -> out.append("&dn=").append(encode(n)));
        for (String tr : trackers) {
            out.append("&tr=").append(encode(tr));
        }
        return out.toString();
    }

    /** The same as {@link #format()}. */
    @Override
    public String toString() {
        return format();
    }
}
