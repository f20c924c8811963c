package org.swarmsim.finders;

import org.swarmsim.overlay.NodeId;

/**
 * What the geometries that place finders by the hash of their ids share (symphony, kademlia,
 * random; not kleinberg, whose ids encode a lattice point): the ids, their 63-bit points, and the
 * ground truth of the online finders' points, which each geometry asks in its own distance
 * ({@link #home}).
 */
abstract class HashedGeometry implements Geometry {
    protected final NodeId[] ids;
    protected final long[] points;
    protected final OnlinePoints online = new OnlinePoints();

    /** Every finder starts online. */
    HashedGeometry(NodeId[] ids) {
        this.ids = ids;
        this.points = new long[ids.length];
        for (int f = 0; f < ids.length; f++) {
            points[f] = HashPoints.of(ids[f]);
            online.put(points[f], f);
        }
    }

    @Override
    public int size() {
        return ids.length;
    }

    @Override
    public NodeId id(int f) {
        return ids[f];
    }

    @Override
    public long point(NodeId key) {
        return HashPoints.of(key);
    }

    @Override
    public long pointOf(int f) {
        return points[f];
    }

    @Override
    public void setOnline(int f, boolean on) {
        if (on) {
            online.put(points[f], f);
        } else {
            online.remove(points[f], f);
        }
    }
}
