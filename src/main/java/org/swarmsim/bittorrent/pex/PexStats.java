package org.swarmsim.bittorrent.pex;

/**
 * Counters of one swarm's peer exchange, shared by the plug-ins of all its peers (one
 * {@link PexExtension} per swarm). Not thread-safe: a swarm runs in one simulation thread.
 */
public final class PexStats {
    private long messagesSent;
    private long bytesSent;
    private long peersAddedSent;
    private long peersDroppedSent;
    private long messagesReceived;
    private long peersAddedReceived;
    private long violations;
    private long disconnects;
    private long oversizedMessages;

    /** Messages sent. */
    public long messagesSent() {
        return messagesSent;
    }

    /** Bytes of the messages sent, on the wire (the 6-byte extended-message envelope included). */
    public long bytesSent() {
        return bytesSent;
    }

    /** Added entries sent. */
    public long peersAddedSent() {
        return peersAddedSent;
    }

    /** Dropped entries sent. */
    public long peersDroppedSent() {
        return peersDroppedSent;
    }

    /** Messages received (also those found in violation). */
    public long messagesReceived() {
        return messagesReceived;
    }

    /** Added entries received and handed to the peer as candidates. */
    public long peersAddedReceived() {
        return peersAddedReceived;
    }

    /** Received messages that broke the receiver's rules: too frequent, over the limits, malformed. */
    public long violations() {
        return violations;
    }

    /** Connections a receiver closed for a violation. */
    public long disconnects() {
        return disconnects;
    }

    /** Received messages with more added or dropped entries than the limits allow (a kind of violation). */
    public long oversizedMessages() {
        return oversizedMessages;
    }

    void sent(PexMessage m) {
        messagesSent++;
        bytesSent += 6 + m.size();
        peersAddedSent += m.added().size();
        peersDroppedSent += m.dropped().size();
    }

    void received() {
        messagesReceived++;
    }

    void addedReceived(int peers) {
        peersAddedReceived += peers;
    }

    void violation() {
        violations++;
    }

    void oversized() {
        oversizedMessages++;
    }

    void disconnect() {
        disconnects++;
    }

    @Override
    public String toString() {
        return "PexStats[sent " + messagesSent + " msgs " + bytesSent + " B (+" + peersAddedSent + " -"
                + peersDroppedSent + "), received " + messagesReceived + " msgs +" + peersAddedReceived
                + ", violations " + violations + " (oversized " + oversizedMessages + "), disconnects "
                + disconnects + "]";
    }
}
