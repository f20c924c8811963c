package org.swarmsim.run.swarm;

import java.util.ArrayList;
import java.util.List;
import org.swarmsim.discovery.DiscoverySource;
import org.swarmsim.discovery.DiscoverySources;
import org.swarmsim.metrics.Column;
import org.swarmsim.metrics.FieldDoc;
import org.swarmsim.metrics.SeriesColumn;
import org.swarmsim.metrics.SeriesTable;
import org.swarmsim.metrics.Summary;
import org.swarmsim.metrics.SummaryField;
import org.swarmsim.metrics.Table;
import org.swarmsim.run.OutputDoc;
import org.swarmsim.run.RunFacts;

/**
 * The files of a swarm run, defined once: the columns of {@code timeseries.csv} and
 * {@code peers.csv} and the keys of {@code summary.json}, each with its name, its meaning and how
 * its value is read. The CSV headers, the writers and the documentation all come from here.
 */
public final class SwarmOutputs {
    /** {@code timeseries.csv}: one row per {@code metrics.sample_interval} (discovery sources may add columns). */
    public static final SeriesTable<SwarmSample> SERIES = new SeriesTable<>(
            "one row per metrics.sample_interval of simulated time",
            List.of(
                    new SeriesColumn<>("time_s", "simulated time of the sample, seconds", s -> s.timeS),
                    new SeriesColumn<>("peers", "online peers: seeds + leechers", s -> s.seeds + s.leechers),
                    new SeriesColumn<>("seeds", "online peers holding every piece", s -> s.seeds),
                    new SeriesColumn<>("leechers", "online peers still downloading", s -> s.leechers),
                    new SeriesColumn<>("upload_rate_Bps", "wire bytes the network transmitted per second since the "
                            + "previous sample (every message, headers included)", s -> s.uploadRateBps),
                    new SeriesColumn<>("download_rate_Bps", "piece payload delivered per second since the previous "
                            + "sample (goodput)", s -> s.downloadRateBps),
                    new SeriesColumn<>("upload_utilisation", "upload_rate_Bps over the summed upload capacity of the "
                            + "online peers, at most 1", s -> s.uploadUtilisation),
                    new SeriesColumn<>("availability_min", "copies of the rarest piece among online peers, seeds "
                            + "included", s -> s.availabilityMin),
                    new SeriesColumn<>("availability_mean", "mean copies per piece among online peers, seeds included",
                            s -> s.availabilityMean),
                    new SeriesColumn<>("pieces_missing", "pieces no online leecher holds (what would be lost if the "
                            + "seeds left now); 0 when no leecher is online", s -> s.piecesMissing)));

    /** {@code peers.csv}: one row per peer. */
    public static final Table<PeerRecord> PEERS = new Table<>("peers.csv",
            "one row per peer, initial seeds first, then leechers in arrival order; NaN where not applicable",
            List.of(
                    Column.integer("id", "peer number, unique in the run", PeerRecord::id),
                    Column.text("class", "capacity class (seed for initial seeds given upload/download directly)",
                            PeerRecord::capacityClass),
                    Column.flag("initial_seed", "1 for a peer that held every piece from the start, else 0",
                            PeerRecord::initialSeed),
                    Column.text("behaviour", "its behaviour: compliant, free_rider, corrupter, bittyrant, large_view, optimistic_only (see Names)", PeerRecord::behaviour),
                    Column.number("upload_Bps", "upload capacity, bytes per second", PeerRecord::uploadBytesPerSecond),
                    Column.number("download_Bps", "download capacity, bytes per second",
                            PeerRecord::downloadBytesPerSecond),
                    Column.number("join_s", "when the peer joined", PeerRecord::joinS),
                    Column.number("completion_s", "when it held every piece (NaN: never, or an initial seed)",
                            PeerRecord::completionS),
                    Column.number("leave_s", "when it left (NaN: still there at the end)", PeerRecord::leaveS),
                    Column.number("download_time_s", "completion_s - join_s", PeerRecord::downloadTimeS),
                    Column.integer("bytes_from_initial_seeds", "payload bytes received from initial seeds (peers that "
                            + "held every piece from the start)", PeerRecord::bytesFromInitialSeeds),
                    Column.integer("bytes_from_completed", "payload bytes received from leechers that had completed "
                            + "their download when they sent them", PeerRecord::bytesFromCompleted),
                    Column.integer("bytes_from_leechers", "payload bytes received from leechers still downloading when "
                            + "they sent them", PeerRecord::bytesFromLeechers),
                    Column.integer("bytes_downloaded", "bytes_from_initial_seeds + bytes_from_completed + "
                            + "bytes_from_leechers",
                            PeerRecord::bytesDownloaded),
                    Column.integer("bytes_uploaded", "payload bytes other peers received from this one",
                            PeerRecord::bytesUploaded),
                    Column.number("share_ratio", "bytes_uploaded / bytes_downloaded (NaN if it downloaded nothing)",
                            PeerRecord::shareRatio),
                    Column.flag("magnet", "1 for a leecher that joined from a magnet link (the info-hash only), else 0",
                            r -> r.discovery().magnet()),
                    Column.number("time_to_metadata_s", "for a magnet join: from joining to the verified metadata (BEP 9; "
                            + "NaN otherwise, or if it never came)", r -> r.discovery().timeToMetadataS()),
                    Column.integer("peers_from_tracker", "distinct peers it first heard of from the tracker",
                            r -> r.discovery().fromTracker()),
                    Column.integer("peers_from_dht", "distinct peers it first heard of from the DHT",
                            r -> r.discovery().fromDht()),
                    Column.integer("peers_from_finders", "distinct peers it first heard of from the finder network",
                            r -> r.discovery().fromFinders()),
                    Column.integer("peers_from_pex", "distinct peers it first heard of by peer exchange (ut_pex)",
                            r -> r.discovery().fromPex()),
                    Column.integer("trackers_known", "trackers in its announce-list at the end (BEP 12; tracker exchange "
                            + "adds to it)", r -> r.discovery().trackersKnown()),
                    Column.integer("pex_bytes_sent", "bytes of the ut_pex messages it sent (6-byte envelope included)",
                            r -> r.discovery().pexBytes()),
                    Column.integer("metadata_bytes_sent", "bytes of the ut_metadata messages it sent (envelope included)",
                            r -> r.discovery().metadataBytes()),
                    Column.integer("tex_bytes_sent", "bytes of the lt_tex messages it sent (envelope included)",
                            r -> r.discovery().texBytes()),
                    Column.text("encryption", "its protocol-encryption policy (MSE/PE): disabled, enabled or forced",
                            r -> r.discovery().encryption()),
                    Column.integer("mse_bytes_sent", "bytes of the MSE handshakes it sent (keys, pads, request, select)",
                            r -> r.discovery().mseBytes()),
                    Column.integer("mse_fallbacks", "plaintext reconnects after a peer dropped its encrypted attempt",
                            r -> r.discovery().mseFallbacks()),
                    Column.number("piece_layer_s", "for a magnet join of a v2 or hybrid torrent: from the metadata to the "
                            + "whole piece layer (BEP 52 hash requests; NaN otherwise, or if it never came)",
                            r -> r.discovery().pieceLayerS()),
                    Column.integer("hash_bytes_sent", "bytes of the BEP 52 hash requests, hashes and hash rejects it sent",
                            r -> r.discovery().hashBytes())));

    /** {@code summary.json}. */
    public static final List<SummaryField<SwarmTotals>> SUMMARY = List.of(
            SummaryField.count("peers_total", "peers in the run, initial seeds included", SwarmTotals::peers),
            SummaryField.count("peers_completed", "leechers that completed their download", SwarmTotals::completed),
            SummaryField.number("download_time_mean_s", "mean download time of the leechers that completed (null if "
                    + "none did)", SwarmTotals::meanDownloadS),
            SummaryField.number("download_time_p50_s", "median download time (nearest rank)",
                    t -> t.downloadPercentileS(50)),
            SummaryField.number("download_time_p95_s", "95th percentile of the download time (nearest rank)",
                    t -> t.downloadPercentileS(95)),
            SummaryField.number("download_time_max_s", "longest download time", SwarmTotals::maxDownloadS),
            SummaryField.number("last_completion_s", "when the last leecher completed", SwarmTotals::lastCompletionS),
            SummaryField.count("uploaded_bytes_total", "payload bytes uploaded, summed over peers",
                    SwarmTotals::uploadedBytes),
            SummaryField.count("downloaded_bytes_total", "payload bytes downloaded, summed over peers",
                    SwarmTotals::downloadedBytes),
            SummaryField.count("bytes_from_initial_seeds_total", "bytes_from_initial_seeds summed over peers",
                    SwarmTotals::bytesFromInitialSeeds),
            SummaryField.count("bytes_from_completed_total", "bytes_from_completed summed over peers",
                    SwarmTotals::bytesFromCompleted),
            SummaryField.count("bytes_from_leechers_total", "bytes_from_leechers summed over peers (the three "
                    + "bytes_from_*_total add up to downloaded_bytes_total)",
                    SwarmTotals::bytesFromLeechers),
            SummaryField.number("time_to_metadata_mean_s", "mean time_to_metadata_s of the magnet joins that got the "
                    + "metadata (null if none did)", SwarmTotals::meanTimeToMetadataS),
            SummaryField.count("extension_handshake_bytes_total", "bytes of BEP 10 extension handshakes, summed over "
                    + "peers", SwarmTotals::handshakeBytes),
            SummaryField.count("pex_bytes_total", "pex_bytes_sent summed over peers", SwarmTotals::pexBytes),
            SummaryField.count("metadata_bytes_total", "metadata_bytes_sent summed over peers", SwarmTotals::metadataBytes),
            SummaryField.count("tex_bytes_total", "tex_bytes_sent summed over peers", SwarmTotals::texBytes),
            SummaryField.count("mse_bytes_total", "mse_bytes_sent summed over peers", SwarmTotals::mseBytes),
            SummaryField.number("piece_layer_mean_s", "mean piece_layer_s of the magnet joins that got the whole piece "
                    + "layer (null if none did)", SwarmTotals::meanPieceLayerS),
            SummaryField.count("hash_bytes_total", "hash_bytes_sent summed over peers", SwarmTotals::hashBytes),
            RunFacts.events(SwarmTotals::facts),
            RunFacts.wallS(SwarmTotals::facts),
            RunFacts.seed(SwarmTotals::facts),
            RunFacts.replication(SwarmTotals::facts),
            RunFacts.simEndS(SwarmTotals::facts),
            RunFacts.version(),
            RunFacts.commit());

    /** Summary keys sweep compares. */
    static final List<String> SWEEP_METRICS = List.of("download_time_mean_s", "download_time_p95_s",
            "last_completion_s", "peers_completed", "bytes_from_initial_seeds_total");

    private SwarmOutputs() {
    }

    /** The documentation of every file, the columns discovery sources add included. */
    static List<OutputDoc> docs() {
        List<FieldDoc> series = new ArrayList<>(SERIES.docs());
        for (DiscoverySource<?> s : DiscoverySources.all()) {
            for (FieldDoc c : s.columns()) {
                series.add(new FieldDoc(c.name(), c.description() + " (only with discovery source " + s.name() + ")"));
            }
        }
        return List.of(new OutputDoc(SeriesTable.FILE, SERIES.description(), series),
                new OutputDoc(PEERS.fileName(), PEERS.description(), PEERS.docs()),
                new OutputDoc(Summary.FILE, "the run's headline numbers, in this order", Summary.docs(SUMMARY)));
    }
}
