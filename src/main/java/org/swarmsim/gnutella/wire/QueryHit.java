package org.swarmsim.gnutella.wire;

import java.util.List;

/**
 * Query hit (type 0x81): the answer to a query, routed back along the query's path by its GUID.
 * Payload: number of hits (1 byte), port (2), IP (4, network order), speed in kb/s (4), then each
 * result, then the responder's 16-byte servent identifier. A result is its file index (4), file
 * size (4), file name in UTF-8 and a NUL, and an extension block ended by a second NUL; the
 * extension block is always empty here, so a result takes {@code 4 + 4 + utf8(name) + 1 + 1}
 * bytes. The optional trailer between the results and the servent identifier (vendor code, open
 * data, private data) is not modeled. Multi-byte numbers are little-endian except the IP address.
 *
 * @param guid      the Descriptor ID: that of the query it answers
 * @param ttl       hops it may still travel, 0..255
 * @param hops      hops it has travelled, 0..255
 * @param port      the responder's port, 0..65535
 * @param ip        the responder's IPv4 address, {@code a.b.c.d} as {@code a << 24 | b << 16 | c << 8 | d}
 * @param speed     the responder's speed in kb/s, 0..2^32-1
 * @param results   the matching files, 0..255 of them (copied)
 * @param serventId the responder's servent identifier, which a push names
 */
public record QueryHit(Guid guid, int ttl, int hops, int port, int ip, long speed, List<Result> results,
        Guid serventId) implements Descriptor {
    /** Most results one query hit can carry (the count is one byte). */
    public static final int MAX_RESULTS = 255;
    /** Payload bytes before the first result. */
    public static final int FIXED_BYTES = 11;

    public QueryHit {
        Fields.nonNull(guid, "query hit GUID");
        Fields.header(ttl, hops);
        Fields.u16(port, "query hit port");
        Fields.u32(speed, "query hit speed");
        Fields.nonNull(results, "query hit results");
        for (Result r : results) {
            Fields.nonNull(r, "query hit result");
        }
        results = List.copyOf(results);
        if (results.size() > MAX_RESULTS) {
            throw new IllegalArgumentException("a query hit carries at most 255 results, got " + results.size());
        }
        Fields.nonNull(serventId, "query hit servent identifier");
    }

    /**
     * One file of a query hit; {@link #wireSize()} bytes in the result set.
     *
     * @param fileIndex the responder's index of the file, 0..2^32-1
     * @param fileSize  its size in bytes, 0..2^32-1 (larger sizes need GGEP, not modeled)
     * @param name      its name: no NUL, no unpaired surrogate
     */
    public record Result(long fileIndex, long fileSize, String name) {
        public Result {
            Fields.u32(fileIndex, "result file index");
            Fields.u32(fileSize, "result file size");
            Utf8.length(name, "result file name");
        }

        /** Bytes of this result: index, size, name, its NUL and the empty extension block's NUL. */
        public int wireSize() {
            return 4 + 4 + Utf8.length(name, "result file name") + 1 + 1;
        }
    }

    @Override
    public int type() {
        return QUERY_HIT;
    }

    @Override
    public int payloadLength() {
        int length = FIXED_BYTES + Guid.BYTES;
        for (Result r : results) {
            length += r.wireSize();
        }
        return length;
    }

    @Override
    public QueryHit forwarded() {
        return new QueryHit(guid, Fields.forwardedTtl(this), hops + 1, port, ip, speed, results, serventId);
    }
}
