package org.swarmsim.bittorrent.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.swarmsim.bittorrent.metainfo.InfoHash;
import org.swarmsim.bittorrent.wire.PeerId;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

class TrackerHttpCodecTest {
    static final InfoHash HASH = InfoHash.fromHex("0123456789abcdef0123456789abcdef01234567");
    static final String URL = "http://tracker.example:6969/announce";

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    @Test
    void announceRequestIsTheRealHttpGet() {
        AnnounceRequest r = new AnnounceRequest(URL, HASH, PeerId.forNode(5), 6881, 0, 0, 1_048_576,
                TrackerEvent.STARTED, 50, true);
        String expected = "GET /announce?info_hash=%01%23Eg%89%AB%CD%EF%01%23Eg%89%AB%CD%EF%01%23Eg"
                + "&peer_id=-SS0010-000000000005&port=6881&uploaded=0&downloaded=0&left=1048576"
                + "&event=started&numwant=50&compact=1 HTTP/1.1\r\n"
                + "Host: tracker.example:6969\r\nUser-Agent: swarmsim/0.1\r\nConnection: close\r\n\r\n";
        assertEquals(expected, text(TrackerHttpCodec.encodeAnnounceRequest(r)));
        assertEquals(expected.length(), r.wireSize());
        AnnounceRequest regular = new AnnounceRequest(URL, HASH, PeerId.forNode(5), 6881, 10, 20, 30,
                TrackerEvent.NONE, 50, true);
        assertTrue(!text(TrackerHttpCodec.encodeAnnounceRequest(regular)).contains("event="));
    }

    @Test
    void announceRequestsSurviveTheRoundTripAndWireSizeIsExact() {
        RandomStream random = new RandomStreams(8L).stream("tracker/requests");
        for (int i = 0; i < 500; i++) {
            byte[] hash = new byte[20];
            random.nextBytes(hash);
            AnnounceRequest r = new AnnounceRequest(
                    i % 2 == 0 ? URL : "http://t.example/announce.php", InfoHash.of(hash),
                    PeerId.forNode(random.nextInt(1_000_000)), random.nextInt(65536),
                    random.nextLong(1L << 40), random.nextLong(1L << 40), random.nextLong(1L << 40),
                    TrackerEvent.values()[random.nextInt(4)], random.nextInt(200), random.nextBoolean());
            byte[] bytes = TrackerHttpCodec.encodeAnnounceRequest(r);
            assertEquals(bytes.length, r.wireSize());
            assertEquals(r, TrackerHttpCodec.decodeAnnounceRequest(bytes));
        }
    }

    @Test
    void compactResponseIsSixBytesPerPeerAndItsSizeIsExact() {
        List<PeerAddress> peers = new ArrayList<>();
        for (int n = 0; n < 50; n++) {
            peers.add(new PeerAddress(n * 1000));
        }
        AnnounceResponse r = AnnounceResponse.of(1800, 900, 3, 7, peers);
        byte[] http = TrackerHttpCodec.encodeAnnounceResponse(r);
        String body = "d8:completei3e10:incompletei7e8:intervali1800e12:min intervali900e5:peers300:";
        String head = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " + (body.length() + 301)
                + "\r\n\r\n";
        assertEquals(head + body, text(http).substring(0, head.length() + body.length()));
        assertEquals(head.length() + body.length() + 301, http.length);
        assertEquals(http.length, r.wireSize());
        assertEquals(r, TrackerHttpCodec.decodeAnnounceResponse(http));
        // the first compact peer is node 0 = 10.0.0.1:6881
        int p = head.length() + body.length();
        assertEquals("0a000001" + "1ae1", java.util.HexFormat.of().formatHex(http, p, p + 6));
    }

    @Test
    void responseWireSizeMatchesTheEncodingForManyShapes() {
        RandomStream random = new RandomStreams(9L).stream("tracker/responses");
        for (int i = 0; i < 500; i++) {
            List<PeerAddress> peers = new ArrayList<>();
            int n = random.nextInt(80);
            for (int k = 0; k < n; k++) {
                peers.add(new PeerAddress(random.nextInt(PeerAddress.MAX_NODE_ID + 1)));
            }
            AnnounceResponse r = i % 50 == 0 ? AnnounceResponse.failure("torrent not registered #" + i)
                    : AnnounceResponse.of(random.nextInt(100_000), random.nextInt(3) == 0 ? 0 : random.nextInt(5000),
                    random.nextInt(1_000_000), random.nextInt(10), peers);
            byte[] http = TrackerHttpCodec.encodeAnnounceResponse(r);
            assertEquals(http.length, r.wireSize(), r.toString());
            assertEquals(r, TrackerHttpCodec.decodeAnnounceResponse(http));
        }
    }

    @Test
    void scrapeRoundTripsAndUsesTheBep48Url() {
        ScrapeRequest q = new ScrapeRequest(URL, List.of(HASH));
        String request = text(TrackerHttpCodec.encodeScrapeRequest(q));
        assertTrue(request.startsWith("GET /scrape?info_hash=%01%23Eg%89%AB%CD%EF%01%23Eg%89%AB%CD%EF%01%23Eg HTTP/1.1\r\n"),
                request);
        assertEquals(request.length(), q.wireSize());
        ScrapeResponse s = ScrapeResponse.of(Map.of(HASH, new ScrapeResponse.Stats(4, 10, 2)));
        byte[] http = TrackerHttpCodec.encodeScrapeResponse(s);
        assertEquals(http.length, s.wireSize());
        assertEquals(s, TrackerHttpCodec.decodeScrapeResponse(http));
        assertTrue(text(http).endsWith("d5:filesd20:" + text(HASH.bytes())
                + "d8:completei4e10:downloadedi10e10:incompletei2eeee"));
    }

    @Test
    void scrapeUrlFollowsBep48() {
        assertEquals("http://t.example/scrape", TrackerHttpCodec.scrapeUrl("http://t.example/announce"));
        assertEquals("http://t.example/x/scrape.php?k=1", TrackerHttpCodec.scrapeUrl("http://t.example/x/announce.php?k=1"));
        TrackerFormatException e = assertThrows(TrackerFormatException.class,
                () -> TrackerHttpCodec.scrapeUrl("http://t.example/a"));
        assertTrue(e.getMessage().contains("does not support scrape"));
    }

    @Test
    void peerAddressesAreDeterministicAndMapBackToNodeIds() {
        assertEquals("10.0.0.1", new PeerAddress(0).ipv4String());
        assertEquals("10.0.1.0", new PeerAddress(255).ipv4String());
        assertEquals("10.255.255.254", new PeerAddress(PeerAddress.MAX_NODE_ID).ipv4String());
        assertEquals(new PeerAddress(4711), PeerAddress.fromIpv4(new PeerAddress(4711).ipv4(), 6881));
        TrackerFormatException e = assertThrows(TrackerFormatException.class,
                () -> PeerAddress.fromIpv4(0xC0A80001, 6881));
        assertTrue(e.getMessage().contains("192.168.0.1:6881 is not a simulated peer"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new PeerAddress(-1));
    }

    @Test
    void malformedResponsesAndRequestsGetClearErrors() {
        byte[] ok = TrackerHttpCodec.encodeAnnounceResponse(AnnounceResponse.of(60, 0, 0, 0, List.of()));
        String s = text(ok);
        assertTrue(assertThrows(TrackerFormatException.class, () -> TrackerHttpCodec.decodeAnnounceResponse(
                s.replace("200 OK", "404 Not Found").getBytes(StandardCharsets.ISO_8859_1)))
                .getMessage().contains("instead of 'HTTP/1.x 200 OK'"));
        assertTrue(assertThrows(TrackerFormatException.class, () -> TrackerHttpCodec.decodeAnnounceResponse(
                (s + "x").getBytes(StandardCharsets.ISO_8859_1))).getMessage().contains("does not match"));
        assertTrue(assertThrows(TrackerFormatException.class, () -> TrackerHttpCodec.decodeAnnounceBody(
                "d8:intervali60e5:peerslee".getBytes(StandardCharsets.US_ASCII))).getMessage()
                .contains("only compact peer lists"));
        assertTrue(assertThrows(TrackerFormatException.class, () -> TrackerHttpCodec.decodeAnnounceBody(
                "d8:intervali60e5:peers5:abcdee".getBytes(StandardCharsets.US_ASCII))).getMessage()
                .contains("not a multiple of 6"));
        assertTrue(assertThrows(TrackerFormatException.class, () -> TrackerHttpCodec.decodeAnnounceRequest(
                "GET /announce?port=1 HTTP/1.1\r\nHost: t\r\n\r\n".getBytes(StandardCharsets.US_ASCII)))
                .getMessage().contains("info_hash and peer_id of 20 bytes"));
        assertTrue(assertThrows(TrackerFormatException.class,
                () -> new AnnounceRequest("udp://t.example:80", HASH, PeerId.forNode(1), 1, 0, 0, 0,
                        TrackerEvent.NONE, 50, true)).getMessage().contains("must be http:// or https://"));
        assertEquals("tracker down", TrackerHttpCodec.decodeAnnounceResponse(
                TrackerHttpCodec.encodeAnnounceResponse(AnnounceResponse.failure("tracker down"))).failureReason());
    }
}
