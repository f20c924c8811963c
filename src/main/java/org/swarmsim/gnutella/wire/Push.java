package org.swarmsim.gnutella.wire;

/**
 * Push (type 0x40): asks a firewalled servent to connect out to the requester and upload a file.
 * Payload 26 bytes (servent identifier 16, file index 4, IP 4, port 2): 49 bytes on the wire. File
 * index and port are little-endian; the IP address is in network order.
 *
 * @param guid      the Descriptor ID
 * @param ttl       hops it may still travel, 0..255
 * @param hops      hops it has travelled, 0..255
 * @param serventId the servent identifier of the servent asked to push (from its query hit)
 * @param fileIndex the index of the file, as its query hit gave it, 0..2^32-1
 * @param ip        the requester's IPv4 address, {@code a.b.c.d} as {@code a << 24 | b << 16 | c << 8 | d}
 * @param port      the requester's port, 0..65535
 */
public record Push(Guid guid, int ttl, int hops, Guid serventId, long fileIndex, int ip, int port)
        implements Descriptor {
    /** Payload bytes of a push. */
    public static final int PAYLOAD_BYTES = 26;

    public Push {
        Fields.nonNull(guid, "push GUID");
        Fields.header(ttl, hops);
        Fields.nonNull(serventId, "push servent identifier");
        Fields.u32(fileIndex, "push file index");
        Fields.u16(port, "push port");
    }

    @Override
    public int type() {
        return PUSH;
    }

    @Override
    public int payloadLength() {
        return PAYLOAD_BYTES;
    }

    @Override
    public Push forwarded() {
        return new Push(guid, Fields.forwardedTtl(this), hops + 1, serventId, fileIndex, ip, port);
    }
}
