package org.swarmsim.bittorrent.choker;

/**
 * What a {@link Choker} knows of one connected peer at a rechoke. The peer keeps one per
 * connection and refreshes it before each round (a reusable mutable view); the choker reads the
 * inputs and writes the outcome into {@link #unchoked()} and {@link #optimistic()} (and
 * {@link #lastUnchokedAtNanos()} for peers it unchokes anew).
 *
 * <p>Accessors are named after the fields; setters return {@code this} for chaining.
 */
public final class ChokeCandidate {
    /** Value of {@link #lastUnchokedAtNanos()} for a peer never unchoked. */
    public static final long NEVER = Long.MIN_VALUE;

    private int peerKey;
    private boolean interested;
    private boolean snubbed;
    private long bytesFromPeerInWindow;
    private long bytesToPeerInWindow;
    private long connectedAtNanos;
    private long lastUnchokedAtNanos = NEVER;
    private boolean hasPendingRequests;
    private boolean unchokingUs;
    private long bytesPeerHas;
    private boolean unchoked;
    private long uploadCapBytesPerSecond;
    private boolean optimistic;

    /** A candidate for the peer {@code peerKey}: choked, not interested, never unchoked. */
    public ChokeCandidate(int peerKey) {
        this.peerKey = peerKey;
    }

    /** The caller's key for the peer. */
    public int peerKey() {
        return peerKey;
    }

    /** Sets the key (when the view is reused for another peer). */
    public ChokeCandidate peerKey(int key) {
        this.peerKey = key;
        return this;
    }

    /** The peer is interested in us (wants to download from us). */
    public boolean interested() {
        return interested;
    }

    /** Sets {@link #interested()}. */
    public ChokeCandidate interested(boolean value) {
        this.interested = value;
        return this;
    }

    /** The peer has sent us no block for {@link ChokerConfig#snubTimeoutNanos()} while unchoking us. */
    public boolean snubbed() {
        return snubbed;
    }

    /** Sets {@link #snubbed()}. */
    public ChokeCandidate snubbed(boolean value) {
        this.snubbed = value;
        return this;
    }

    /** Payload bytes the peer sent us in the rate window (its upload to us). */
    public long bytesFromPeerInWindow() {
        return bytesFromPeerInWindow;
    }

    /** Sets {@link #bytesFromPeerInWindow()}. */
    public ChokeCandidate bytesFromPeerInWindow(long bytes) {
        this.bytesFromPeerInWindow = bytes;
        return this;
    }

    /** Payload bytes we sent the peer in the rate window (our upload to it). */
    public long bytesToPeerInWindow() {
        return bytesToPeerInWindow;
    }

    /** Sets {@link #bytesToPeerInWindow()}. */
    public ChokeCandidate bytesToPeerInWindow(long bytes) {
        this.bytesToPeerInWindow = bytes;
        return this;
    }

    /** When the connection was established. */
    public long connectedAtNanos() {
        return connectedAtNanos;
    }

    /** Sets {@link #connectedAtNanos()}. */
    public ChokeCandidate connectedAtNanos(long nanos) {
        this.connectedAtNanos = nanos;
        return this;
    }

    /** When we last unchoked the peer ({@link #NEVER} if never); the choker updates it. */
    public long lastUnchokedAtNanos() {
        return lastUnchokedAtNanos;
    }

    /** Sets {@link #lastUnchokedAtNanos()}. */
    public ChokeCandidate lastUnchokedAtNanos(long nanos) {
        this.lastUnchokedAtNanos = nanos;
        return this;
    }

    /** The peer has requests to us not yet served (used by the Legout seed rule). */
    public boolean hasPendingRequests() {
        return hasPendingRequests;
    }

    /** Sets {@link #hasPendingRequests()}. */
    public ChokeCandidate hasPendingRequests(boolean value) {
        this.hasPendingRequests = value;
        return this;
    }

    /** The peer unchokes us now (it would upload to us if we asked). */
    public boolean unchokingUs() {
        return unchokingUs;
    }

    /** Sets {@link #unchokingUs()}. */
    public ChokeCandidate unchokingUs(boolean value) {
        this.unchokingUs = value;
        return this;
    }

    /**
     * Bytes of the pieces the peer told us it has (bitfield and haves): its growth over time is
     * the peer's download rate as we can observe it without trading with it.
     */
    public long bytesPeerHas() {
        return bytesPeerHas;
    }

    /** Sets {@link #bytesPeerHas()}. */
    public ChokeCandidate bytesPeerHas(long bytes) {
        this.bytesPeerHas = bytes;
        return this;
    }

    /** Input: we unchoke the peer now. Output: we unchoke it after this round. */
    public boolean unchoked() {
        return unchoked;
    }

    /** Sets {@link #unchoked()}. */
    public ChokeCandidate unchoked(boolean value) {
        this.unchoked = value;
        return this;
    }

    /** Input: the peer holds an optimistic (random) slot now. Output: it holds one after this round. */
    public boolean optimistic() {
        return optimistic;
    }

    /** Sets {@link #optimistic()}. */
    public ChokeCandidate optimistic(boolean value) {
        this.optimistic = value;
        return this;
    }

    /**
     * Output: the rate we upload to the peer at most, in bytes per second; 0 (the default, reset
     * before every round) = no limit beyond the access link. Only chokers that limit per-peer
     * rates (BitTyrant) set it.
     */
    public long uploadCapBytesPerSecond() {
        return uploadCapBytesPerSecond;
    }

    /** Sets {@link #uploadCapBytesPerSecond()}. */
    public ChokeCandidate uploadCapBytesPerSecond(long bytesPerSecond) {
        if (bytesPerSecond < 0) {
            throw new IllegalArgumentException("upload cap must be >= 0 (0 = none), was " + bytesPerSecond);
        }
        this.uploadCapBytesPerSecond = bytesPerSecond;
        return this;
    }

    @Override
    public String toString() {
        return "ChokeCandidate[peer=" + peerKey + (interested ? " interested" : "") + (snubbed ? " snubbed" : "")
                + " from=" + bytesFromPeerInWindow + " to=" + bytesToPeerInWindow
                + (unchoked ? " unchoked" : " choked") + (optimistic ? " optimistic" : "") + "]";
    }
}
