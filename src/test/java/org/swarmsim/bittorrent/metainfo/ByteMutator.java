package org.swarmsim.bittorrent.metainfo;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.swarmsim.sim.random.RandomStream;

/** Seeded random edits of valid inputs, for the mutation tests of bencode and the wire codec. */
public final class ByteMutator {
    private ByteMutator() {
    }

    /** One to three random edits (byte flip, syntax character, truncation, deletion, insertion). */
    public static byte[] mutate(byte[] valid, RandomStream random) {
        byte[] b = valid.clone();
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int op = random.nextInt(5);
            int at = b.length == 0 ? 0 : random.nextInt(b.length);
            switch (op) {
                case 0 -> { // flip one byte to a random value
                    if (b.length > 0) {
                        b[at] = (byte) random.nextInt(256);
                    }
                }
                case 1 -> { // replace with a bencode-significant character
                    if (b.length > 0) {
                        b[at] = "ield0123456789:-"
                                .getBytes(StandardCharsets.US_ASCII)[random.nextInt(16)];
                    }
                }
                case 2 -> b = Arrays.copyOf(b, at); // truncate
                case 3 -> { // delete one byte
                    if (b.length > 0) {
                        byte[] c = new byte[b.length - 1];
                        System.arraycopy(b, 0, c, 0, at);
                        System.arraycopy(b, at + 1, c, at, b.length - at - 1);
                        b = c;
                    }
                }
                default -> { // insert one byte
                    byte[] c = new byte[b.length + 1];
                    System.arraycopy(b, 0, c, 0, at);
                    c[at] = (byte) random.nextInt(256);
                    System.arraycopy(b, at, c, at + 1, b.length - at);
                    b = c;
                }
            }
        }
        return b;
    }
}
