package org.swarmsim.run.swarm;

import java.util.List;
import org.swarmsim.run.RunFacts;
import org.swarmsim.sim.stats.SortedSample;

/**
 * The figures of a swarm run's {@code summary.json}, computed once from its peer records. Download
 * times are {@code completion_s - join_s} over the peers that completed (a {@link SortedSample}:
 * the mean summed in ascending order, nearest-rank percentiles).
 */
record SwarmTotals(int peers, int completed, SortedSample downloadTimes, double lastCompletionS,
                   long uploadedBytes, long downloadedBytes, long bytesFromInitialSeeds, long bytesFromCompleted, long bytesFromLeechers,
                   SortedSample timesToMetadata, long handshakeBytes, long pexBytes, long metadataBytes, long texBytes, long mseBytes,
                   SortedSample pieceLayers, long hashBytes, RunFacts facts) {
    static SwarmTotals of(List<PeerRecord> records, RunFacts facts) {
        double[] times = new double[records.size()];
        int completed = 0;
        double lastCompletion = Double.NaN;
        long up = 0;
        long fromInitialSeeds = 0;
        long fromCompleted = 0;
        long fromLeechers = 0;
        double[] ttm = new double[records.size()];
        int magnetDone = 0;
        long handshake = 0;
        long pex = 0;
        long metadata = 0;
        long tex = 0;
        long mse = 0;
        double[] layers = new double[records.size()];
        int layersDone = 0;
        long hashes = 0;
        for (PeerRecord r : records) {
            PeerDiscovery d = r.discovery();
            if (!Double.isNaN(d.timeToMetadataS())) {
                ttm[magnetDone++] = d.timeToMetadataS();
            }
            handshake = Math.addExact(handshake, d.handshakeBytes());
            pex = Math.addExact(pex, d.pexBytes());
            metadata = Math.addExact(metadata, d.metadataBytes());
            tex = Math.addExact(tex, d.texBytes());
            mse = Math.addExact(mse, d.mseBytes());
            if (!Double.isNaN(d.pieceLayerS())) {
                layers[layersDone++] = d.pieceLayerS();
            }
            hashes = Math.addExact(hashes, d.hashBytes());
            if (r.completed()) {
                times[completed++] = r.downloadTimeS();
                lastCompletion = Double.isNaN(lastCompletion) ? r.completionS() : Math.max(lastCompletion, r.completionS());
            }
            up = Math.addExact(up, r.bytesUploaded());
            fromInitialSeeds = Math.addExact(fromInitialSeeds, r.bytesFromInitialSeeds());
            fromCompleted = Math.addExact(fromCompleted, r.bytesFromCompleted());
            fromLeechers = Math.addExact(fromLeechers, r.bytesFromLeechers());
        }
        return new SwarmTotals(records.size(), completed, SortedSample.of(times, completed), lastCompletion, up,
                Math.addExact(Math.addExact(fromInitialSeeds, fromCompleted), fromLeechers), fromInitialSeeds, fromCompleted,
                fromLeechers, SortedSample.of(ttm, magnetDone), handshake,
                pex, metadata, tex, mse, SortedSample.of(layers, layersDone), hashes, facts);
    }

    double meanTimeToMetadataS() {
        return timesToMetadata.mean();
    }

    double meanPieceLayerS() {
        return pieceLayers.mean();
    }

    double meanDownloadS() {
        return downloadTimes.mean();
    }

    double downloadPercentileS(double percent) {
        return downloadTimes.percentile(percent);
    }

    double maxDownloadS() {
        return downloadTimes.max();
    }
}
