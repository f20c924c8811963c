package org.swarmsim.metrics;

/** The columns of {@code peers.csv}, in order. The names are stable CSV headers: never rename one. */
public enum PeerColumn {
    ID("id"),
    CLASS("class"),
    BEHAVIOUR("behaviour"),
    UPLOAD_BYTES_PER_SECOND("upload_Bps"),
    DOWNLOAD_BYTES_PER_SECOND("download_Bps"),
    JOIN_S("join_s"),
    COMPLETION_S("completion_s"),
    LEAVE_S("leave_s"),
    DOWNLOAD_TIME_S("download_time_s"),
    BYTES_FROM_SEEDS("bytes_from_seeds"),
    BYTES_FROM_LEECHERS("bytes_from_leechers"),
    BYTES_DOWNLOADED("bytes_downloaded"),
    BYTES_UPLOADED("bytes_uploaded"),
    SHARE_RATIO("share_ratio");

    private final String columnName;

    PeerColumn(String columnName) {
        this.columnName = columnName;
    }

    /** The CSV header name. */
    public String columnName() {
        return columnName;
    }
}
