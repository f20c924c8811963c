package org.swarmsim.bittorrent.pex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swarmsim.bittorrent.pex.FakePeer.FakeConnection;
import org.swarmsim.bittorrent.tracker.PeerAddress;
import org.swarmsim.bittorrent.wire.RawExtensionPayload;
import org.swarmsim.sim.SimTime;

/** The receiver's rules: rate, limits, malformed messages; disconnect (libtorrent) or ignore and count (BEP 11). */
class PexReceiverTest {
    private static List<PeerAddress> peers(int from, int count) {
        List<PeerAddress> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(new PeerAddress(from + i));
        }
        return out;
    }

    /** Sends 7 one-peer messages 5 s apart (all within 30 s) from node 1. */
    private static FakeConnection sevenMessagesIn30Seconds(FakePeer peer) {
        FakeConnection c = peer.connect(1, true, false, true);
        for (int i = 0; i < 7 && !c.closed; i++) {
            peer.now = SimTime.seconds(5 * i);
            c.receive(PexMessage.of(peers(100 + i, 1), List.of()));
        }
        return c;
    }

    @Test
    void libtorrentDisconnectsAPeerSendingSevenMessagesInAMinute() {
        PexStats stats = new PexStats();
        FakePeer peer = new FakePeer(new PexExtension(PexConfig.libtorrent(), stats));
        FakeConnection c = sevenMessagesIn30Seconds(peer);
        assertTrue(c.closed);
        assertEquals(PexPlugin.VIOLATION, c.closeReason);
        assertEquals(6, peer.candidates.size(), "the first six were heard");
        assertEquals(1, stats.violations());
        assertEquals(1, stats.disconnects());
        assertEquals(7, stats.messagesReceived());
        assertEquals(6, stats.peersAddedReceived());
    }

    @Test
    void bep11IgnoresTheSeventhMessageInAMinuteAndKeepsTheConnection() {
        PexStats stats = new PexStats();
        FakePeer peer = new FakePeer(new PexExtension(PexConfig.bep11(), stats));
        FakeConnection c = sevenMessagesIn30Seconds(peer);
        assertFalse(c.closed);
        assertEquals(6, peer.candidates.size());
        assertEquals(1, stats.violations());
        assertEquals(0, stats.disconnects());
        peer.now = SimTime.seconds(60);   // the first message is a minute old: room for one more
        c.receive(PexMessage.of(peers(200, 1), List.of()));
        assertEquals(7, peer.candidates.size());
        assertEquals(1, stats.violations());
    }

    @Test
    void aMessageAMinuteIsNeverAViolation() {
        PexStats stats = new PexStats();
        FakePeer peer = new FakePeer(new PexExtension(PexConfig.libtorrent(), stats));
        FakeConnection c = peer.connect(1, false, false, true);
        for (int i = 0; i < 30; i++) {
            peer.now = SimTime.seconds(60 * i);
            c.receive(PexMessage.of(peers(100 + i, 1), List.of()));
        }
        assertFalse(c.closed);
        assertEquals(0, stats.violations());
        assertEquals(30, stats.peersAddedReceived());
    }

    @Test
    void libtorrentDisconnectsOnANonInitialMessageOverTheLimits() {
        PexStats stats = new PexStats();
        FakePeer peer = new FakePeer(new PexExtension(PexConfig.libtorrent(), stats));
        FakeConnection c = peer.connect(1, true, false, true);
        c.receive(PexMessage.of(peers(100, 100), List.of()));
        assertFalse(c.closed, "100 added is libtorrent's limit");
        peer.now = SimTime.seconds(60);
        c.receive(PexMessage.of(peers(300, 101), List.of()));
        assertTrue(c.closed);
        assertEquals(1, stats.oversizedMessages());
        assertEquals(100, stats.peersAddedReceived());

        FakeConnection d = peer.connect(2, true, false, true);
        d.receive(PexMessage.of(peers(100, 3), List.of()));
        d.receive(PexMessage.of(List.of(), peers(100, 101)));
        assertTrue(d.closed, "too many dropped");
        assertEquals(2, stats.disconnects());
    }

    @Test
    void bep11AcceptsALongFirstMessageAndCutsLaterOnesToTheLimit() {
        PexStats stats = new PexStats();
        FakePeer peer = new FakePeer(new PexExtension(PexConfig.bep11(), stats));
        FakeConnection c = peer.connect(1, true, false, true);
        c.receive(PexMessage.of(peers(100, 300), List.of()));
        assertEquals(300, peer.candidates.get(0).size(), "the first message may list every connected peer");
        assertEquals(0, stats.violations());
        peer.now = SimTime.seconds(60);
        c.receive(PexMessage.of(peers(1000, 80), List.of()));
        assertFalse(c.closed);
        assertEquals(peers(1000, 50), peer.candidates.get(1), "entries beyond 50 are ignored");
        assertEquals(1, stats.oversizedMessages());
        assertEquals(1, stats.violations());
    }

    @Test
    void malformedBytesAreAViolation() {
        PexStats stats = new PexStats();
        FakePeer peer = new FakePeer(new PexExtension(PexConfig.libtorrent(), stats));
        FakeConnection c = peer.connect(1, true, false, true);
        c.receive(new RawExtensionPayload("d5:added5:abcdee".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        assertTrue(c.closed);
        FakeConnection d = peer.connect(2, true, false, true);
        d.receive(new RawExtensionPayload(PexMessage.of(peers(5, 2), List.of()).toBytes()));
        assertFalse(d.closed, "well-formed bytes are decoded");
        assertEquals(peers(5, 2), peer.candidates.get(0));
    }

    @Test
    void aRemoteListingItselfAddsNothingNew() {
        FakePeer peer = new FakePeer(new PexExtension(PexConfig.bep11(), new PexStats()));
        FakeConnection c = peer.connect(7, true, false, true);
        c.receive(PexMessage.of(List.of(new PeerAddress(7), new PeerAddress(8), new PeerAddress(8)), List.of()));
        assertEquals(List.of(List.of(new PeerAddress(8))), peer.candidates);
    }
}
