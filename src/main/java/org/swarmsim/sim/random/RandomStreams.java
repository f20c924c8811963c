package org.swarmsim.sim.random;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The source of every random number in a run. Created from a master seed and a replication
 * index; {@link #stream(String)} gives the stream for one entity and purpose.
 *
 * <p>A stream's state is SHA-256(domain, seed, replication, key): it depends on nothing but those
 * three values. Creating streams in another order, or creating more of them (adding a peer),
 * never changes anybody else's draws; and replication {@code r} of two scenario variants gives
 * the same key the same numbers, which is what common random numbers need.
 */
public final class RandomStreams {
    private static final byte[] DOMAIN = "swarmsim/random-stream/v1".getBytes(StandardCharsets.UTF_8);

    private final long masterSeed;
    private final int replication;

    public RandomStreams(long masterSeed, int replication) {
        if (replication < 0) {
            throw new IllegalArgumentException("replication must be >= 0: " + replication);
        }
        this.masterSeed = masterSeed;
        this.replication = replication;
    }

    /** Streams for replication 0. */
    public RandomStreams(long masterSeed) {
        this(masterSeed, 0);
    }

    public long masterSeed() {
        return masterSeed;
    }

    public int replication() {
        return replication;
    }

    /** The same seed, another replication (substream). */
    public RandomStreams forReplication(int r) {
        return new RandomStreams(masterSeed, r);
    }

    /** The stream for a key such as {@code "peer/17/picker"}. */
    public RandomStream stream(String key) {
        MessageDigest sha = sha256();
        sha.update(DOMAIN);
        sha.update(ByteBuffer.allocate(12).putLong(masterSeed).putInt(replication).array());
        sha.update(key.getBytes(StandardCharsets.UTF_8));
        ByteBuffer h = ByteBuffer.wrap(sha.digest());
        return new RandomStream(key, h.getLong(), h.getLong(), h.getLong(), h.getLong());
    }

    /** The stream for a structured key; parts are joined with '/' ({@code stream("peer", 17, "picker")}). */
    public RandomStream stream(Object... keyParts) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < keyParts.length; i++) {
            if (i > 0) {
                sb.append('/');
            }
            sb.append(keyParts[i]);
        }
        return stream(sb.toString());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    @Override
    public String toString() {
        return "RandomStreams[seed=" + masterSeed + ", replication=" + replication + "]";
    }
}
