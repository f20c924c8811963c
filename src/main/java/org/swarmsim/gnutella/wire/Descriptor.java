package org.swarmsim.gnutella.wire;

import org.swarmsim.net.Message;

/**
 * A Gnutella 0.6 descriptor (message): a 23-byte header (GUID, payload type, TTL, hops, payload
 * length) and a payload whose layout the type fixes. The records are immutable;
 * {@link #wireSize()} is {@code 23 + payloadLength()}, computed arithmetically, and
 * {@link DescriptorCodec} writes exactly that many bytes (a test proves it for every type).
 *
 * <p>None of them asks for transmit or delivery notifications: a servent learns nothing from the
 * moment its descriptor left, and saying no saves one event per message.
 */
public sealed interface Descriptor extends Message
        permits Ping, Pong, Bye, Push, Query, QueryHit, RouteTableUpdate {

    /** Bytes of the descriptor header. */
    int HEADER_BYTES = 23;

    /** Payload type of a ping. */
    int PING = 0x00;
    /** Payload type of a pong. */
    int PONG = 0x01;
    /** Payload type of a bye (Gnutella 0.6). */
    int BYE = 0x02;
    /** Payload type of a QRP route table update. */
    int ROUTE_TABLE_UPDATE = 0x30;
    /** Payload type of a push. */
    int PUSH = 0x40;
    /** Payload type of a query. */
    int QUERY = 0x80;
    /** Payload type of a query hit. */
    int QUERY_HIT = 0x81;

    /** The Descriptor ID of the header. */
    Guid guid();

    /** Hops this descriptor may still travel, 0..255. */
    int ttl();

    /** Hops this descriptor has travelled, 0..255. */
    int hops();

    /** The payload descriptor type byte (one of the constants above). */
    int type();

    /** Bytes of payload after the header. */
    int payloadLength();

    /** The copy a servent forwards: TTL one less, hops one more, everything else unchanged. */
    Descriptor forwarded();

    /** Header plus payload. */
    @Override
    default int wireSize() {
        return HEADER_BYTES + payloadLength();
    }

    /** No Gnutella descriptor needs to know when it left. */
    @Override
    default boolean notifyOnTransmit() {
        return false;
    }

    /** No Gnutella descriptor needs to know when it arrived. */
    @Override
    default boolean notifyOnDelivery() {
        return false;
    }
}
