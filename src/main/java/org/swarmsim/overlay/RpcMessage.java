package org.swarmsim.overlay;

import org.swarmsim.net.Message;

/**
 * A datagram of a query/answer protocol (KRPC, a Pastry or Gnutella RPC): a query, or an answer
 * to one carrying the query's transaction id. {@link #wireSize()} is the exact datagram size,
 * supplied by the protocol's encoding.
 */
public interface RpcMessage extends Message {
    /** The transaction id, 0..65535: chosen by the querier, echoed by the answer. */
    int transactionId();

    /** Whether this is a query (else an answer or an error answer). */
    boolean isQuery();
}
