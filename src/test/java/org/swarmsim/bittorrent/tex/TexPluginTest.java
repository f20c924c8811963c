package org.swarmsim.bittorrent.tex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swarmsim.bittorrent.metainfo.BencodeBytes;
import org.swarmsim.bittorrent.tex.FakeTorrent.FakeConnection;
import org.swarmsim.bittorrent.wire.RawExtensionPayload;
import org.swarmsim.sim.SimTime;

/** The plug-in's rules, driven through fake handles: what is sent when, and what is done with what arrives. */
class TexPluginTest {
    private static final String A = "http://a.example/announce";
    private static final String B = "https://b.example:6969/announce";
    private static final String C = "http://c.example/announce";
    private static final String D = "http://d.example/announce";
    private static final long TICK = SimTime.seconds(10);

    private static FakeTorrent torrent(TexStats stats, String... trackers) {
        return new FakeTorrent(trackers).with(new TexExtension(TexConfig.defaults(), stats));
    }

    private static void ticks(FakeTorrent t, int n) {
        for (int i = 0; i < n; i++) {
            t.tickAfter(TICK);
        }
    }

    private static byte[] sha1OfSortedConcatenation(String... urls) throws Exception {
        List<String> sorted = new ArrayList<>(List.of(urls));
        java.util.Collections.sort(sorted);   // ASCII URLs: the same as byte order
        return MessageDigest.getInstance("SHA-1").digest(String.join("", sorted).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theHandshakeCarriesTheSha1OfTheSortedSendableUrls() throws Exception {
        FakeTorrent t = torrent(new TexStats(), B, A);
        FakeConnection c = t.connect(1, true, null);
        BencodeBytes tr = c.ourHandshake.otherEntries().optional("tr", BencodeBytes.class).orElseThrow();
        assertEquals(20, tr.length());
        assertArrayEquals(sha1OfSortedConcatenation(A, B), tr.bytes());
        t.trackers.add(C);   // learned, not working: not in the hash
        assertArrayEquals(sha1OfSortedConcatenation(A, B),
                t.connect(2, true, null).ourHandshake.otherEntries().requireBytes("tr").bytes());
        t.working.add(C);
        assertArrayEquals(sha1OfSortedConcatenation(A, B, C),
                t.connect(3, true, null).ourHandshake.otherEntries().requireBytes("tr").bytes());
    }

    @Test
    void sendsTheFullListFirstThenOnlyTrackersAddedSince() {
        TexStats stats = new TexStats();
        FakeTorrent t = torrent(stats, A, B);
        FakeConnection c = t.connect(1, true, null);
        t.tickAfter(TICK);
        assertEquals(List.of(List.of(A, B)), c.sentLists(), "the whole list at the first tick");
        t.trackers.add(C);
        t.working.add(C);
        ticks(t, 30);
        t.trackers.add(D);
        t.working.add(D);
        ticks(t, 30);
        assertEquals(List.of(List.of(A, B), List.of(C), List.of(D)), c.sentLists());
        assertEquals(3, stats.messagesSent());
        assertEquals(4, stats.urlsSent());
        assertEquals(c.sent.stream().mapToLong(s -> 6 + s.message().size()).sum(), stats.bytesSent());
    }

    @Test
    void sendsAtMostOneMessageEveryTwoMinutesPerConnection() {
        FakeTorrent t = torrent(new TexStats(), A);
        FakeConnection c = t.connect(1, true, null);
        t.tickAfter(TICK);
        List<String> extra = List.of("http://t1", "http://t2", "http://t3", "http://t4", "http://t5");
        for (String url : extra) {   // a new working tracker every 30 s
            ticks(t, 3);
            t.trackers.add(url);
            t.working.add(url);
        }
        ticks(t, 60);
        assertTrue(c.sent.size() >= 2, "additions were sent: " + c.sentLists());
        for (int i = 1; i < c.sent.size(); i++) {
            assertTrue(c.sent.get(i).nanos() - c.sent.get(i - 1).nanos() >= SimTime.minutes(2),
                    "messages " + (i - 1) + " and " + i + " less than 2 min apart");
        }
        List<String> all = new ArrayList<>();
        c.sentLists().forEach(all::addAll);
        List<String> expected = new ArrayList<>(List.of(A));
        expected.addAll(extra);
        assertEquals(expected, all, "each tracker sent once, in announce-list order");
        assertEquals(SimTime.seconds(130), c.sent.get(1).nanos(), "the second message as soon as 2 min passed");
    }

    @Test
    void sendsNothingWhenTheRemotesTrMatchesOursAndNothingChanged() throws Exception {
        FakeTorrent t = torrent(new TexStats(), A, B);
        FakeConnection same = t.connect(1, true, sha1OfSortedConcatenation(B, A));
        FakeConnection other = t.connect(2, true, sha1OfSortedConcatenation(A));
        FakeConnection bogus = t.connect(3, true, new byte[] {1, 2, 3});
        ticks(t, 60);
        assertEquals(List.of(), same.sentLists(), "the same list: nothing to say");
        assertEquals(List.of(List.of(A, B)), other.sentLists(), "another list: the full one");
        assertEquals(List.of(List.of(A, B)), bogus.sentLists(), "a tr that is no SHA-1: the full one");
        t.trackers.add(C);
        t.working.add(C);
        ticks(t, 1);
        assertEquals(List.of(List.of(C)), same.sentLists(), "later additions still go out");
    }

    @Test
    void aLearnedTrackerIsNotPassedOnUntilItWorked() {
        TexStats stats = new TexStats();
        FakeTorrent t = torrent(stats, A);
        FakeConnection teller = t.connect(1, true, null);
        FakeConnection listener = t.connect(2, true, null);
        teller.receive(TexMessage.of(C, A));
        assertEquals(List.of(A, C), t.trackers, "C joined the announce-list");
        ticks(t, 30);
        assertEquals(List.of(List.of(A)), listener.sentLists(), "C has not worked: only A");
        assertEquals(List.of(), teller.sentLists(), "the teller knows A and C already");
        t.working.add(C);
        ticks(t, 12);
        assertEquals(List.of(List.of(A), List.of(C)), listener.sentLists(), "C worked: passed on");
        assertEquals(List.of(), teller.sentLists(), "not sent back to the peer that told us");
        t.working.remove(A);   // a torrent's tracker that stopped answering is still sent to newcomers
        FakeConnection late = t.connect(3, true, null);
        ticks(t, 1);
        assertEquals(List.of(List.of(A, C)), late.sentLists());
    }

    @Test
    void receivedTrackersReachTheAnnounceList() {
        TexStats stats = new TexStats();
        FakeTorrent t = torrent(stats, A);
        FakeConnection c = t.connect(1, true, null);
        c.receive(TexMessage.of(A, B));
        c.receive(new RawExtensionPayload(TexMessage.of(C).toBytes()));
        assertEquals(List.of(A, B, C), t.addCalls, "every received URL is offered, the raw bytes decoded");
        assertEquals(List.of(A, B, C), t.trackers);
        assertEquals(2, stats.trackersAdded(), "A was known");
        assertEquals(3, stats.urlsReceived());
        assertEquals(2, stats.messagesReceived());
    }

    @Test
    void malformedMessagesAndUrlsBeyondTheCapAreIgnoredAndCounted() {
        TexStats stats = new TexStats();
        FakeTorrent t = new FakeTorrent(A).with(new TexExtension(TexConfig.defaults().withMaxUrlsPerMessage(3), stats));
        FakeConnection c = t.connect(1, true, null);
        c.receive(new RawExtensionPayload("d5:addedl0:ee".getBytes(StandardCharsets.US_ASCII)));
        c.receive(new RawExtensionPayload("li1ee".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(List.of(), t.addCalls);
        assertEquals(2, stats.malformedMessages());
        assertTrue(!c.closed, "a malformed message does not close the connection");
        c.receive(TexMessage.of("http://t1.example", "http://t2.example", "http://t3.example", "http://t4.example", "http://t5.example"));
        assertEquals(List.of("http://t1.example", "http://t2.example", "http://t3.example"), t.addCalls);
        assertEquals(2, stats.urlsIgnored());
        assertEquals(3, stats.trackersAdded());
        assertEquals(3, stats.messagesReceived());
    }

    @Test
    void urlsThePeerCannotAnnounceToAreNotAdded() {
        TexStats stats = new TexStats();
        FakeTorrent t = torrent(stats, A);
        FakeConnection c = t.connect(1, true, null);
        c.receive(TexMessage.of("udp://tracker.example:6969", "not a url", "http:///no-host", "https://e.example/a"));
        assertEquals(List.of("https://e.example/a"), t.addCalls);
        assertEquals(3, stats.unusableUrls());
        assertEquals(1, stats.trackersAdded());
    }

    @Test
    void aLongListGoesOutInMessagesOfAtMostTheCapTwoMinutesApart() {
        TexStats stats = new TexStats();
        FakeTorrent t = new FakeTorrent();
        for (int i = 0; i < 250; i++) {
            t.trackers.add("http://tracker" + i + ".example/announce");
        }
        t.with(new TexExtension(TexConfig.defaults(), stats));
        FakeConnection c = t.connect(1, true, null);
        ticks(t, 60);
        assertEquals(List.of(100, 100, 50), c.sentLists().stream().map(List::size).toList());
        assertEquals(SimTime.seconds(10 + 120 + 120), c.sent.get(2).nanos());
    }

    @Test
    void nothingGoesToARemoteWithoutLtTexOrOverAClosedConnection() {
        TexStats stats = new TexStats();
        FakeTorrent t = torrent(stats, A);
        FakeConnection plain = t.connect(1, false, null);
        FakeConnection closing = t.connect(2, true, null);
        closing.close("done");
        ticks(t, 30);
        assertEquals(List.of(), plain.sentLists());
        assertEquals(List.of(), closing.sentLists());
        assertEquals(0, stats.messagesSent());
    }
}
