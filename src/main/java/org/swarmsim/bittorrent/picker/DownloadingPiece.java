package org.swarmsim.bittorrent.picker;

import java.util.Arrays;

/**
 * Block states of one started piece of a {@link PiecePicker}: free, requested (by whom) or
 * received. Pooled and reused, so starting a piece does not allocate.
 */
final class DownloadingPiece {
    static final byte FREE = 0;
    static final byte REQUESTED = 1;
    static final byte RECEIVED = 2;

    int piece;
    int blocks;
    int freeCount;
    int receivedCount;
    final byte[] state;
    /** First requester of each block (valid when requestCount > 0). */
    final int[] requester;
    final int[] requestCount;
    /** Further requesters (end game): parallel lists of (block, peer). */
    int[] extraBlock = new int[4];
    int[] extraPeer = new int[4];
    int extraSize;

    DownloadingPiece(int maxBlocks) {
        state = new byte[maxBlocks];
        requester = new int[maxBlocks];
        requestCount = new int[maxBlocks];
    }

    void reset(int piece, int blocks) {
        this.piece = piece;
        this.blocks = blocks;
        this.freeCount = blocks;
        this.receivedCount = 0;
        this.extraSize = 0;
        Arrays.fill(state, 0, blocks, FREE);
        Arrays.fill(requestCount, 0, blocks, 0);
    }

    boolean hasRequester(int block, int peer) {
        if (requestCount[block] == 0) {
            return false;
        }
        if (requester[block] == peer) {
            return true;
        }
        for (int i = 0; i < extraSize; i++) {
            if (extraBlock[i] == block && extraPeer[i] == peer) {
                return true;
            }
        }
        return false;
    }

    void addRequester(int block, int peer) {
        if (requestCount[block]++ == 0) {
            requester[block] = peer;
            return;
        }
        if (extraSize == extraBlock.length) {
            extraBlock = Arrays.copyOf(extraBlock, extraSize * 2);
            extraPeer = Arrays.copyOf(extraPeer, extraSize * 2);
        }
        extraBlock[extraSize] = block;
        extraPeer[extraSize++] = peer;
    }

    /** Removes one request of the block by the peer; false if there was none. */
    boolean removeRequester(int block, int peer) {
        if (requestCount[block] == 0) {
            return false;
        }
        if (requester[block] == peer) {
            requestCount[block]--;
            // promote the oldest extra requester of this block, if any
            for (int i = 0; i < extraSize; i++) {
                if (extraBlock[i] == block) {
                    requester[block] = extraPeer[i];
                    removeExtra(i);
                    break;
                }
            }
            return true;
        }
        for (int i = 0; i < extraSize; i++) {
            if (extraBlock[i] == block && extraPeer[i] == peer) {
                removeExtra(i);
                requestCount[block]--;
                return true;
            }
        }
        return false;
    }

    private void removeExtra(int i) {
        System.arraycopy(extraBlock, i + 1, extraBlock, i, extraSize - i - 1);
        System.arraycopy(extraPeer, i + 1, extraPeer, i, extraSize - i - 1);
        extraSize--;
    }

    void check() {
        int free = 0;
        int received = 0;
        int extras = 0;
        for (int b = 0; b < blocks; b++) {
            if (state[b] == FREE) {
                free++;
                if (requestCount[b] != 0) {
                    PiecePicker.fail("free block " + piece + "/" + b + " has requesters");
                }
            } else if (state[b] == RECEIVED) {
                received++;
            } else if (requestCount[b] == 0) {
                PiecePicker.fail("requested block " + piece + "/" + b + " has no requester");
            }
            extras += Math.max(0, requestCount[b] - 1);
        }
        if (free != freeCount || received != receivedCount) {
            PiecePicker.fail("piece " + piece + " counters free=" + freeCount + " received=" + receivedCount
                    + " but actual " + free + "/" + received);
        }
        if (extras != extraSize) {
            PiecePicker.fail("piece " + piece + " has " + extraSize + " extra requesters, counts say " + extras);
        }
        for (int i = 0; i < extraSize; i++) {
            int b = extraBlock[i];
            if (requester[b] == extraPeer[i]) {
                PiecePicker.fail("peer " + extraPeer[i] + " requested block " + piece + "/" + b + " twice");
            }
            for (int j = i + 1; j < extraSize; j++) {
                if (extraBlock[j] == b && extraPeer[j] == extraPeer[i]) {
                    PiecePicker.fail("peer " + extraPeer[i] + " requested block " + piece + "/" + b + " twice");
                }
            }
        }
    }
}
