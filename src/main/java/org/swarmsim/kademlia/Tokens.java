package org.swarmsim.kademlia;

/**
 * The get_peers tokens of one node (BEP 5): the token given to an address is a hash of the node's
 * secret, the 5-minute epoch (token rotation) and the address; announce_peer is accepted with the
 * token of the current epoch or the previous one, so a token stays valid between 5 and 10
 * minutes. Pure: the caller supplies the time.
 */
final class Tokens {
    private final long secret;
    private final long rotationNanos;

    Tokens(long secret, long rotationNanos) {
        if (rotationNanos <= 0) {
            throw new IllegalArgumentException("token rotation must be positive nanoseconds, got " + rotationNanos);
        }
        this.secret = secret;
        this.rotationNanos = rotationNanos;
    }

    /** The token for {@code address} at time {@code nowNanos}. */
    int issue(int address, long nowNanos) {
        return token(address, nowNanos / rotationNanos);
    }

    /** Whether {@code token} is one this node gave {@code address} in the current or the previous epoch. */
    boolean accepts(int token, int address, long nowNanos) {
        long epoch = nowNanos / rotationNanos;
        return token == token(address, epoch) || token == token(address, epoch - 1);
    }

    /** The token for {@code address} in token epoch {@code epoch}. */
    int token(int address, long epoch) {
        long z = secret ^ (epoch * 0x9E3779B97F4A7C15L) ^ ((long) address << 20);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (int) (z ^ (z >>> 31));
    }
}
