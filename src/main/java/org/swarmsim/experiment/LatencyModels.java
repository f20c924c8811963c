package org.swarmsim.experiment;

import org.swarmsim.net.ConstantLatency;
import org.swarmsim.net.LatencyModel;
import org.swarmsim.scenario.LatencySpec;
import org.swarmsim.sim.random.RandomStreams;

/** Builds the network's latency model from {@code network.latency}. */
public final class LatencyModels {
    private LatencyModels() {
    }

    public static LatencyModel build(LatencySpec spec, RandomStreams streams) {
        if (spec instanceof LatencySpec.Constant c) {
            return new ConstantLatency(c.valueNanos());
        }
        throw new IllegalArgumentException("latency model '" + spec.model() + "' is not available in this build");
    }
}
