package org.swarmsim.bittorrent.peer;

import java.util.Arrays;
import org.swarmsim.bittorrent.piece.Bitfield;

/**
 * What the simulator measures of a swarm, with the god's-eye view no peer has: who is online, the
 * copies of each piece among online leechers, and who delivered how many payload bytes to whom,
 * split by what the sender was when it sent: an initial seed, a leecher that had completed, or a
 * leecher still downloading. Every swarm has one, registered as its
 * first {@link SwarmListener}; metrics and reports read it, peers never do.
 */
public final class SwarmStatistics implements SwarmListener {
    private final int[] leecherCopies;     // online leechers holding each piece
    private int onlineSeeds;
    private int onlineLeechers;
    private int completedLeechers;
    private long payloadBytes;
    private long[] fromInitialSeeds = new long[64];
    private long[] fromCompleted = new long[64];
    private long[] fromLeechers = new long[64];
    private long[] uploaded = new long[64];

    SwarmStatistics(int pieceCount) {
        this.leecherCopies = new int[pieceCount];
    }

    @Override
    public void onPeerJoined(Peer p) {
        grow(p.index());
        if (p.isSeed()) {
            onlineSeeds++;
        } else {
            onlineLeechers++;
            addCopies(p.have(), +1);
        }
    }

    @Override
    public void onPieceVerified(Peer p, int piece) {
        leecherCopies[piece]++;
    }

    @Override
    public void onPeerCompleted(Peer p) {
        addCopies(p.have(), -1);
        onlineLeechers--;
        onlineSeeds++;
        completedLeechers++;
    }

    @Override
    public void onPeerLeft(Peer p) {
        if (p.isSeed()) {
            onlineSeeds--;
        } else {
            onlineLeechers--;
            addCopies(p.have(), -1);
        }
    }

    @Override
    public void onPayload(Peer receiver, Peer sender, long bytes) {
        payloadBytes += bytes;
        grow(Math.max(receiver.index(), sender.index()));
        if (sender.spec().initialSeed()) {
            fromInitialSeeds[receiver.index()] += bytes;
        } else if (sender.isSeed()) {
            fromCompleted[receiver.index()] += bytes;
        } else {
            fromLeechers[receiver.index()] += bytes;
        }
        uploaded[sender.index()] += bytes;
    }

    public int onlineSeeds() {
        return onlineSeeds;
    }

    public int onlineLeechers() {
        return onlineLeechers;
    }

    /** Leechers (peers that did not start as seeds) that completed their download. */
    public int completedLeechers() {
        return completedLeechers;
    }

    /** Payload bytes delivered in piece messages so far. */
    public long payloadBytes() {
        return payloadBytes;
    }

    /** Copies of {@code piece} held by online peers (seeds included). */
    public int availability(int piece) {
        return leecherCopies[piece] + onlineSeeds;
    }

    /** Copies of {@code piece} among online leechers only. */
    public int leecherCopies(int piece) {
        return leecherCopies[piece];
    }

    /** Pieces no online leecher holds: what would be lost if the seeds left now. */
    public int piecesMissingAmongLeechers() {
        int n = 0;
        for (int c : leecherCopies) {
            if (c == 0) {
                n++;
            }
        }
        return n;
    }

    /** Payload bytes {@code p} received from initial seeds (peers that held every piece from the start). */
    public long bytesFromInitialSeeds(Peer p) {
        return p.index() < fromInitialSeeds.length ? fromInitialSeeds[p.index()] : 0;
    }

    /** Payload bytes {@code p} received from leechers that had completed their download when they sent. */
    public long bytesFromCompleted(Peer p) {
        return p.index() < fromCompleted.length ? fromCompleted[p.index()] : 0;
    }

    /** Payload bytes {@code p} received from peers still downloading at the time. */
    public long bytesFromLeechers(Peer p) {
        return p.index() < fromLeechers.length ? fromLeechers[p.index()] : 0;
    }

    /** Payload bytes other peers received from {@code p}. */
    public long bytesUploaded(Peer p) {
        return p.index() < uploaded.length ? uploaded[p.index()] : 0;
    }

    /** The counters recounted from the peers' state (for invariant checks): seeds, leechers and copies. */
    void checkAgainst(Iterable<Peer> peers) {
        int seeds = 0;
        int leechers = 0;
        int[] copies = new int[leecherCopies.length];
        for (Peer p : peers) {
            if (p.isActive()) {
                if (p.isSeed()) {
                    seeds++;
                } else {
                    leechers++;
                    Bitfield h = p.have();
                    for (int i = h.nextSetBit(0); i >= 0; i = h.nextSetBit(i + 1)) {
                        copies[i]++;
                    }
                }
            }
        }
        if (seeds != onlineSeeds || leechers != onlineLeechers) {
            throw new IllegalStateException("online seeds/leechers " + onlineSeeds + "/" + onlineLeechers
                    + " but recount gives " + seeds + "/" + leechers);
        }
        if (!Arrays.equals(copies, leecherCopies)) {
            throw new IllegalStateException("leecher piece copies disagree with a recount");
        }
    }

    private void grow(int index) {
        if (index >= uploaded.length) {
            int n = Math.max(uploaded.length * 2, index + 1);
            fromInitialSeeds = Arrays.copyOf(fromInitialSeeds, n);
            fromCompleted = Arrays.copyOf(fromCompleted, n);
            fromLeechers = Arrays.copyOf(fromLeechers, n);
            uploaded = Arrays.copyOf(uploaded, n);
        }
    }

    private void addCopies(Bitfield have, int delta) {
        for (int p = have.nextSetBit(0); p >= 0; p = have.nextSetBit(p + 1)) {
            leecherCopies[p] += delta;
        }
    }
}
