package org.swarmsim.bittorrent.tracker;

/** A malformed tracker request or response; the message says what was wrong and what is allowed. */
public class TrackerFormatException extends IllegalArgumentException {
    /** @param problem what was wrong and what is allowed */
    public TrackerFormatException(String problem) {
        super(problem);
    }

    /** @param problem what was wrong; @param cause the underlying error */
    public TrackerFormatException(String problem, Throwable cause) {
        super(problem, cause);
    }
}
