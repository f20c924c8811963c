package org.swarmsim.gnutella.qrp;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The patch stream of a QRP table: entries packed several to a byte (the first slot in the high
 * bits), then compressed with zlib. The values follow LimeWire's {@code QueryRouteTable}: against
 * the all-infinity table a reset leaves, a present slot gets {@code 1 - infinity} and an absent
 * one 0 (no change); receivers read any negative entry as present, any positive one as absent
 * (gtk-gnutella's {@code qrt_apply_patch}), and a 1-bit entry as a flip.
 */
final class QrpPatch {
    private QrpPatch() {
    }

    /** The 4-bit patch of {@code marked} (one bit per slot) against an empty table. */
    static byte[] pack4(long[] marked, int slots, int infinity) {
        int present = (1 - infinity) & 0xF;
        byte[] out = new byte[(slots + 1) / 2];
        for (int slot = 0; slot < slots; slot++) {
            if ((marked[slot >>> 6] & (1L << slot)) != 0) {
                out[slot >>> 1] |= (byte) ((slot & 1) == 0 ? present << 4 : present);
            }
        }
        return out;
    }

    /** {@code raw} compressed with zlib at the default level, by a fresh deflater (deterministic). */
    static byte[] deflate(byte[] raw) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try {
            deflater.setInput(raw);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, raw.length / 8));
            byte[] buffer = new byte[4096];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** The zlib stream {@code compressed} inflated; it must hold exactly {@code expected} bytes. */
    static byte[] inflate(byte[] compressed, int expected) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            byte[] out = new byte[expected];
            int n = 0;
            while (n < expected) {
                int got = inflater.inflate(out, n, expected - n);
                if (got == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                n += got;
            }
            if (n < expected) {
                throw new IllegalArgumentException("QRP patch inflates to " + n + " bytes, the table needs "
                        + expected);
            }
            if (!inflater.finished()) {
                if (inflater.inflate(new byte[1]) > 0) {
                    throw new IllegalArgumentException("QRP patch inflates to more than the " + expected
                            + " bytes the table needs");
                }
                if (!inflater.finished()) {
                    throw new IllegalArgumentException("QRP patch's zlib stream is truncated");
                }
            }
            if (inflater.getRemaining() > 0) {
                throw new IllegalArgumentException("QRP patch has " + inflater.getRemaining()
                        + " bytes after the end of its zlib stream");
            }
            return out;
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("QRP patch is not a valid zlib stream: " + e.getMessage());
        } finally {
            inflater.end();
        }
    }

    /**
     * Applies {@code raw} (entries of {@code entryBits} bits) to an empty table of {@code slots}
     * slots and returns which slots end up present, one bit per slot.
     */
    static long[] unpack(byte[] raw, int entryBits, int slots) {
        long needed = ((long) slots * entryBits + 7) / 8;
        if (raw.length != needed) {
            throw new IllegalArgumentException("QRP patch holds " + raw.length + " bytes of " + entryBits
                    + "-bit entries, a table of " + slots + " slots needs " + needed);
        }
        long[] marked = new long[(slots + 63) / 64];
        int perByte = 8 / entryBits;
        int mask = (1 << entryBits) - 1;
        for (int slot = 0; slot < slots; slot++) {
            int b = raw[slot / perByte] & 0xFF;
            int shift = 8 - entryBits * (slot % perByte + 1);
            int v = (b >>> shift) & mask;
            boolean present;
            if (entryBits == 1) {
                present = v == 1;                                  // a flip of the empty slot
            } else {
                present = (v & (1 << (entryBits - 1))) != 0;       // negative: present; zero or positive: absent
            }
            if (present) {
                marked[slot >>> 6] |= 1L << slot;
            }
        }
        return marked;
    }
}
