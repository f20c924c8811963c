package org.swarmsim.gnutella.wire;

/**
 * Query (type 0x80): a search. Payload: minimum speed (2 bytes, little-endian; in Gnutella 0.6 its
 * bits are flags), the search criteria in UTF-8 and a NUL, so {@code 23 + 2 + utf8(criteria) + 1}
 * bytes on the wire. The extensions that may follow the NUL (HUGE URNs, GGEP, XML) are not
 * modeled.
 *
 * @param guid         the Descriptor ID, which query hits are routed back by
 * @param ttl          hops it may still travel, 0..255
 * @param hops         hops it has travelled, 0..255
 * @param minimumSpeed minimum speed or flags field, 0..65535
 * @param criteria     the search string: no NUL, no unpaired surrogate
 */
public record Query(Guid guid, int ttl, int hops, int minimumSpeed, String criteria) implements Descriptor {
    public Query {
        Fields.nonNull(guid, "query GUID");
        Fields.header(ttl, hops);
        Fields.u16(minimumSpeed, "query minimum speed");
        Utf8.length(criteria, "query criteria");
    }

    @Override
    public int type() {
        return QUERY;
    }

    @Override
    public int payloadLength() {
        return 2 + Utf8.length(criteria, "query criteria") + 1;
    }

    @Override
    public Query forwarded() {
        return new Query(guid, Fields.forwardedTtl(this), hops + 1, minimumSpeed, criteria);
    }
}
