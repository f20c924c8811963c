package org.swarmsim.kademlia;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.swarmsim.overlay.NodeId;

/**
 * The peers announced to one DHT node (BEP 5 announce_peer), per info-hash, each expiring a TTL
 * after its last announce. Expired peers are dropped whenever an info-hash is read or written,
 * and empty info-hashes by {@link #purge}. Pure: the caller supplies the time.
 */
final class PeerStore {
    private TreeMap<NodeId, Peers> byInfoHash;   // created with the first announce

    /** Stores (or refreshes) {@code address:port} for {@code infoHash} until {@code expiresAtNanos}. */
    void put(NodeId infoHash, int address, int port, long expiresAtNanos, long nowNanos) {
        if (byInfoHash == null) {
            byInfoHash = new TreeMap<>();
        }
        byInfoHash.computeIfAbsent(infoHash, h -> new Peers()).put(address, port, expiresAtNanos, nowNanos);
    }

    /** The unexpired peers of {@code infoHash}, or null if none was ever stored (or all were purged). */
    Peers get(NodeId infoHash, long nowNanos) {
        Peers p = byInfoHash == null ? null : byInfoHash.get(infoHash);
        if (p != null) {
            p.purge(nowNanos);
        }
        return p;
    }

    /** Number of unexpired peers of {@code infoHash}. */
    int count(NodeId infoHash, long nowNanos) {
        Peers p = get(infoHash, nowNanos);
        return p == null ? 0 : p.size;
    }

    /** Drops expired peers, and info-hashes left without any. */
    void purge(long nowNanos) {
        if (byInfoHash == null) {
            return;
        }
        Iterator<Map.Entry<NodeId, Peers>> it = byInfoHash.entrySet().iterator();
        while (it.hasNext()) {
            Peers p = it.next().getValue();
            p.purge(nowNanos);
            if (p.size == 0) {
                it.remove();
            }
        }
    }

    /** The peers of one info-hash, as parallel arrays in the order first announced. */
    static final class Peers {
        private int[] addresses = new int[4];
        private int[] ports = new int[4];
        private long[] expires = new long[4];
        private int size;

        int size() {
            return size;
        }

        /** The first {@code n} addresses (n <= size). */
        int[] addresses(int n) {
            return Arrays.copyOf(addresses, n);
        }

        /** The first {@code n} ports (n <= size). */
        int[] ports(int n) {
            return Arrays.copyOf(ports, n);
        }

        void put(int address, int port, long expiresAt, long now) {
            purge(now);
            for (int i = 0; i < size; i++) {
                if (addresses[i] == address) {
                    ports[i] = port;
                    expires[i] = expiresAt;
                    return;
                }
            }
            if (size == addresses.length) {
                addresses = Arrays.copyOf(addresses, size * 2);
                ports = Arrays.copyOf(ports, size * 2);
                expires = Arrays.copyOf(expires, size * 2);
            }
            addresses[size] = address;
            ports[size] = port;
            expires[size++] = expiresAt;
        }

        void purge(long now) {
            int w = 0;
            for (int i = 0; i < size; i++) {
                if (expires[i] > now) {
                    addresses[w] = addresses[i];
                    ports[w] = ports[i];
                    expires[w++] = expires[i];
                }
            }
            size = w;
        }
    }
}
