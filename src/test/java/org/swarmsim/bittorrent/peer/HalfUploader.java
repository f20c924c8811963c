package org.swarmsim.bittorrent.peer;

import java.util.List;
import org.swarmsim.bittorrent.choker.ChokeCandidate;
import org.swarmsim.bittorrent.choker.Choker;
import org.swarmsim.bittorrent.choker.ChokerConfig;
import org.swarmsim.sim.random.RandomStream;

/**
 * An example of a user-written behaviour: a leecher that uploads in every other choke round only.
 * In the other rounds it chokes everybody. A behaviour overrides only the hooks where it differs
 * (here {@link Behaviour#leecherChoker}); it wraps the scenario's choker rather than replacing it.
 * Register it under a name, as {@code SwarmPolicies.BEHAVIOURS} does for the shipped ones, and
 * {@code population.leechers.behaviours} can use it (see {@code StrategicBehaviourTest}).
 */
final class HalfUploader implements Behaviour {
    @Override
    public String name() {
        return "half_uploader";
    }

    @Override
    public Choker leecherChoker(Choker standard, ChokerConfig config, PeerSpec spec) {
        return new Choker() {
            private long rounds;

            @Override
            public void rechoke(long nowNanos, List<ChokeCandidate> candidates, RandomStream rng) {
                if (rounds++ % 2 == 0) {
                    standard.rechoke(nowNanos, candidates, rng);
                } else {
                    for (ChokeCandidate c : candidates) {
                        c.unchoked(false).optimistic(false);
                    }
                }
            }

            @Override
            public boolean unchokesBetweenRounds() {
                return false;   // else a freed slot would be refilled in an off round
            }

            @Override
            public String name() {
                return "half-" + standard.name();
            }
        };
    }
}
