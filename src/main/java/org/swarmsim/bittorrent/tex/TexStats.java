package org.swarmsim.bittorrent.tex;

/**
 * Counters of one swarm's tracker exchange, shared by the plug-ins of all its peers (one
 * {@link TexExtension} per swarm). Not thread-safe: a swarm runs in one simulation thread.
 */
public final class TexStats {
    private long messagesSent;
    private long bytesSent;
    private long urlsSent;
    private long messagesReceived;
    private long urlsReceived;
    private long trackersAdded;
    private long malformedMessages;
    private long urlsIgnored;
    private long unusableUrls;

    /** Messages sent. */
    public long messagesSent() {
        return messagesSent;
    }

    /** Bytes of the messages sent, on the wire (the 6-byte extended-message envelope included). */
    public long bytesSent() {
        return bytesSent;
    }

    /** Tracker URLs sent, over all messages. */
    public long urlsSent() {
        return urlsSent;
    }

    /** Messages received (the malformed ones included). */
    public long messagesReceived() {
        return messagesReceived;
    }

    /** URLs taken from well-formed received messages (those beyond the cap not included). */
    public long urlsReceived() {
        return urlsReceived;
    }

    /** Received URLs the receiving peer did not know, added to its announce-list. */
    public long trackersAdded() {
        return trackersAdded;
    }

    /** Received messages that did not decode; ignored. */
    public long malformedMessages() {
        return malformedMessages;
    }

    /** Received URLs beyond the per-message cap; ignored. */
    public long urlsIgnored() {
        return urlsIgnored;
    }

    /**
     * Received URLs the peer's tracker client could not announce to (not http:// or https:// with a
     * host: the simulated client speaks HTTP only); not added.
     */
    public long unusableUrls() {
        return unusableUrls;
    }

    void sent(TexMessage m) {
        messagesSent++;
        bytesSent += 6 + m.size();
        urlsSent += m.added().size();
    }

    void received() {
        messagesReceived++;
    }

    void malformed() {
        malformedMessages++;
    }

    void urlsReceived(int urls) {
        urlsReceived += urls;
    }

    void trackerAdded() {
        trackersAdded++;
    }

    void unusable() {
        unusableUrls++;
    }

    void ignored(int urls) {
        urlsIgnored += urls;
    }

    @Override
    public String toString() {
        return "TexStats[sent " + messagesSent + " msgs " + bytesSent + " B " + urlsSent + " urls, received "
                + messagesReceived + " msgs " + urlsReceived + " urls, added " + trackersAdded + ", malformed "
                + malformedMessages + ", ignored " + urlsIgnored + " urls, unusable " + unusableUrls + "]";
    }
}
