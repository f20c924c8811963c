package org.swarmsim.gnutella.wire;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Encodes descriptors to their Gnutella 0.6 byte form and decodes them back.
 *
 * <p>The header is the 16-byte GUID, the payload type, TTL and hops (one byte each) and the
 * payload length (4 bytes, little-endian). In payloads every multi-byte number is little-endian
 * except IPv4 addresses, which are in network order. Encoding writes exactly
 * {@link Descriptor#wireSize()} bytes. Decoding is strict and canonical: bytes decode only if they
 * are exactly the encoding of the descriptor they yield, so it rejects a short header, a payload
 * length that disagrees with the bytes, an unknown type, a string without its NUL or not in UTF-8,
 * and the parts of real traffic this model leaves out (ping GGEP, query extensions, query hit
 * extension blocks and trailers), each with a {@link DescriptorFormatException} saying so.
 */
public final class DescriptorCodec {
    private DescriptorCodec() {
    }

    /** The byte form of {@code d}: exactly {@code d.wireSize()} bytes. */
    public static byte[] encode(Descriptor d) {
        ByteBuffer out = ByteBuffer.allocate(d.wireSize());
        encode(d, out);
        return out.array();
    }

    /** Writes the byte form of {@code d} at {@code out}'s position ({@code d.wireSize()} bytes). */
    public static void encode(Descriptor d, ByteBuffer out) {
        ByteOrder order = out.order();
        out.order(ByteOrder.LITTLE_ENDIAN);
        try {
            int start = out.position();
            putGuid(out, d.guid());
            out.put((byte) d.type()).put((byte) d.ttl()).put((byte) d.hops()).putInt(d.payloadLength());
            payload(d, out);
            if (out.position() - start != d.wireSize()) {
                throw new IllegalStateException(d.getClass().getSimpleName() + " wrote " + (out.position() - start)
                        + " bytes, but its wireSize() is " + d.wireSize());
            }
        } finally {
            out.order(order);
        }
    }

    private static void payload(Descriptor d, ByteBuffer out) {
        if (d instanceof Pong p) {
            out.putShort((short) p.port());
            putIp(out, p.ip());
            out.putInt((int) p.filesShared()).putInt((int) p.kilobytesShared());
        } else if (d instanceof Bye b) {
            out.putShort((short) b.code());
            Utf8.putTerminated(out, b.reason());
        } else if (d instanceof Push p) {
            putGuid(out, p.serventId());
            out.putInt((int) p.fileIndex());
            putIp(out, p.ip());
            out.putShort((short) p.port());
        } else if (d instanceof Query q) {
            out.putShort((short) q.minimumSpeed());
            Utf8.putTerminated(out, q.criteria());
        } else if (d instanceof QueryHit h) {
            out.put((byte) h.results().size()).putShort((short) h.port());
            putIp(out, h.ip());
            out.putInt((int) h.speed());
            for (QueryHit.Result r : h.results()) {
                out.putInt((int) r.fileIndex()).putInt((int) r.fileSize());
                Utf8.putTerminated(out, r.name());
                out.put((byte) 0);           // the empty extension block
            }
            putGuid(out, h.serventId());
        } else if (d instanceof RouteTableUpdate.Reset r) {
            out.put((byte) r.variant()).putInt(r.tableLength()).put((byte) r.infinity());
        } else if (d instanceof RouteTableUpdate.Patch p) {
            out.put((byte) p.variant()).put((byte) p.sequenceNumber()).put((byte) p.sequenceSize())
                    .put((byte) p.compressor()).put((byte) p.entryBits());
            out.put(p.data());
        }
        // ping: no payload
    }

    /** Decodes exactly one descriptor spanning all of {@code bytes}. */
    public static Descriptor decode(byte[] bytes) {
        if (bytes.length < Descriptor.HEADER_BYTES) {
            throw new DescriptorFormatException("short header: " + bytes.length + " bytes, a descriptor header is "
                    + Descriptor.HEADER_BYTES);
        }
        long announced = payloadLength(ByteBuffer.wrap(bytes), 0);
        if (announced != bytes.length - Descriptor.HEADER_BYTES) {
            throw new DescriptorFormatException("payload length mismatch: the header announces " + announced
                    + " payload bytes, " + (bytes.length - Descriptor.HEADER_BYTES) + " follow it");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        Descriptor d = decodeNext(in);
        if (d == null || in.hasRemaining()) {
            throw new IllegalStateException("decoding " + bytes.length + " bytes consumed " + in.position());
        }
        return d;
    }

    /**
     * Decodes the next descriptor from a stream buffer, or returns null (consuming nothing) if the
     * buffer does not yet hold all of it. On success the position moves past the descriptor.
     */
    public static Descriptor decodeNext(ByteBuffer in) {
        int start = in.position();
        if (in.remaining() < Descriptor.HEADER_BYTES) {
            return null;
        }
        long length = payloadLength(in, start);
        if (length > Integer.MAX_VALUE - Descriptor.HEADER_BYTES) {
            throw new DescriptorFormatException("payload length " + length + " is too large for any descriptor");
        }
        if (in.remaining() < Descriptor.HEADER_BYTES + length) {
            return null;
        }
        byte[] guid = new byte[Guid.BYTES];
        in.get(start, guid);
        int type = in.get(start + 16) & 0xFF;
        int ttl = in.get(start + 17) & 0xFF;
        int hops = in.get(start + 18) & 0xFF;
        int end = start + Descriptor.HEADER_BYTES + (int) length;
        ByteBuffer payload = in.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        payload.position(start + Descriptor.HEADER_BYTES).limit(end);
        Descriptor d;
        try {
            d = body(Guid.fromBytes(guid), type, ttl, hops, payload);
        } catch (DescriptorFormatException e) {
            throw e;
        } catch (IllegalArgumentException e) {      // a field the record's constructor refuses
            throw new DescriptorFormatException(name(type) + ": " + e.getMessage());
        }
        if (payload.hasRemaining()) {
            throw new DescriptorFormatException(name(type) + " has " + payload.remaining()
                    + " unexpected bytes at the end of its payload");
        }
        in.position(end);
        return d;
    }

    /** The header's little-endian payload length, read at absolute positions whatever the byte order. */
    private static long payloadLength(ByteBuffer in, int start) {
        long length = 0;
        for (int i = 3; i >= 0; i--) {
            length = length << 8 | (in.get(start + 19 + i) & 0xFF);
        }
        return length;
    }

    private static Descriptor body(Guid guid, int type, int ttl, int hops, ByteBuffer in) {
        switch (type) {
            case Descriptor.PING:
                expectLength(type, in, 0);
                return new Ping(guid, ttl, hops);
            case Descriptor.PONG:
                expectLength(type, in, Pong.PAYLOAD_BYTES);
                return new Pong(guid, ttl, hops, in.getShort() & 0xFFFF, getIp(in), u32(in), u32(in));
            case Descriptor.BYE:
                atLeast(type, in, 3);
                return new Bye(guid, ttl, hops, in.getShort() & 0xFFFF, Utf8.getTerminated(in, "bye reason"));
            case Descriptor.PUSH:
                expectLength(type, in, Push.PAYLOAD_BYTES);
                return new Push(guid, ttl, hops, getGuid(in), u32(in), getIp(in), in.getShort() & 0xFFFF);
            case Descriptor.QUERY: {
                atLeast(type, in, 3);
                Query q = new Query(guid, ttl, hops, in.getShort() & 0xFFFF, Utf8.getTerminated(in, "query criteria"));
                if (in.hasRemaining()) {
                    throw new DescriptorFormatException("query has " + in.remaining() + " extension bytes after"
                            + " its criteria; extensions (HUGE, GGEP, XML) are not modeled");
                }
                return q;
            }
            case Descriptor.QUERY_HIT:
                return queryHit(guid, ttl, hops, in);
            case Descriptor.ROUTE_TABLE_UPDATE:
                return routeTableUpdate(guid, ttl, hops, in);
            default:
                throw new DescriptorFormatException("unknown payload type 0x" + Integer.toHexString(type)
                        + "; known are 0x00 ping, 0x01 pong, 0x02 bye, 0x30 route table update, 0x40 push,"
                        + " 0x80 query, 0x81 query hit");
        }
    }

    private static QueryHit queryHit(Guid guid, int ttl, int hops, ByteBuffer in) {
        atLeast(Descriptor.QUERY_HIT, in, QueryHit.FIXED_BYTES + Guid.BYTES);
        int count = in.get() & 0xFF;
        int port = in.getShort() & 0xFFFF;
        int ip = getIp(in);
        long speed = u32(in);
        List<QueryHit.Result> results = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (in.remaining() < 4 + 4 + 2 + Guid.BYTES) {
                throw new DescriptorFormatException("query hit announces " + count + " results, but its payload ends"
                        + " within result " + i);
            }
            long index = u32(in);
            long size = u32(in);
            String name = Utf8.getTerminated(in, "query hit result " + i + " file name");
            if (!in.hasRemaining() || in.get() != 0) {
                throw new DescriptorFormatException("query hit result " + i + " has a non-empty (or unterminated)"
                        + " extension block; extension blocks are not modeled");
            }
            results.add(new QueryHit.Result(index, size, name));
        }
        if (in.remaining() != Guid.BYTES) {
            throw new DescriptorFormatException("query hit has " + in.remaining() + " bytes after its results where"
                    + " the 16-byte servent identifier must end the payload (trailers are not modeled)");
        }
        return new QueryHit(guid, ttl, hops, port, ip, speed, results, getGuid(in));
    }

    private static RouteTableUpdate routeTableUpdate(Guid guid, int ttl, int hops, ByteBuffer in) {
        atLeast(Descriptor.ROUTE_TABLE_UPDATE, in, 1);
        int variant = in.get() & 0xFF;
        if (variant == RouteTableUpdate.RESET) {
            if (in.remaining() != RouteTableUpdate.Reset.PAYLOAD_BYTES - 1) {
                throw new DescriptorFormatException("route table reset payload must be 6 bytes, got "
                        + (in.remaining() + 1));
            }
            long length = u32(in);
            if (length > Integer.MAX_VALUE) {
                throw new DescriptorFormatException("route table reset length " + length + " exceeds 2^31-1 slots");
            }
            return new RouteTableUpdate.Reset(guid, ttl, hops, (int) length, in.get() & 0xFF);
        }
        if (variant == RouteTableUpdate.PATCH) {
            if (in.remaining() < RouteTableUpdate.Patch.FIXED_BYTES - 1) {
                throw new DescriptorFormatException("route table patch payload must be at least 5 bytes, got "
                        + (in.remaining() + 1));
            }
            int number = in.get() & 0xFF;
            int size = in.get() & 0xFF;
            int compressor = in.get() & 0xFF;
            int entryBits = in.get() & 0xFF;
            byte[] data = new byte[in.remaining()];
            in.get(data);
            return new RouteTableUpdate.Patch(guid, ttl, hops, number, size, compressor, entryBits, data);
        }
        throw new DescriptorFormatException("unknown route table update variant 0x" + Integer.toHexString(variant)
                + "; known are 0x00 reset and 0x01 patch");
    }

    private static void expectLength(int type, ByteBuffer in, int expected) {
        if (in.remaining() != expected) {
            throw new DescriptorFormatException(name(type) + " payload must be " + expected + " bytes, got "
                    + in.remaining());
        }
    }

    private static void atLeast(int type, ByteBuffer in, int minimum) {
        if (in.remaining() < minimum) {
            throw new DescriptorFormatException(name(type) + " payload must be at least " + minimum + " bytes, got "
                    + in.remaining());
        }
    }

    private static String name(int type) {
        return switch (type) {
            case Descriptor.PING -> "ping";
            case Descriptor.PONG -> "pong";
            case Descriptor.BYE -> "bye";
            case Descriptor.PUSH -> "push";
            case Descriptor.QUERY -> "query";
            case Descriptor.QUERY_HIT -> "query hit";
            case Descriptor.ROUTE_TABLE_UPDATE -> "route table update";
            default -> "descriptor type 0x" + Integer.toHexString(type);
        };
    }

    private static void putGuid(ByteBuffer out, Guid g) {
        out.put(g.toBytes());
    }

    private static Guid getGuid(ByteBuffer in) {
        byte[] b = new byte[Guid.BYTES];
        in.get(b);
        return Guid.fromBytes(b);
    }

    /** Writes an IPv4 address in network order, whatever the buffer's byte order. */
    private static void putIp(ByteBuffer out, int ip) {
        out.put((byte) (ip >>> 24)).put((byte) (ip >>> 16)).put((byte) (ip >>> 8)).put((byte) ip);
    }

    private static int getIp(ByteBuffer in) {
        return (in.get() & 0xFF) << 24 | (in.get() & 0xFF) << 16 | (in.get() & 0xFF) << 8 | (in.get() & 0xFF);
    }

    private static long u32(ByteBuffer in) {
        return Integer.toUnsignedLong(in.getInt());
    }
}
