package org.swarmsim.finders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swarmsim.finders.FinderMessage.Ack;
import org.swarmsim.finders.FinderMessage.Attach;
import org.swarmsim.finders.FinderMessage.AttachReply;
import org.swarmsim.finders.FinderMessage.Detach;
import org.swarmsim.finders.FinderMessage.Found;
import org.swarmsim.finders.FinderMessage.Gossip;
import org.swarmsim.finders.FinderMessage.Hint;
import org.swarmsim.finders.FinderMessage.JoinReply;
import org.swarmsim.finders.FinderMessage.Notify;
import org.swarmsim.finders.FinderMessage.Route;
import org.swarmsim.overlay.NodeId;

/**
 * Every datagram's payload size, pinned to the wire format of {@link FinderMessage}'s Javadoc:
 * header = type 1 + transaction 2 + sender id 20 = 23; a finder entry 20 + 4 + 2 = 26, a cache
 * entry 26 + load 2 + stamp 4 = 32; a contact 6; a hint swarm 20 + entry 26 = 46.
 */
class FinderMessageTest {
    private static final NodeId KEY = NodeId.of(1, 2, 3);

    @Test
    void theBuildingBlocksAreAsDocumented() {
        assertEquals(23, FinderMessage.HEADER);
        assertEquals(26, FinderMessage.ENTRY);
        assertEquals(32, FinderMessage.CACHE_ENTRY);
        assertEquals(6, FinderMessage.CONTACT);
        assertEquals(46, FinderMessage.HINT);
    }

    @Test
    void aRouteIsTheHeaderPurposeSearchIdKeyOriginTwoByteHopsAndTtl() {
        // 23 + purpose 1 + search id 4 + key 20 + origin 6 + hops 2 + ttl 1
        assertEquals(57, Route.SIZE);
        for (Purpose p : Purpose.values()) {
            Route r = new Route(1, p, p == Purpose.SEARCH, 7, KEY, 99, 3, 4, 300, 2);
            assertEquals(57, r.wireSize(), p + " route");
            assertTrue(r.isQuery());
            assertEquals(7, r.searchId());
        }
    }

    @Test
    void theOneWayAndAcknowledgementMessagesAreBareHeaders() {
        assertEquals(23, new Ack(1, FinderTraffic.SEARCH, 5).wireSize());
        assertEquals(23, new Attach(1).wireSize());
        assertEquals(23, new Detach(1).wireSize());
        assertEquals(23, new Notify(1).wireSize());
        assertFalse(new Ack(1, FinderTraffic.SEARCH, 5).isQuery(), "an ack is an answer");
        assertEquals(5, new Ack(1, FinderTraffic.REGISTER, 5).searchId());
        assertTrue(new Attach(1).isQuery());
        assertTrue(new Detach(1).isQuery());
        assertTrue(new Notify(1).isQuery());
    }

    @Test
    void anAnswerCarriesSearchIdKeyHopsAndATwoByteCountOfSixByteContacts() {
        for (int n : new int[] {0, 1, 50, 2000}) {
            Found f = new Found(1, 9, KEY, 3, 4, new int[n]);
            // 23 + search id 4 + key 20 + hops 2 + count 2 + 6 per contact
            assertEquals(23 + 4 + 20 + 2 + 2 + 6 * n, f.wireSize(), n + " contacts");
            assertTrue(f.isQuery(), "an answer to the origin is a one-way query");
            assertEquals(FinderTraffic.SEARCH, f.traffic());
        }
    }

    @Test
    void anAttachReplyCarriesAcceptedLoadAndOneByteCountOfCacheEntries() {
        for (int s : new int[] {0, 1, FinderConfig.SUGGESTIONS}) {
            AttachReply r = new AttachReply(1, s == 0, 30, new int[s]);
            // 23 + accepted 1 + load 2 + count 1 + 32 per suggestion
            assertEquals(23 + 1 + 2 + 1 + 32 * s, r.wireSize(), s + " suggestions");
            assertFalse(r.isQuery());
            assertEquals(FinderTraffic.ATTACH, r.traffic());
        }
    }

    @Test
    void aGossipMessageCarriesATwoByteCountOfCacheEntriesAndAOneByteCountOfHints() {
        for (int n : new int[] {1, 2, 201}) {
            for (int h : new int[] {0, 1, 8}) {
                List<Hint> hints = new ArrayList<>();
                for (int i = 0; i < h; i++) {
                    hints.add(new Hint(NodeId.of(i, i, i), i));
                }
                Gossip push = new Gossip(1, false, new int[n], new long[n], new int[n], hints);
                Gossip reply = new Gossip(1, true, new int[n], new long[n], new int[n], hints);
                int expected = 23 + 2 + 32 * n + 1 + 46 * h;
                assertEquals(expected, push.wireSize(), n + " entries, " + h + " hints");
                assertEquals(expected, reply.wireSize());
                assertTrue(push.isQuery());
                assertFalse(reply.isQuery(), "the reply of a gossip exchange is its answer");
                assertEquals(FinderTraffic.GOSSIP, push.traffic());
            }
        }
    }

    @Test
    void aGossipMessageKeepsItsOwnCopyOfTheHints() {
        List<Hint> hints = new ArrayList<>(List.of(new Hint(KEY, 1)));
        Gossip g = new Gossip(1, false, new int[1], new long[1], new int[1], hints);
        hints.add(new Hint(KEY, 2));
        assertEquals(1, g.hints().size());
        assertEquals(23 + 2 + 32 + 1 + 46, g.wireSize());
        assertThrows(UnsupportedOperationException.class, () -> g.hints().add(new Hint(KEY, 3)));
    }

    @Test
    void aJoinReplyCarriesAOneByteCountOfFinderEntries() {
        for (int n : new int[] {1, 6, 40}) {
            assertEquals(23 + 1 + 26 * n, new JoinReply(1, new int[n]).wireSize(), n + " finders");
        }
    }

    @Test
    void eachMessageCountsAsTheTrafficItIsFor() {
        assertEquals(FinderTraffic.SEARCH, route(Purpose.LOCATE).traffic());
        assertEquals(FinderTraffic.SEARCH, route(Purpose.SEARCH).traffic());
        assertEquals(FinderTraffic.SEARCH, route(Purpose.FLOOD).traffic());
        assertEquals(FinderTraffic.SEARCH, route(Purpose.WALK).traffic());
        assertEquals(FinderTraffic.REGISTER, route(Purpose.REGISTER).traffic());
        assertEquals(FinderTraffic.JOIN, route(Purpose.JOIN).traffic());
        assertEquals(FinderTraffic.ATTACH, new Attach(1).traffic());
        assertEquals(FinderTraffic.ATTACH, new Detach(1).traffic());
        assertEquals(FinderTraffic.JOIN, new JoinReply(1, new int[0]).traffic());
        assertEquals(FinderTraffic.JOIN, new Notify(1).traffic());
        assertEquals(FinderTraffic.REGISTER, new Ack(1, FinderTraffic.REGISTER, -1).traffic());
        assertEquals(-1, new Attach(1).searchId(), "only routed messages and their answers belong to a search");
    }

    private static Route route(Purpose p) {
        return new Route(1, p, false, 1, KEY, 0, 0, 0, 0, 0);
    }
}
