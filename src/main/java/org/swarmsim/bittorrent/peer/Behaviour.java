package org.swarmsim.bittorrent.peer;

/**
 * How a peer deviates (or not) from the protocol. The peer asks its behaviour at the few points
 * where strategies differ; a new strategy (BitTyrant-style, large-view exploits) is one more
 * implementation registered under a name.
 */
public interface Behaviour {
    /** Stable name used in scenarios and in {@code peers.csv}. */
    String name();

    /** Whether this peer ever unchokes anybody (false: a free-rider that never uploads). */
    default boolean uploads() {
        return true;
    }

    /** Whether blocks this peer uploads carry bad data (they fail the receiver's hash check). */
    default boolean corruptsData() {
        return false;
    }

    /** The protocol as specified: uploads by tit-for-tat and optimistic unchoke, good data. */
    Behaviour COMPLIANT = () -> "compliant";

    /** Downloads but never unchokes anybody, so never uploads a byte. */
    Behaviour FREE_RIDER = new Behaviour() {
        @Override
        public String name() {
            return "free_rider";
        }

        @Override
        public boolean uploads() {
            return false;
        }
    };

    /** Uploads like a compliant peer, but every block it sends is corrupt. */
    Behaviour CORRUPTER = new Behaviour() {
        @Override
        public String name() {
            return "corrupter";
        }

        @Override
        public boolean corruptsData() {
            return true;
        }
    };
}
