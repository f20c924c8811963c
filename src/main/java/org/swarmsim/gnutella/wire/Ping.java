package org.swarmsim.gnutella.wire;

/**
 * Ping (type 0x00): asks who is out there; answered by pongs routed back along its path. No
 * payload: 23 bytes. (Pings carrying GGEP extensions are not modeled.)
 *
 * @param guid the Descriptor ID
 * @param ttl  hops it may still travel, 0..255
 * @param hops hops it has travelled, 0..255
 */
public record Ping(Guid guid, int ttl, int hops) implements Descriptor {
    public Ping {
        Fields.nonNull(guid, "ping GUID");
        Fields.header(ttl, hops);
    }

    @Override
    public int type() {
        return PING;
    }

    @Override
    public int payloadLength() {
        return 0;
    }

    @Override
    public Ping forwarded() {
        return new Ping(guid, Fields.forwardedTtl(this), hops + 1);
    }
}
