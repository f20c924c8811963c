package org.swarmsim.kademlia;

import org.swarmsim.overlay.NodeId;

/** Lengths of bencoded pieces, for {@link KrpcMessage#wireSize()}. */
final class KrpcSizes {
    /** {@code 2:id20:<20 bytes>} */
    static final int ID_ENTRY = idEntry("id");

    private KrpcSizes() {
    }

    /** Bencoded length of a byte string of {@code n} bytes: {@code <n>:<bytes>}. */
    static int string(int n) {
        return digits(n) + 1 + n;
    }

    /** Bencoded length of an ASCII key. */
    static int string(String ascii) {
        return string(ascii.length());
    }

    /** Bencoded length of an integer: {@code i<n>e}. */
    static int integer(long n) {
        return 2 + (n < 0 ? 1 + digits(-n) : digits(n));
    }

    /** A key followed by a 20-byte id. */
    static int idEntry(String key) {
        return string(key) + string(NodeId.BYTES);
    }

    /** {@code d1:ad<args>e1:q<name>1:t2:tt1:y1:qe} */
    static int query(String name, int argsBytes) {
        return 1 + 3 + 2 + argsBytes + 3 + string(name) + 3 + string(KrpcMessage.TRANSACTION_ID_BYTES) + 3 + 3 + 1;
    }

    /** {@code d1:rd<values>e1:t2:tt1:y1:re} */
    static int response(int valuesBytes) {
        return 1 + 3 + 2 + valuesBytes + 3 + string(KrpcMessage.TRANSACTION_ID_BYTES) + 3 + 3 + 1;
    }

    static int digits(long n) {
        int d = 1;
        while (n >= 10) {
            n /= 10;
            d++;
        }
        return d;
    }
}
