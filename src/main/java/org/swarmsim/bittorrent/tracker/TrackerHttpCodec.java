package org.swarmsim.bittorrent.tracker;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.swarmsim.bittorrent.metainfo.BencodeBytes;
import org.swarmsim.bittorrent.metainfo.BencodeDictionary;
import org.swarmsim.bittorrent.metainfo.BencodeException;
import org.swarmsim.bittorrent.metainfo.BencodeReader;
import org.swarmsim.bittorrent.metainfo.BencodeValue;
import org.swarmsim.bittorrent.metainfo.BencodeWriter;
import org.swarmsim.bittorrent.metainfo.InfoHash;
import org.swarmsim.bittorrent.wire.PeerId;

/**
 * The byte form of the HTTP tracker protocol (BEP 3, BEP 23 compact peers, BEP 48 scrape).
 *
 * <p>A request is {@code GET <path>?<query> HTTP/1.1} followed by the headers {@code Host},
 * {@code User-Agent} and {@code Connection: close}; binary parameters are percent-encoded except
 * for the RFC 3986 unreserved characters. A response is {@code HTTP/1.1 200 OK} with
 * {@code Content-Type: text/plain} and {@code Content-Length}, then the bencoded body. These are the
 * bytes the simulated network charges for.
 */
public final class TrackerHttpCodec {
    /** The User-Agent header value swarmsim sends. */
    public static final String USER_AGENT = "swarmsim/0.1";

    private static final String RESPONSE_HEAD = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: ";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private TrackerHttpCodec() {
    }

    /**
     * Whether {@code url} is one the simulated tracker client can announce to: an http:// or
     * https:// URL with a host (anything else would make an announce request throw).
     */
    public static boolean isAnnounceUrl(String url) {
        try {
            parseUrl(url);
            return true;
        } catch (TrackerFormatException e) {
            return false;
        }
    }

    static URI parseUrl(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException | NullPointerException e) {
            throw new TrackerFormatException("tracker URL is not a valid URL: " + url, e);
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new TrackerFormatException("tracker URL must be http:// or https:// with a host, got: " + url);
        }
        return uri;
    }

    /** The BEP 48 scrape URL of an announce URL; rejects URLs whose last segment is not "announce...". */
    public static String scrapeUrl(String announceUrl) {
        parseUrl(announceUrl);
        int query = announceUrl.indexOf('?');
        String base = query < 0 ? announceUrl : announceUrl.substring(0, query);
        int slash = base.lastIndexOf('/');
        if (slash < 0 || !base.startsWith("announce", slash + 1)) {
            throw new TrackerFormatException("tracker " + announceUrl + " does not support scrape: the last "
                    + "path segment of its announce URL does not start with 'announce' (BEP 48)");
        }
        return base.substring(0, slash + 1) + "scrape" + base.substring(slash + 1 + "announce".length())
                + (query < 0 ? "" : announceUrl.substring(query));
    }

    /** Percent-encodes {@code bytes}, leaving RFC 3986 unreserved characters as they are. */
    public static String urlEncode(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length * 3);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(HEX[c >>> 4]).append(HEX[c & 15]);
            }
        }
        return sb.toString();
    }

    /** Decodes percent-encoding (and '+' as space). */
    public static byte[] urlDecode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length() || Character.digit(s.charAt(i + 1), 16) < 0
                        || Character.digit(s.charAt(i + 2), 16) < 0) {
                    throw new TrackerFormatException("bad percent-escape at character " + i + " of '" + s + "'");
                }
                out.write(Character.digit(s.charAt(i + 1), 16) * 16 + Character.digit(s.charAt(i + 2), 16));
                i += 2;
            } else if (c == '+') {
                out.write(' ');
            } else if (c < 0x80) {
                out.write(c);
            } else {
                throw new TrackerFormatException("non-ASCII character in URL query: '" + s + "'");
            }
        }
        return out.toByteArray();
    }

    private static byte[] request(String url, String query) {
        URI uri = parseUrl(url);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String target = path + (uri.getRawQuery() != null ? "?" + uri.getRawQuery() + "&" : "?") + query;
        String host = uri.getPort() >= 0 ? uri.getHost() + ":" + uri.getPort() : uri.getHost();
        String http = "GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nUser-Agent: " + USER_AGENT
                + "\r\nConnection: close\r\n\r\n";
        return http.getBytes(StandardCharsets.US_ASCII);
    }

    /** The query string of an announce, parameters in the order libtorrent sends them. */
    public static String announceQuery(AnnounceRequest r) {
        StringBuilder q = new StringBuilder(200);
        q.append("info_hash=").append(urlEncode(r.infoHash().bytes()))
                .append("&peer_id=").append(urlEncode(r.peerId().bytes()))
                .append("&port=").append(r.port())
                .append("&uploaded=").append(r.uploadedBytes())
                .append("&downloaded=").append(r.downloadedBytes())
                .append("&left=").append(r.leftBytes());
        if (r.event() != TrackerEvent.NONE) {
            q.append("&event=").append(r.event().wireName());
        }
        q.append("&numwant=").append(r.numwant());
        q.append("&compact=").append(r.compact() ? 1 : 0);
        return q.toString();
    }

    /** The HTTP GET request of an announce. */
    public static byte[] encodeAnnounceRequest(AnnounceRequest r) {
        return request(r.announceUrl(), announceQuery(r));
    }

    static int announceRequestLength(AnnounceRequest r) {
        return encodeAnnounceRequest(r).length;
    }

    /** The HTTP GET request of a scrape. */
    public static byte[] encodeScrapeRequest(ScrapeRequest r) {
        StringBuilder q = new StringBuilder();
        for (InfoHash h : r.infoHashes()) {
            q.append(q.length() == 0 ? "" : "&").append("info_hash=").append(urlEncode(h.bytes()));
        }
        return request(scrapeUrl(r.announceUrl()), q.toString());
    }

    /** What a tracker sees of an HTTP request: the target's path and its query parameters in order. */
    private record HttpGet(String host, String path, List<Map.Entry<String, byte[]>> parameters) {
    }

    private static HttpGet parseGet(byte[] request) {
        String text = new String(request, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0 || end + 4 != text.length()) {
            throw new TrackerFormatException("HTTP request must end with one empty line (CRLF CRLF) and carry no body");
        }
        String[] lines = text.substring(0, end).split("\r\n");
        String[] requestLine = lines[0].split(" ");
        if (requestLine.length != 3 || !requestLine[0].equals("GET") || !requestLine[2].startsWith("HTTP/1.")) {
            throw new TrackerFormatException("expected 'GET <target> HTTP/1.x', got '" + lines[0] + "'");
        }
        String host = null;
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon <= 0) {
                throw new TrackerFormatException("malformed HTTP header line '" + lines[i] + "'");
            }
            if (lines[i].substring(0, colon).equalsIgnoreCase("Host")) {
                host = lines[i].substring(colon + 1).trim();
            }
        }
        if (host == null) {
            throw new TrackerFormatException("HTTP/1.1 request without a Host header");
        }
        String target = requestLine[1];
        int q = target.indexOf('?');
        List<Map.Entry<String, byte[]>> params = new ArrayList<>();
        if (q >= 0) {
            for (String p : target.substring(q + 1).split("&")) {
                if (p.isEmpty()) {
                    continue;
                }
                int eq = p.indexOf('=');
                String key = eq < 0 ? p : p.substring(0, eq);
                byte[] value = eq < 0 ? new byte[0] : urlDecode(p.substring(eq + 1));
                params.add(Map.entry(new String(urlDecode(key), StandardCharsets.ISO_8859_1), value));
            }
        }
        return new HttpGet(host, q < 0 ? target : target.substring(0, q), params);
    }

    private static long number(Map<String, byte[]> params, String key, long fallback) {
        byte[] v = params.get(key);
        if (v == null) {
            if (fallback < 0) {
                throw new TrackerFormatException("announce lacks the required parameter '" + key + "'");
            }
            return fallback;
        }
        String s = new String(v, StandardCharsets.ISO_8859_1);
        try {
            long n = Long.parseLong(s);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new TrackerFormatException("announce parameter '" + key + "' must be a non-negative integer, got '"
                    + s + "'");
        }
    }

    /**
     * Parses an announce as a tracker receives it. The announce URL is rebuilt as
     * {@code http://<Host><path>}; parameters other than BEP 3's are ignored.
     */
    public static AnnounceRequest decodeAnnounceRequest(byte[] request) {
        HttpGet get = parseGet(request);
        Map<String, byte[]> params = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> e : get.parameters()) {
            if (params.put(e.getKey(), e.getValue()) != null) {
                throw new TrackerFormatException("announce repeats the parameter '" + e.getKey() + "'");
            }
        }
        byte[] infoHash = params.get("info_hash");
        byte[] peerId = params.get("peer_id");
        if (infoHash == null || infoHash.length != 20 || peerId == null || peerId.length != 20) {
            throw new TrackerFormatException("announce needs info_hash and peer_id of 20 bytes each");
        }
        long port = number(params, "port", -1);
        if (port > 0xFFFF) {
            throw new TrackerFormatException("announce port must be 0..65535, got " + port);
        }
        byte[] event = params.get("event");
        TrackerEvent ev = event == null ? TrackerEvent.NONE
                : TrackerEvent.fromWireName(new String(event, StandardCharsets.ISO_8859_1));
        long numwant = Math.min(number(params, "numwant", AnnounceRequest.DEFAULT_NUMWANT), Integer.MAX_VALUE);
        return new AnnounceRequest("http://" + get.host() + get.path(), InfoHash.of(infoHash), PeerId.of(peerId),
                (int) port, number(params, "uploaded", -1), number(params, "downloaded", -1),
                number(params, "left", -1), ev, (int) numwant, number(params, "compact", 0) == 1);
    }

    /** The bencoded body of an announce response, with a compact peer list. */
    public static BencodeDictionary announceBody(AnnounceResponse r) {
        if (r.isFailure()) {
            return BencodeDictionary.builder().put("failure reason", r.failureReason()).build();
        }
        byte[] peers = new byte[r.peers().size() * PeerAddress.COMPACT_BYTES];
        int i = 0;
        for (PeerAddress p : r.peers()) {
            int ip = p.ipv4();
            peers[i++] = (byte) (ip >>> 24);
            peers[i++] = (byte) (ip >>> 16);
            peers[i++] = (byte) (ip >>> 8);
            peers[i++] = (byte) ip;
            peers[i++] = (byte) (p.port() >>> 8);
            peers[i++] = (byte) p.port();
        }
        BencodeDictionary.Builder d = BencodeDictionary.builder()
                .put("interval", r.intervalSeconds())
                .put("complete", r.complete())
                .put("incomplete", r.incomplete())
                .put("peers", peers);
        if (r.minIntervalSeconds() > 0) {
            d.put("min interval", r.minIntervalSeconds());
        }
        return d.build();
    }

    static int announceBodyLength(AnnounceResponse r) {
        if (r.isFailure()) {
            return 2 + 17 + BencodeWriter.byteStringLength(r.failureReason().getBytes(StandardCharsets.UTF_8).length);
        }
        int n = 2
                + 10 + 2 + BencodeWriter.decimalLength(r.complete())       // 8:complete i..e
                + 13 + 2 + BencodeWriter.decimalLength(r.incomplete())     // 10:incomplete i..e
                + 10 + 2 + BencodeWriter.decimalLength(r.intervalSeconds()) // 8:interval i..e
                + 7 + BencodeWriter.byteStringLength(r.peers().size() * PeerAddress.COMPACT_BYTES); // 5:peers
        if (r.minIntervalSeconds() > 0) {
            n += 15 + 2 + BencodeWriter.decimalLength(r.minIntervalSeconds()); // 12:min interval i..e
        }
        return n;
    }

    static int httpResponseLength(int bodyLength) {
        return RESPONSE_HEAD.length() + BencodeWriter.decimalLength(bodyLength) + 4 + bodyLength;
    }

    private static byte[] httpResponse(byte[] body) {
        byte[] head = (RESPONSE_HEAD + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[head.length + body.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(body, 0, out, head.length, body.length);
        return out;
    }

    /** The HTTP response carrying an announce response. */
    public static byte[] encodeAnnounceResponse(AnnounceResponse r) {
        return httpResponse(BencodeWriter.encode(announceBody(r)));
    }

    /** The bencoded body of a scrape response. */
    public static BencodeDictionary scrapeBody(ScrapeResponse r) {
        TreeMap<BencodeBytes, BencodeValue> files = new TreeMap<>();
        for (Map.Entry<InfoHash, ScrapeResponse.Stats> e : r.files().entrySet()) {
            files.put(BencodeBytes.of(e.getKey().bytes()), BencodeDictionary.builder()
                    .put("complete", e.getValue().complete())
                    .put("downloaded", e.getValue().downloaded())
                    .put("incomplete", e.getValue().incomplete()).build());
        }
        return BencodeDictionary.builder().put("files", BencodeDictionary.of(files)).build();
    }

    static int scrapeBodyLength(ScrapeResponse r) {
        return BencodeWriter.encodedLength(scrapeBody(r));
    }

    /** The HTTP response carrying a scrape response. */
    public static byte[] encodeScrapeResponse(ScrapeResponse r) {
        return httpResponse(BencodeWriter.encode(scrapeBody(r)));
    }

    /** The body of an HTTP 200 response with a Content-Length; clear errors otherwise. */
    public static byte[] responseBody(byte[] http) {
        String text = new String(http, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new TrackerFormatException("HTTP response has no end of headers (CRLF CRLF)");
        }
        String[] lines = text.substring(0, end).split("\r\n");
        if (!lines[0].startsWith("HTTP/1.") || !lines[0].substring(Math.min(8, lines[0].length())).startsWith(" 200")) {
            throw new TrackerFormatException("tracker answered '" + lines[0] + "' instead of 'HTTP/1.x 200 OK'");
        }
        long length = -1;
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0 && lines[i].substring(0, colon).equalsIgnoreCase("Content-Length")) {
                try {
                    length = Long.parseLong(lines[i].substring(colon + 1).trim());
                } catch (NumberFormatException e) {
                    throw new TrackerFormatException("bad Content-Length header '" + lines[i] + "'");
                }
            }
        }
        int bodyStart = end + 4;
        if (length != http.length - bodyStart) {
            throw new TrackerFormatException("Content-Length " + length + " does not match the "
                    + (http.length - bodyStart) + " body bytes received");
        }
        byte[] body = new byte[http.length - bodyStart];
        System.arraycopy(http, bodyStart, body, 0, body.length);
        return body;
    }

    private static BencodeDictionary bencodedBody(byte[] body) {
        // Trackers in the wild do not always sort keys: accept any order, never duplicates.
        return BencodeReader.strict().allowingUnsortedKeys().readDictionary(body);
    }

    private static int nonNegativeInt(BencodeDictionary d, String key, boolean required) {
        if (!required && !d.containsKey(key)) {
            return 0;
        }
        long v = d.requireInteger(key);
        if (v < 0 || v > Integer.MAX_VALUE) {
            throw new BencodeException("'" + key + "' must be 0.." + Integer.MAX_VALUE + ", got " + v, -1);
        }
        return (int) v;
    }

    /** Parses a bencoded announce response body (compact peers only). */
    public static AnnounceResponse decodeAnnounceBody(byte[] body) {
        BencodeDictionary d = bencodedBody(body);
        if (d.containsKey("failure reason")) {
            return AnnounceResponse.failure(d.requireString("failure reason"));
        }
        BencodeValue peersValue = d.require("peers");
        if (!(peersValue instanceof BencodeBytes compact)) {
            throw new TrackerFormatException("only compact peer lists (a byte string, BEP 23) are supported, got a "
                    + peersValue.kind());
        }
        byte[] p = compact.bytes();
        if (p.length % PeerAddress.COMPACT_BYTES != 0) {
            throw new TrackerFormatException("compact peer list of " + p.length + " bytes is not a multiple of 6");
        }
        List<PeerAddress> peers = new ArrayList<>(p.length / 6);
        for (int i = 0; i < p.length; i += 6) {
            int ip = (p[i] & 0xff) << 24 | (p[i + 1] & 0xff) << 16 | (p[i + 2] & 0xff) << 8 | (p[i + 3] & 0xff);
            int port = (p[i + 4] & 0xff) << 8 | (p[i + 5] & 0xff);
            peers.add(PeerAddress.fromIpv4(ip, port));
        }
        return AnnounceResponse.of(nonNegativeInt(d, "interval", true), nonNegativeInt(d, "min interval", false),
                nonNegativeInt(d, "complete", false), nonNegativeInt(d, "incomplete", false), peers);
    }

    /** Parses the HTTP response to an announce. */
    public static AnnounceResponse decodeAnnounceResponse(byte[] http) {
        return decodeAnnounceBody(responseBody(http));
    }

    /** Parses the HTTP response to a scrape. */
    public static ScrapeResponse decodeScrapeResponse(byte[] http) {
        BencodeDictionary files = bencodedBody(responseBody(http)).requireDictionary("files");
        TreeMap<InfoHash, ScrapeResponse.Stats> out = new TreeMap<>();
        for (Map.Entry<BencodeBytes, BencodeValue> e : files.entries().entrySet()) {
            if (e.getKey().length() != 20 || !(e.getValue() instanceof BencodeDictionary s)) {
                throw new TrackerFormatException("scrape 'files' must map 20-byte info-hashes to dictionaries");
            }
            out.put(InfoHash.of(e.getKey().bytes()), new ScrapeResponse.Stats(nonNegativeInt(s, "complete", false),
                    nonNegativeInt(s, "downloaded", false), nonNegativeInt(s, "incomplete", false)));
        }
        return new ScrapeResponse(out);
    }
}
