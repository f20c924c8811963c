package org.swarmsim.bittorrent.tracker;

/** The {@code event} parameter of a tracker announce (BEP 3); {@link #NONE} is a regular announce. */
public enum TrackerEvent {
    /** Regular periodic announce: no {@code event} parameter is sent. */
    NONE(""),
    /** First announce of a download. */
    STARTED("started"),
    /** The download has just completed. */
    COMPLETED("completed"),
    /** The client is leaving the swarm. */
    STOPPED("stopped");

    private final String wireName;

    TrackerEvent(String wireName) {
        this.wireName = wireName;
    }

    /** The value of the {@code event} parameter ("" for {@link #NONE}). */
    public String wireName() {
        return wireName;
    }

    /** The event named {@code name} on the wire ("" or absent for {@link #NONE}). */
    public static TrackerEvent fromWireName(String name) {
        for (TrackerEvent e : values()) {
            if (e.wireName.equals(name)) {
                return e;
            }
        }
        throw new TrackerFormatException("unknown announce event '" + name
                + "': allowed are started, completed, stopped or none");
    }
}
