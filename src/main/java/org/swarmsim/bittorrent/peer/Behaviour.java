package org.swarmsim.bittorrent.peer;

import org.swarmsim.bittorrent.choker.BitTyrantChoker;
import org.swarmsim.bittorrent.choker.Choker;
import org.swarmsim.bittorrent.choker.ChokerConfig;

/**
 * How a peer deviates (or not) from the protocol. The peer asks its behaviour at the few points
 * where strategies differ: whether it uploads, whether its data is good, which leecher choker it
 * runs and its connection and tracker limits. A new strategy is one more implementation
 * registered under a name (see {@code SwarmPolicies.BEHAVIOURS}); every hook defaults to the
 * compliant client's answer.
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

    /**
     * The choker the peer runs while leeching. {@code standard} is the scenario's choker, made for
     * this peer; {@code config} the swarm's choke numbers; {@code spec} the peer (its upload
     * capacity, for a choker that budgets it). Called once, when the peer is created.
     */
    default Choker leecherChoker(Choker standard, ChokerConfig config, PeerSpec spec) {
        return standard;
    }

    /**
     * The choke numbers the peer runs with, leeching and seeding (its slots: the chokers are made
     * from them and free slots are refilled up to them); {@code standard} is the swarm's for this
     * peer's capacity.
     */
    default ChokerConfig chokerConfig(ChokerConfig standard) {
        return standard;
    }

    /** The client parameters the peer runs with (connection limits, tracker numwant); {@code standard} is the swarm's. */
    default PeerConfig peerConfig(PeerConfig standard) {
        return standard;
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

    /**
     * Uploads through its optimistic unchoke only: no regular slots, so it never reciprocates; it
     * unchokes {@code optimistic_slots} peers at random (new peers favoured), rotated every
     * optimistic interval, as seed and as leecher. The cheapest way to look like a client that
     * uploads while getting what others' tit-for-tat gives a peer that uploads a little
     * (Locher et al. 2006 on how little BitTorrent's incentives ask).
     */
    Behaviour OPTIMISTIC_ONLY = new Behaviour() {
        @Override
        public String name() {
            return "optimistic_only";
        }

        @Override
        public ChokerConfig chokerConfig(ChokerConfig standard) {
            return standard.optimisticSlots() == 0 ? standard.withRegularSlots(0).withOptimisticSlots(1)
                    : standard.withRegularSlots(0);
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

    /**
     * BitTyrant (Piatek et al., NSDI 2007): uploads, but while leeching unchokes by
     * {@link BitTyrantChoker} (most download per upload first, within its upload capacity, each
     * peer capped at the rate estimated to buy its reciprocation). As a seed it is compliant.
     */
    Behaviour BITTYRANT = new Behaviour() {
        @Override
        public String name() {
            return "bittyrant";
        }

        @Override
        public Choker leecherChoker(Choker standard, ChokerConfig config, PeerSpec spec) {
            return new BitTyrantChoker(config, spec.uploadBytesPerSecond());
        }
    };

    /** How many times the compliant client's connection limits and numwant a {@link #LARGE_VIEW} peer uses. */
    int LARGE_VIEW_FACTOR = 10;

    /**
     * The large-view exploit (Locher et al., HotNets 2006; Sirivianos et al. 2007): never uploads,
     * but keeps {@value #LARGE_VIEW_FACTOR} times the connections (initiated too), asks the tracker
     * for {@value #LARGE_VIEW_FACTOR} times the peers and re-announces whenever the tracker's
     * minimum interval allows (its re-announce threshold is its connection limit), to collect
     * optimistic unchokes and the seeds' slots from as many peers as possible. The tracker still
     * caps each answer at its {@code max_numwant}.
     */
    Behaviour LARGE_VIEW = new Behaviour() {
        @Override
        public String name() {
            return "large_view";
        }

        @Override
        public boolean uploads() {
            return false;
        }

        @Override
        public PeerConfig peerConfig(PeerConfig c) {
            int max = c.maxConnections() * LARGE_VIEW_FACTOR;
            return new PeerConfig(c.pipelineDepth(), max, c.connectionSlack(), c.maxInitiated() * LARGE_VIEW_FACTOR,
                    max, c.sendBufferBlocks(), c.endGame(), c.keepAliveIntervalNanos(), c.banAfterBadPieces(),
                    c.numwant() * LARGE_VIEW_FACTOR, c.fastExtension());
        }
    };
}
