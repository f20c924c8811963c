package org.swarmsim.overlay;

import org.swarmsim.sim.random.RandomStream;

/**
 * An identifier space of {@code bits} significant bits (160 for Kademlia and BitTorrent
 * info-hashes, 128 for Pastry), held in the same 160-bit {@link NodeId}: an id of the space keeps
 * its bits at the top of the word (bit 0 of the space is bit 0 of the id) and zeros in the
 * remaining {@code 160 - bits} low bits. So the natural order, XOR distances and prefix lengths of
 * such ids are those of the smaller space, and ring comparisons ({@link NodeId#compareRingDistance},
 * {@link NodeId#compareClockwise}) are those of the ring modulo 2^bits: every id is a multiple of
 * 2^(160 - bits), and distances scale by that same factor.
 *
 * <p>The digit methods here count digits within the space, so when b does not divide
 * {@code bits} the last digit is shorter ({@code bits mod b} bits).
 *
 * @param bits significant bits, 1..160
 */
public record IdSpace(int bits) {
    /** Kademlia, BEP 5: 160-bit ids. */
    public static final IdSpace KADEMLIA = new IdSpace(NodeId.BITS);
    /** Pastry: 128-bit ids. */
    public static final IdSpace PASTRY = new IdSpace(128);

    public IdSpace {
        if (bits < 1 || bits > NodeId.BITS) {
            throw new IllegalArgumentException("an id space has 1..160 bits, got " + bits);
        }
    }

    /**
     * A uniformly random id of this space: the top {@code bits} bits of
     * {@link NodeId#random}{@code (random)} (so it takes the same draws as a 160-bit id, and in the
     * 160-bit space it is that id).
     */
    public NodeId random(RandomStream random) {
        NodeId id = NodeId.random(random);
        return bits == NodeId.BITS ? id : id.withPrefixOf(bits, NodeId.ZERO);
    }

    /** Whether {@code id} belongs to this space (its bits below the space's are all zero). */
    public boolean contains(NodeId id) {
        return bits == NodeId.BITS || id.withPrefixOf(bits, NodeId.ZERO).equals(id);
    }

    /** Number of base-2^b digits of an id of this space: ceil(bits / b). */
    public int digitCount(int bitsPerDigit) {
        NodeId.digitCount(bitsPerDigit);   // checks b
        return (bits + bitsPerDigit - 1) / bitsPerDigit;
    }

    /** Bits in digit {@code index}: b, except the last one when b does not divide {@code bits}. */
    public int digitBits(int index, int bitsPerDigit) {
        checkDigit(index, bitsPerDigit);
        return Math.min(bitsPerDigit, bits - index * bitsPerDigit);
    }

    /** Digit {@code index} (0 = most significant) of {@code id} in base 2^b within this space. */
    public int digit(NodeId id, int index, int bitsPerDigit) {
        return id.bitsAt(index * bitsPerDigit, digitBits(index, bitsPerDigit));
    }

    /** Leading base-2^b digits that {@code a} and {@code b} share in this space ({@link #digitCount} if equal here). */
    public int sharedPrefixDigits(NodeId a, NodeId b, int bitsPerDigit) {
        int count = digitCount(bitsPerDigit);
        int cpl = Math.min(a.commonPrefixLength(b), bits);
        return cpl == bits ? count : cpl / bitsPerDigit;
    }

    /** {@code id} with digit {@code index} of this space set to {@code value} (below 2^{@link #digitBits}). */
    public NodeId withDigit(NodeId id, int index, int bitsPerDigit, int value) {
        return id.withBits(index * bitsPerDigit, digitBits(index, bitsPerDigit), value);
    }

    private void checkDigit(int index, int bitsPerDigit) {
        int count = digitCount(bitsPerDigit);
        if (index < 0 || index >= count) {
            throw new IllegalArgumentException("digit index must be 0.." + (count - 1) + " for " + bitsPerDigit
                    + "-bit digits of " + bits + "-bit ids, got " + index);
        }
    }
}
