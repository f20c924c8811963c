package org.swarmsim.gnutella.wire;

/**
 * Bye (type 0x02, Gnutella 0.6): tells the neighbour why the connection is about to close. Payload:
 * a code (2 bytes, little-endian; 2xx a normal close, 4xx an error of the peer, 5xx a local error)
 * and a reason in UTF-8 with a NUL, so {@code 23 + 2 + utf8(reason) + 1} bytes. It is sent with TTL
 * 1 and hops 0 ({@link #of}) and never forwarded.
 *
 * @param guid   the Descriptor ID
 * @param ttl    hops it may still travel, 0..255
 * @param hops   hops it has travelled, 0..255
 * @param code   the close code, 0..65535
 * @param reason a human-readable reason: no NUL, no unpaired surrogate
 */
public record Bye(Guid guid, int ttl, int hops, int code, String reason) implements Descriptor {
    public Bye {
        Fields.nonNull(guid, "bye GUID");
        Fields.header(ttl, hops);
        Fields.u16(code, "bye code");
        Utf8.length(reason, "bye reason");
    }

    /** A bye as it is sent: TTL 1, hops 0. */
    public static Bye of(Guid guid, int code, String reason) {
        return new Bye(guid, 1, 0, code, reason);
    }

    @Override
    public int type() {
        return BYE;
    }

    @Override
    public int payloadLength() {
        return 2 + Utf8.length(reason, "bye reason") + 1;
    }

    @Override
    public Bye forwarded() {
        return new Bye(guid, Fields.forwardedTtl(this), hops + 1, code, reason);
    }
}
