/**
 * The Gnutella 0.6 wire format: descriptors (ping, pong, bye, push, query, query hit and QRP's
 * route table update) as immutable records with their exact sizes, their 16-byte
 * {@link org.swarmsim.gnutella.wire.Guid}s, and {@link org.swarmsim.gnutella.wire.DescriptorCodec},
 * which encodes and decodes them byte for byte.
 *
 * <p>Sources: "The Gnutella Protocol Specification v0.4" and the Gnutella 0.6 draft
 * (rfc-gnutella.sourceforge.net) for the header and payloads, "Query Routing for the Gnutella
 * Network" 1.0 (C. Rohrs, Lime Wire, 2002) for the route table update. Only what a simulation needs
 * is modeled: payload extensions (GGEP, HUGE, XML, query hit trailers) are left out, and the codec
 * rejects them rather than misreading them. The simulator charges {@code wireSize()}; the codec
 * exists so a test can prove that size is the real one.
 */
package org.swarmsim.gnutella.wire;
