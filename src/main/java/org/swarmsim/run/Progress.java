package org.swarmsim.run;

/** Progress of a run, reported between simulation steps (the CLI draws its bar from this). */
public interface Progress {
    /**
     * @param simNanos simulated time reached
     * @param fraction how much of the run is done, in [0, 1]
     * @param detail   a short status such as {@code sim 120s  leechers done 40/100}
     * @param events   events run so far
     */
    void update(long simNanos, double fraction, String detail, long events);
}
