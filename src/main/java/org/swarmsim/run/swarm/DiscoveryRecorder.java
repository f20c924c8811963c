package org.swarmsim.run.swarm;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.TreeMap;
import org.swarmsim.bittorrent.peer.Peer;
import org.swarmsim.bittorrent.peer.SwarmListener;

/**
 * Where each peer heard of the others, and what the extensions cost: for every peer, the distinct
 * peers it first learned of from each discovery source (tracker, DHT, finders, peer exchange; a
 * peer learned of twice counts for the first source only, itself never), when a peer started from
 * a magnet link had its metadata, and the bytes of the BEP 10 extended messages each peer sent, by
 * extension.
 */
final class DiscoveryRecorder implements SwarmListener {
    private final List<BitSet> known = new ArrayList<>();          // by peer index: node ids heard of
    private final List<TreeMap<String, Integer>> firstFrom = new ArrayList<>();
    private final List<Long> metadataAtNanos = new ArrayList<>();
    private final List<TreeMap<String, Long>> extensionBytes = new ArrayList<>();

    private int slot(Peer p) {
        while (known.size() <= p.index()) {
            known.add(new BitSet());
            firstFrom.add(new TreeMap<>());
            metadataAtNanos.add(-1L);
            extensionBytes.add(new TreeMap<>());
        }
        return p.index();
    }

    @Override
    public void onCandidates(Peer peer, String source, List<Integer> nodeIds) {
        int i = slot(peer);
        BitSet seen = known.get(i);
        int self = peer.node().id();
        int added = 0;
        for (int id : nodeIds) {
            if (id != self && !seen.get(id)) {
                seen.set(id);
                added++;
            }
        }
        if (added > 0) {
            firstFrom.get(i).merge(source, added, Integer::sum);
        }
    }

    @Override
    public void onMetadata(Peer peer) {
        metadataAtNanos.set(slot(peer), peer.nowNanos());
    }

    @Override
    public void onExtensionSent(Peer sender, String extension, int wireBytes) {
        extensionBytes.get(slot(sender)).merge(extension, (long) wireBytes, Long::sum);
    }

    /** Distinct peers {@code peer} first heard of from {@code source}. */
    int peersFrom(Peer peer, String source) {
        return peer.index() < firstFrom.size() ? firstFrom.get(peer.index()).getOrDefault(source, 0) : 0;
    }

    /** When {@code peer} had its metadata, or -1 (never, or it had it from the start). */
    long metadataAtNanos(Peer peer) {
        return peer.index() < metadataAtNanos.size() ? metadataAtNanos.get(peer.index()) : -1;
    }

    /** Bytes of extended messages {@code peer} sent for {@code extension} (envelope included). */
    long extensionBytes(Peer peer, String extension) {
        return peer.index() < extensionBytes.size() ? extensionBytes.get(peer.index()).getOrDefault(extension, 0L) : 0;
    }

    /** Everything recorded of {@code peer}; {@code magnet}: whether it joined from a magnet link. */
    PeerDiscovery of(Peer peer, boolean magnet) {
        long at = metadataAtNanos(peer);
        double ttm = magnet && at >= 0 ? (at - peer.spec().joinNanos()) / 1e9 : Double.NaN;
        return new PeerDiscovery(magnet, peersFrom(peer, "tracker"), peersFrom(peer, "dht"), peersFrom(peer, "finders"),
                peersFrom(peer, "ut_pex"), ttm, extensionBytes(peer, "extension_handshake"),
                extensionBytes(peer, "ut_pex"), extensionBytes(peer, "ut_metadata"),
                extensionBytes(peer, "lt_tex"), peer.announceList().stream().mapToInt(List::size).sum(),
                peer.encryption().scenarioName(), extensionBytes(peer, "mse"), peer.mseFallbacks());
    }
}
