package org.swarmsim.bittorrent.peer;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Who sent bad data, in the spirit of libtorrent's smart ban: remember, per piece, the peers whose
 * blocks differ from the authentic data; when the piece fails its hash check, each of them gets a
 * strike, and a peer with {@code threshold} strikes is banned. (libtorrent learns the culprits by
 * comparing block hashes after a later successful download; a simulation knows them directly,
 * because a block carrying explicit bytes is by construction not the authentic data.)
 */
final class SmartBan {
    private final int pieceCount;
    private final int threshold;
    private int[][] badSenders;          // per piece: node ids that sent bad blocks (lazily)
    private final Map<Integer, Integer> strikes = new HashMap<>();
    private final Set<Integer> banned = new HashSet<>();

    SmartBan(int pieceCount, int threshold) {
        this.pieceCount = pieceCount;
        this.threshold = threshold;
    }

    /** A block of {@code piece} from node {@code nodeId} differs from the authentic data. */
    void badBlock(int piece, int nodeId) {
        if (badSenders == null) {
            badSenders = new int[pieceCount][];
        }
        int[] list = badSenders[piece];
        if (list == null) {
            badSenders[piece] = new int[] {nodeId};
        } else if (Arrays.stream(list).noneMatch(x -> x == nodeId)) {
            int[] grown = Arrays.copyOf(list, list.length + 1);
            grown[list.length] = nodeId;
            badSenders[piece] = grown;
        }
    }

    /** Whether the completed piece would fail its hash check. */
    boolean isCorrupt(int piece) {
        return badSenders != null && badSenders[piece] != null;
    }

    /**
     * The piece failed its hash check: strikes for its bad senders. Returns the node ids banned
     * just now (usually none).
     */
    int[] pieceFailed(int piece) {
        int[] culprits = badSenders[piece];
        badSenders[piece] = null;
        int[] newlyBanned = new int[culprits.length];
        int n = 0;
        for (int id : culprits) {
            if (strikes.merge(id, 1, Integer::sum) >= threshold && banned.add(id)) {
                newlyBanned[n++] = id;
            }
        }
        return Arrays.copyOf(newlyBanned, n);
    }

    boolean isBanned(int nodeId) {
        return banned.contains(nodeId);
    }

    Set<Integer> banned() {
        return Set.copyOf(banned);
    }
}
