package org.swarmsim.run.swarm;

import org.swarmsim.bittorrent.choker.Choker;
import org.swarmsim.bittorrent.choker.ChokerConfig;
import org.swarmsim.bittorrent.choker.LegoutSeedChoker;
import org.swarmsim.bittorrent.choker.SuperSeedingChoker;
import org.swarmsim.bittorrent.choker.TitForTatChoker;
import org.swarmsim.bittorrent.choker.UploadRateSeedChoker;
import org.swarmsim.bittorrent.peer.Behaviour;
import org.swarmsim.bittorrent.picker.PieceSelection;
import org.swarmsim.bittorrent.picker.RandomFirstSelection;
import org.swarmsim.bittorrent.picker.RandomSelection;
import org.swarmsim.bittorrent.picker.RarestFirstSelection;
import org.swarmsim.bittorrent.picker.SequentialSelection;
import org.swarmsim.scenario.Registry;

/**
 * The registries that turn the policy names of a swarm scenario into the client's policy objects:
 * what validation accepts and lists, what the documentation lists, what the run builds. A new
 * policy is one class plus one registration here.
 */
public final class SwarmPolicies {
    /** Piece selections by {@code protocol.picker}. */
    public static final Registry<ProtocolSpec, PieceSelection> PICKERS =
            new Registry<ProtocolSpec, PieceSelection>("picker", "protocol.picker")
                    .register("rarest_first", "the piece fewest neighbours have, ties at random (libtorrent, mainline)",
                            p -> RarestFirstSelection.INSTANCE)
                    .register("random", "a uniformly random piece", p -> RandomSelection.INSTANCE)
                    .register("sequential", "the lowest-numbered piece (streaming)", p -> SequentialSelection.INSTANCE)
                    .register("random_first", "random for the first random_first_pieces pieces, then rarest first "
                            + "(mainline)", p -> new RandomFirstSelection(p.randomFirstPieces()));

    /** Leecher-state chokers by {@code protocol.choker.policy} (one new instance per peer). */
    public static final Registry<ChokerConfig, Choker> CHOKERS =
            new Registry<ChokerConfig, Choker>("choker", "protocol.choker.policy")
                    .register("tit_for_tat", "regular slots to the peers that upload to us fastest, plus optimistic "
                            + "unchokes rotated every optimistic_interval (BEP 3, mainline)", TitForTatChoker::new);

    /** Seed-state chokers by {@code protocol.choker.seed_rule} (one new instance per peer). */
    public static final Registry<ChokerConfig, Choker> SEED_RULES =
            new Registry<ChokerConfig, Choker>("seed rule", "protocol.choker.seed_rule")
                    .register("upload_rate", "a seed unchokes the peers it uploads to fastest (mainline before 4.0)",
                            UploadRateSeedChoker::new)
                    .register("legout", "a seed unchokes the most recently unchoked first, then rotates (mainline 4.0, "
                            + "Legout et al. 2006)", LegoutSeedChoker::new)
                    .register("super_seeding", "BEP 16: an initial seed announces one piece at a time to each peer, the "
                            + "next only once another peer has announced it; unchokes as legout", SuperSeedingChoker::new);

    /** Peer behaviours by the keys of {@code population.leechers.behaviours}. */
    public static final Registry<Void, Behaviour> BEHAVIOURS =
            new Registry<Void, Behaviour>("behaviour")
                    .register("compliant", "follows the protocol",
                            java.util.List.of("population.leechers.behaviours={compliant: 100%}"), v -> Behaviour.COMPLIANT)
                    .register("free_rider", "downloads but never unchokes anybody, so never uploads: it gets only "
                            + "others' optimistic unchokes and the seeds' slots",
                            java.util.List.of("population.leechers.behaviours={compliant: 50%, free_rider: 50%}"),
                            v -> Behaviour.FREE_RIDER)
                    .register("corrupter", "uploads like a compliant peer, but every block it sends is corrupt; "
                            + "receivers ban it after 2 failed pieces",
                            java.util.List.of("population.leechers.behaviours={compliant: 75%, corrupter: 25%}"),
                            v -> Behaviour.CORRUPTER)
                    .register("bittyrant", "BitTyrant (Piatek et al. 2007): unchokes the peers that give the most per "
                            + "byte first, within its upload capacity, each capped at the rate that buys reciprocation",
                            java.util.List.of("population.leechers.behaviours={compliant: 75%, bittyrant: 25%}"),
                            v -> Behaviour.BITTYRANT)
                    .register("large_view", "never uploads, keeps 10x the connections and asks the tracker for 10x the "
                            + "peers, as often as allowed, to collect optimistic unchokes (Locher et al. 2006)",
                            java.util.List.of("population.leechers.behaviours={compliant: 75%, large_view: 25%}"),
                            v -> Behaviour.LARGE_VIEW)
                    .register("optimistic_only", "uploads through its optimistic unchoke only (one random peer, "
                            + "rotated every optimistic_interval), never by tit-for-tat",
                            java.util.List.of("population.leechers.behaviours={compliant: 75%, optimistic_only: 25%}"),
                            v -> Behaviour.OPTIMISTIC_ONLY);

    private SwarmPolicies() {
    }
}
