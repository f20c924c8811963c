package org.swarmsim.run.swarm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.swarmsim.bittorrent.choker.ChokerConfig;
import org.swarmsim.bittorrent.choker.TitForTatChoker;
import org.swarmsim.bittorrent.choker.UploadRateSeedChoker;
import org.swarmsim.bittorrent.peer.PeerConfig;
import org.swarmsim.bittorrent.picker.RarestFirstSelection;
import org.swarmsim.bittorrent.tracker.TrackerConfig;

/**
 * One set of defaults: a scenario that says nothing configures exactly the client's own defaults
 * ({@code PeerConfig.defaults()}, {@code ChokerConfig.defaults()}, {@code TrackerConfig.defaults()}),
 * which {@code Swarm.builder} uses for the tests' fixtures, with the same policies as the builder's
 * (rarest first, tit-for-tat, upload-rate seed rule).
 */
class DefaultClientTest {
    @Test
    void theScenarioDefaultsAreTheClientsDefaults() {
        ProtocolSpec p = ProtocolSpec.defaults();
        TrackerSpec t = TrackerSpec.defaults();
        assertEquals(PeerConfig.defaults(), p.peerConfig(t.numwant()));
        assertEquals(ChokerConfig.defaults(), p.chokerConfig());
        assertEquals(TrackerConfig.defaults(), t.config());
    }

    @Test
    void theDefaultPoliciesAreTheBuildersDefaults() {
        ProtocolSpec p = ProtocolSpec.defaults();
        ChokerConfig cc = p.chokerConfig();
        assertEquals(RarestFirstSelection.INSTANCE, SwarmPolicies.PICKERS.create(p.picker(), p));
        assertEquals(TitForTatChoker.class, SwarmPolicies.CHOKERS.create(p.choker().policy(), cc).getClass());
        assertEquals(UploadRateSeedChoker.class, SwarmPolicies.SEED_RULES.create(p.choker().seedRule(), cc).getClass());
    }
}
