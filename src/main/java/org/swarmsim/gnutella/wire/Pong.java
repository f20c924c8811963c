package org.swarmsim.gnutella.wire;

/**
 * Pong (type 0x01): the answer to a ping, carrying the address of a servent and how much it shares.
 * Payload 14 bytes (port 2, IP 4, files shared 4, kilobytes shared 4): 37 bytes on the wire. Port
 * and counts are little-endian; the IP address is in network order.
 *
 * @param guid            the Descriptor ID (that of the ping it answers)
 * @param ttl             hops it may still travel, 0..255
 * @param hops            hops it has travelled, 0..255
 * @param port            the servent's listening port, 0..65535
 * @param ip              the servent's IPv4 address, {@code a.b.c.d} as {@code a << 24 | b << 16 | c << 8 | d}
 * @param filesShared     number of files it shares, 0..2^32-1
 * @param kilobytesShared kilobytes it shares, 0..2^32-1
 */
public record Pong(Guid guid, int ttl, int hops, int port, int ip, long filesShared, long kilobytesShared)
        implements Descriptor {
    /** Payload bytes of a pong. */
    public static final int PAYLOAD_BYTES = 14;

    public Pong {
        Fields.nonNull(guid, "pong GUID");
        Fields.header(ttl, hops);
        Fields.u16(port, "pong port");
        Fields.u32(filesShared, "pong files shared");
        Fields.u32(kilobytesShared, "pong kilobytes shared");
    }

    @Override
    public int type() {
        return PONG;
    }

    @Override
    public int payloadLength() {
        return PAYLOAD_BYTES;
    }

    @Override
    public Pong forwarded() {
        return new Pong(guid, Fields.forwardedTtl(this), hops + 1, port, ip, filesShared, kilobytesShared);
    }
}
