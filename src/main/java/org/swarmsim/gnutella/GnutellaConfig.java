package org.swarmsim.gnutella;

import org.swarmsim.sim.SimTime;

/**
 * What every servent of a run is configured with.
 *
 * @param duplicateSuppression    whether a servent drops a query or ping whose GUID its route table
 *                                knows (off: every copy is forwarded, to show the explosion; the
 *                                table still routes answers, and a servent answers only the first copy)
 * @param routeCapacity           most GUIDs a route table remembers ({@link RouteTable})
 * @param routeLifetimeNanos      longest a GUID is remembered
 * @param maxTtl                  cap on TTL + hops of descriptors a servent forwards (255: none)
 * @param qrpBits                 size of leaves' query-routing tables, 2^bits slots
 * @param qrpPatchBytes           most data bytes in one QRP patch message
 * @param pingTtl                 TTL of the Ping a servent sends after connecting, to learn hosts
 * @param hostCacheSize           hosts a servent remembers for reconnecting
 * @param walkCheckTimeoutNanos   how long a walker waits for its requester's verdict before dying
 * @param reconnectDelayNanos     wait before a servent below its degree target tries to connect again
 */
public record GnutellaConfig(boolean duplicateSuppression, int routeCapacity, long routeLifetimeNanos, int maxTtl,
                             int qrpBits, int qrpPatchBytes, int pingTtl, int hostCacheSize,
                             long walkCheckTimeoutNanos, long reconnectDelayNanos) {
    public static final int DEFAULT_ROUTE_CAPACITY = 50_000;
    public static final long DEFAULT_ROUTE_LIFETIME_NANOS = SimTime.seconds(600);
    public static final int DEFAULT_QRP_BITS = 16;
    public static final int DEFAULT_QRP_PATCH_BYTES = 4096;
    public static final int DEFAULT_PING_TTL = 2;
    public static final int DEFAULT_HOST_CACHE = 100;

    public GnutellaConfig {
        if (routeCapacity < 2 || routeLifetimeNanos <= 0 || maxTtl < 1 || maxTtl > 255 || qrpBits < 4 || qrpBits > 21
                || qrpPatchBytes < 64 || pingTtl < 1 || pingTtl > 255 || hostCacheSize < 1
                || walkCheckTimeoutNanos <= 0 || reconnectDelayNanos <= 0) {
            throw new IllegalArgumentException("invalid Gnutella configuration " + this);
        }
    }

    /** Gnutella 0.6 as LimeWire-era clients ran it: suppression on, 10-minute route tables, TTL + hops at most 7. */
    public static GnutellaConfig defaults() {
        return new GnutellaConfig(true, DEFAULT_ROUTE_CAPACITY, DEFAULT_ROUTE_LIFETIME_NANOS, 7, DEFAULT_QRP_BITS,
                DEFAULT_QRP_PATCH_BYTES, DEFAULT_PING_TTL, DEFAULT_HOST_CACHE, SimTime.seconds(5), SimTime.seconds(1));
    }

    public GnutellaConfig withDuplicateSuppression(boolean on) {
        return new GnutellaConfig(on, routeCapacity, routeLifetimeNanos, maxTtl, qrpBits, qrpPatchBytes, pingTtl,
                hostCacheSize, walkCheckTimeoutNanos, reconnectDelayNanos);
    }

    public GnutellaConfig withMaxTtl(int cap) {
        return new GnutellaConfig(duplicateSuppression, routeCapacity, routeLifetimeNanos, cap, qrpBits, qrpPatchBytes,
                pingTtl, hostCacheSize, walkCheckTimeoutNanos, reconnectDelayNanos);
    }

    public GnutellaConfig withRouteTable(int capacity, long lifetimeNanos) {
        return new GnutellaConfig(duplicateSuppression, capacity, lifetimeNanos, maxTtl, qrpBits, qrpPatchBytes, pingTtl,
                hostCacheSize, walkCheckTimeoutNanos, reconnectDelayNanos);
    }

    public GnutellaConfig withQrpBits(int bits) {
        return new GnutellaConfig(duplicateSuppression, routeCapacity, routeLifetimeNanos, maxTtl, bits, qrpPatchBytes,
                pingTtl, hostCacheSize, walkCheckTimeoutNanos, reconnectDelayNanos);
    }
}
