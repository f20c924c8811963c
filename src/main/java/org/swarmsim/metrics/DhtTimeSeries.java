package org.swarmsim.metrics;

import java.util.Arrays;
import java.util.List;

/**
 * The {@code timeseries.csv} of a DHT lookup run: one row per sample interval of simulated time
 * with the columns {@link #COLUMNS}. Values live in one growing {@code double[]}; the caller may
 * reuse its row array. {@code time_s} must be finite and non-decreasing.
 */
public final class DhtTimeSeries {
    /** Column names in order; this is the CSV header. */
    public static final List<String> COLUMNS = List.of("time_s", "nodes_online", "dht_messages_per_s",
            "dht_bytes_per_s", "routing_table_fill", "lookups", "lookup_success_rate");

    private double[] values = new double[16 * COLUMNS.size()];
    private int rows;

    public int rowCount() {
        return rows;
    }

    /**
     * Appends a sample.
     *
     * @param timeS            sample time, seconds
     * @param nodesOnline      online DHT nodes
     * @param messagesPerS     datagrams sent per second since the previous sample
     * @param bytesPerS        datagram bytes sent per second since the previous sample
     * @param routingTableFill mean contacts per online node's routing table
     * @param lookups          measured lookups that finished since the previous sample
     * @param successRate      fraction of those that found the true closest node (NaN if none)
     */
    public void addRow(double timeS, double nodesOnline, double messagesPerS, double bytesPerS, double routingTableFill,
            double lookups, double successRate) {
        int width = COLUMNS.size();
        if (!Double.isFinite(timeS) || timeS < 0 || (rows > 0 && timeS < values[(rows - 1) * width])) {
            throw new IllegalArgumentException("time_s must be finite, >= 0 and non-decreasing, got " + timeS);
        }
        if ((rows + 1) * width > values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        int at = rows * width;
        values[at] = timeS;
        values[at + 1] = nodesOnline;
        values[at + 2] = messagesPerS;
        values[at + 3] = bytesPerS;
        values[at + 4] = routingTableFill;
        values[at + 5] = lookups;
        values[at + 6] = successRate;
        rows++;
    }

    /** A copy of one column's values. */
    public double[] column(String name) {
        int c = COLUMNS.indexOf(name);
        if (c < 0) {
            throw new IllegalArgumentException("no column '" + name + "'; columns are " + COLUMNS);
        }
        double[] out = new double[rows];
        for (int r = 0; r < rows; r++) {
            out[r] = values[r * COLUMNS.size() + c];
        }
        return out;
    }

    /** The CSV text: header and one line per sample. */
    public String toCsv() {
        StringBuilder sb = new StringBuilder(64 + rows * 64);
        CsvWriter csv = new CsvWriter(sb);
        csv.row(COLUMNS);
        int width = COLUMNS.size();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < width; c++) {
                csv.field(values[r * width + c]);
            }
            csv.endRow();
        }
        return sb.toString();
    }
}
