package org.swarmsim.sim.random;

/** Known answers of the stream derivation, pinned once (see RandomStreamsTest). */
final class PinnedValues {
    static final long[] SEED42_PEER17_PICKER = {6068229141433686503L, -7914960422228058317L, 3830322102102006216L};
    static final long[] SEED42_REP3_PEER17_PICKER = {-6995634128324759488L, 6360257620659058458L, -8551997048200945390L};

    private PinnedValues() {
    }
}
