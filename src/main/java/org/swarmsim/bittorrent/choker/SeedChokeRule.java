package org.swarmsim.bittorrent.choker;

/** Which seed-state choke algorithm a peer uses once it has every piece. */
public enum SeedChokeRule {
    /** {@link SeedChokerOld}: regular slots by our upload to the peer (mainline before 4.0). */
    UPLOAD_RATE("upload-rate"),
    /** {@link SeedChokerLegout}: most recently unchoked first, then rotation (mainline 4.0 and later). */
    LEGOUT("legout");

    private final String scenarioName;

    SeedChokeRule(String scenarioName) {
        this.scenarioName = scenarioName;
    }

    /** The name used in scenario files. */
    public String scenarioName() {
        return scenarioName;
    }

    /** A new choker for one peer (chokers count rounds, so each peer needs its own). */
    public Choker create(ChokerConfig config) {
        return this == UPLOAD_RATE ? new SeedChokerOld(config) : new SeedChokerLegout(config);
    }

    /** The rule with this scenario name. */
    public static SeedChokeRule named(String name) {
        for (SeedChokeRule r : values()) {
            if (r.scenarioName.equals(name)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown seed choke rule '" + name + "'; known: upload-rate, legout");
    }
}
