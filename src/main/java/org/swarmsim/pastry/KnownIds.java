package org.swarmsim.pastry;

import java.util.Arrays;
import org.swarmsim.overlay.IdSpace;
import org.swarmsim.overlay.NodeId;

/**
 * The 128-bit id that goes with each network address. A Pastry node learns an (id, address) pair
 * together from a message, so its tables hold addresses (network node ids) and read the id here:
 * the simulator's compact form of "an entry is an id and an address". Nothing here says whether
 * a node is alive.
 */
public final class KnownIds {
    private long[] hi = new long[64];
    private long[] lo = new long[64];
    private NodeId[] ids = new NodeId[64];

    /** Records that {@code address} has the 128-bit id {@code id} (an id of {@link IdSpace#PASTRY}). */
    public void put(int address, NodeId id) {
        if (!IdSpace.PASTRY.contains(id)) {
            throw new IllegalArgumentException("not a 128-bit Pastry id: " + id);
        }
        if (address >= ids.length) {
            int size = Math.max(ids.length * 2, address + 1);
            hi = Arrays.copyOf(hi, size);
            lo = Arrays.copyOf(lo, size);
            ids = Arrays.copyOf(ids, size);
        }
        hi[address] = id.hi();
        lo[address] = id.mid();
        ids[address] = id;
    }

    /** Bits 0..63 of the id of {@code address}. */
    public long hi(int address) {
        return hi[address];
    }

    /** Bits 64..127 of the id of {@code address}. */
    public long lo(int address) {
        return lo[address];
    }

    /** The id of {@code address}. */
    public NodeId id(int address) {
        return ids[address];
    }

    /** The 128-bit id (hi, lo) as a {@link NodeId} of {@link IdSpace#PASTRY}. */
    public static NodeId toNodeId(long hi, long lo) {
        return NodeId.of(hi, lo, 0);
    }
}
