package org.swarmsim.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;

/**
 * The {@link PeerRecord}s of a run in insertion order (the simulator adds them in a deterministic
 * order), with unique ids. Written as {@code peers.csv} by {@link #writeCsv(Appendable)}.
 */
public final class PeerTable {
    private final List<PeerRecord> records = new ArrayList<>();
    private final HashSet<Integer> ids = new HashSet<>(); // membership only, never iterated

    /** Adds a record; its id must not be in the table yet. */
    public PeerTable add(PeerRecord record) {
        if (!ids.add(record.id())) {
            throw new IllegalArgumentException("peer id " + record.id() + " is already in the peer table");
        }
        records.add(record);
        return this;
    }

    /** The records, unmodifiable, in insertion order. */
    public List<PeerRecord> records() {
        return Collections.unmodifiableList(records);
    }

    public int size() {
        return records.size();
    }

    /** Sum of bytes uploaded by all peers. */
    public long uploadedBytesTotal() {
        long sum = 0;
        for (PeerRecord r : records) {
            sum = Math.addExact(sum, r.bytesUploaded());
        }
        return sum;
    }

    /** Sum of bytes downloaded (from seeds and leechers) by all peers. */
    public long downloadedBytesTotal() {
        long sum = 0;
        for (PeerRecord r : records) {
            sum = Math.addExact(sum, r.bytesDownloaded());
        }
        return sum;
    }

    /** Column names of {@code peers.csv}, in order. */
    public static List<String> columns() {
        List<String> names = new ArrayList<>();
        for (PeerColumn c : PeerColumn.values()) {
            names.add(c.columnName());
        }
        return names;
    }

    /** Writes the header and one row per peer as CSV. */
    public void writeCsv(Appendable out) {
        CsvWriter csv = new CsvWriter(out);
        csv.row(columns());
        for (PeerRecord r : records) {
            csv.field(r.id())
                    .field(r.capacityClass())
                    .field(r.behaviour())
                    .field(r.uploadBytesPerSecond())
                    .field(r.downloadBytesPerSecond())
                    .field(r.joinS())
                    .field(r.completionS())
                    .field(r.leaveS())
                    .field(r.downloadTimeS())
                    .field(r.bytesFromSeeds())
                    .field(r.bytesFromLeechers())
                    .field(r.bytesDownloaded())
                    .field(r.bytesUploaded())
                    .field(r.shareRatio())
                    .endRow();
        }
    }

    /** The CSV text. */
    public String toCsv() {
        StringBuilder sb = new StringBuilder(128 + records.size() * 96);
        writeCsv(sb);
        return sb.toString();
    }
}
