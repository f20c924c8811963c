package org.swarmsim.metrics;

/**
 * The standard columns of {@code timeseries.csv}, in order. The names are stable: they are the
 * CSV header that notebooks and the report read, so never rename one; add new columns through
 * {@link TimeSeries#withExtraColumns(String...)} (e.g. DHT metrics) instead.
 */
public enum TimeSeriesColumn {
    /** Simulated time of the sample, seconds. */
    TIME_S("time_s"),
    /** Peers present in the swarm (seeds + leechers). */
    PEERS("peers"),
    /** Peers holding every piece. */
    SEEDS("seeds"),
    /** Peers still downloading. */
    LEECHERS("leechers"),
    /** Aggregate upload rate over all peers, bytes per second. */
    UPLOAD_RATE_BYTES_PER_SECOND("upload_rate_Bps"),
    /** Aggregate download rate over all peers, bytes per second. */
    DOWNLOAD_RATE_BYTES_PER_SECOND("download_rate_Bps"),
    /** Aggregate upload rate divided by aggregate upload capacity, in [0, 1]. */
    UPLOAD_UTILISATION("upload_utilisation"),
    /** Copies of the rarest piece among connected peers. */
    AVAILABILITY_MIN("availability_min"),
    /** Mean number of copies per piece among connected peers. */
    AVAILABILITY_MEAN("availability_mean"),
    /** Pieces that no non-seed peer holds (missing from the swarm except seeds). */
    PIECES_MISSING("pieces_missing");

    private final String columnName;

    TimeSeriesColumn(String columnName) {
        this.columnName = columnName;
    }

    /** The CSV header name. */
    public String columnName() {
        return columnName;
    }

    /** The column position in every {@link TimeSeries} (standard columns come first). */
    public int index() {
        return ordinal();
    }
}
