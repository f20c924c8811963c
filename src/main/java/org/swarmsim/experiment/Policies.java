package org.swarmsim.experiment;

import org.swarmsim.bittorrent.choker.ChokerConfig;
import org.swarmsim.bittorrent.choker.Choker;
import org.swarmsim.bittorrent.choker.TitForTatChoker;
import org.swarmsim.bittorrent.choker.LegoutSeedChoker;
import org.swarmsim.bittorrent.choker.UploadRateSeedChoker;
import org.swarmsim.bittorrent.peer.Behaviour;
import org.swarmsim.bittorrent.picker.PieceSelection;
import org.swarmsim.bittorrent.picker.RandomFirstSelection;
import org.swarmsim.bittorrent.picker.RandomSelection;
import org.swarmsim.bittorrent.picker.RarestFirstSelection;
import org.swarmsim.bittorrent.picker.SequentialSelection;
import org.swarmsim.scenario.PolicyNames;
import org.swarmsim.scenario.ProtocolSpec;
import org.swarmsim.scenario.Registry;

/**
 * The name-to-factory registries that turn the names in a scenario into policy objects. A new
 * policy is one class plus one line here (and its name in {@link PolicyNames}, which the scenario
 * validator uses for its "allowed:" lists; a test keeps the two in step).
 */
public final class Policies {
    /** Piece selections by {@code protocol.picker}. */
    public static final Registry<ProtocolSpec, PieceSelection> PICKERS = new Registry<ProtocolSpec, PieceSelection>("picker")
            .register("rarest_first", p -> RarestFirstSelection.INSTANCE)
            .register("random", p -> RandomSelection.INSTANCE)
            .register("sequential", p -> SequentialSelection.INSTANCE)
            .register("random_first", p -> new RandomFirstSelection(p.randomFirstPieces()));

    /** Leecher-state chokers by {@code protocol.choker.policy} (one new instance per peer). */
    public static final Registry<ChokerConfig, Choker> CHOKERS = new Registry<ChokerConfig, Choker>("choker")
            .register("tit_for_tat", TitForTatChoker::new);

    /** Seed-state chokers by {@code protocol.choker.seed_rule} (one new instance per peer). */
    public static final Registry<ChokerConfig, Choker> SEED_RULES = new Registry<ChokerConfig, Choker>("seed rule")
            .register("upload_rate", UploadRateSeedChoker::new)
            .register("legout", LegoutSeedChoker::new);

    /** Peer behaviours by the keys of {@code population.leechers.behaviours}. */
    public static final Registry<Void, Behaviour> BEHAVIOURS = new Registry<Void, Behaviour>("behaviour")
            .register("compliant", v -> Behaviour.COMPLIANT)
            .register("free_rider", v -> Behaviour.FREE_RIDER)
            .register("corrupter", v -> Behaviour.CORRUPTER);

    private Policies() {
    }

    /** The registered names, for the scenario validator. */
    public static PolicyNames names() {
        return PolicyNames.of(PICKERS, CHOKERS, BEHAVIOURS);
    }
}
