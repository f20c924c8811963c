package org.swarmsim.bittorrent.choker;

/**
 * How many peers a client unchokes at once, its active set: the same number for every peer
 * ({@link #FIXED}: {@link ChokerConfig#totalSlots()}, mainline's 3 + 1), or growing with the
 * peer's upload capacity as in Azureus 2.5 ({@link #AZUREUS}: ⌊√(0.6 · r)⌋ for an upload capacity
 * of r KiB/s, at least one regular slot besides the optimistic ones), the client whose equal
 * split Piatek et al. (NSDI 2007, section 3) measured and BitTyrant exploits: a fast peer spreads
 * its capacity over many peers, each getting √(r / 0.6) KiB/s.
 */
public enum ActiveSet {
    /** Every peer unchokes {@link ChokerConfig#totalSlots()} peers. */
    FIXED("fixed"),
    /** Azureus: ⌊√(0.6 · upload KiB/s)⌋ peers. */
    AZUREUS("azureus");

    private final String label;

    ActiveSet(String label) {
        this.label = label;
    }

    /** The name in scenario files ({@code protocol.choker.active_set}). */
    public String label() {
        return label;
    }

    /** The rule named {@code label}; throws with the allowed names otherwise. */
    public static ActiveSet of(String label) {
        for (ActiveSet a : values()) {
            if (a.label.equals(label)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown active set '" + label + "' (allowed: fixed, azureus)");
    }

    /**
     * The active set of a client of {@code config} uploading at {@code uploadBytesPerSecond}:
     * regular plus optimistic slots.
     */
    public int size(double uploadBytesPerSecond, ChokerConfig config) {
        if (this == FIXED) {
            return config.totalSlots();
        }
        int azureus = (int) Math.floor(Math.sqrt(0.6 * Math.max(0, uploadBytesPerSecond) / 1024));
        return Math.max(config.optimisticSlots() + 1, azureus);
    }
}
