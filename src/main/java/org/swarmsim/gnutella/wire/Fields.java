package org.swarmsim.gnutella.wire;

/** Range checks shared by the descriptor records: every field must fit its wire width. */
final class Fields {
    /** Largest value of a 4-byte unsigned field. */
    static final long U32_MAX = 0xFFFF_FFFFL;

    private Fields() {
    }

    /** Checks the header's TTL and hops, each one unsigned byte. */
    static void header(int ttl, int hops) {
        u8(ttl, "TTL");
        u8(hops, "hops");
    }

    static int u8(int value, String name) {
        if (value < 0 || value > 0xFF) {
            throw new IllegalArgumentException(name + " must be 0..255 (one byte), got " + value);
        }
        return value;
    }

    static int u16(int value, String name) {
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException(name + " must be 0..65535 (two bytes), got " + value);
        }
        return value;
    }

    static long u32(long value, String name) {
        if (value < 0 || value > U32_MAX) {
            throw new IllegalArgumentException(name + " must be 0.." + U32_MAX + " (four bytes), got " + value);
        }
        return value;
    }

    static <T> T nonNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    /** The TTL of a forwarded copy: one less, refused when nothing is left. */
    static int forwardedTtl(Descriptor d) {
        if (d.ttl() == 0) {
            throw new IllegalStateException("cannot forward " + d.getClass().getSimpleName() + " " + d.guid()
                    + ": its TTL is 0");
        }
        if (d.hops() == 0xFF) {
            throw new IllegalStateException("cannot forward " + d.getClass().getSimpleName() + " " + d.guid()
                    + ": its hops count is already 255");
        }
        return d.ttl() - 1;
    }
}
