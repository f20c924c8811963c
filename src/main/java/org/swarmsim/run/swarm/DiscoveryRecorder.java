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
 * extension (MSE handshakes count as {@code mse}).
 */
final class DiscoveryRecorder implements SwarmListener {
    /** What is recorded of one peer. */
    private static final class Log {
        final BitSet known = new BitSet();                          // node ids heard of
        final TreeMap<String, Integer> firstFrom = new TreeMap<>();
        final TreeMap<String, Long> extensionBytes = new TreeMap<>();
        long metadataAtNanos = -1;

        int firstFrom(String source) {
            return firstFrom.getOrDefault(source, 0);
        }

        long bytes(String extension) {
            return extensionBytes.getOrDefault(extension, 0L);
        }
    }

    private static final Log NOTHING = new Log();
    private final List<Log> logs = new ArrayList<>();   // by peer index

    private Log log(Peer p) {
        while (logs.size() <= p.index()) {
            logs.add(new Log());
        }
        return logs.get(p.index());
    }

    private Log logOrNothing(Peer p) {
        return p.index() < logs.size() ? logs.get(p.index()) : NOTHING;
    }

    @Override
    public void onCandidates(Peer peer, String source, List<Integer> nodeIds) {
        Log log = log(peer);
        int self = peer.node().id();
        int added = 0;
        for (int id : nodeIds) {
            if (id != self && !log.known.get(id)) {
                log.known.set(id);
                added++;
            }
        }
        if (added > 0) {
            log.firstFrom.merge(source, added, Integer::sum);
        }
    }

    @Override
    public void onMetadata(Peer peer) {
        log(peer).metadataAtNanos = peer.nowNanos();
    }

    @Override
    public void onExtensionSent(Peer sender, String extension, int wireBytes) {
        log(sender).extensionBytes.merge(extension, (long) wireBytes, Long::sum);
    }

    /** Everything recorded of {@code peer}; {@code magnet}: whether it joined from a magnet link. */
    PeerDiscovery of(Peer peer, boolean magnet) {
        Log log = logOrNothing(peer);
        double ttm = magnet && log.metadataAtNanos >= 0 ? (log.metadataAtNanos - peer.spec().joinNanos()) / 1e9 : Double.NaN;
        return new PeerDiscovery(magnet, log.firstFrom("tracker"), log.firstFrom("dht"), log.firstFrom("finders"),
                log.firstFrom("ut_pex"), ttm, log.bytes("extension_handshake"), log.bytes("ut_pex"),
                log.bytes("ut_metadata"), log.bytes("lt_tex"), peer.announceList().stream().mapToInt(List::size).sum(),
                peer.encryption().scenarioName(), log.bytes("mse"), peer.mseFallbacks(),
                magnet && peer.pieceLayerFetchNanos() >= 0 ? peer.pieceLayerFetchNanos() / 1e9 : Double.NaN,
                peer.hashBytesSent());
    }
}
