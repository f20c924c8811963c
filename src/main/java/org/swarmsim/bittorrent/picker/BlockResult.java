package org.swarmsim.bittorrent.picker;

/** What {@link PiecePicker#blockReceived} made of an arriving block. */
public enum BlockResult {
    /** We already had this block (or its whole piece): the bytes are wasted. */
    DUPLICATE,
    /** A new block; its piece still lacks other blocks. */
    ACCEPTED,
    /** A new block that completed its piece: every block is here, hash it now. */
    PIECE_COMPLETE
}
