package org.swarmsim.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimeSeriesTest {
    @Test
    void theHeaderIsTheStableStandardColumnNames() {
        assertEquals("time_s,peers,seeds,leechers,upload_rate_Bps,download_rate_Bps,upload_utilisation,"
                + "availability_min,availability_mean,pieces_missing\n", TimeSeries.standard().toCsv());
    }

    @Test
    void extraColumnsFollowTheStandardOnes() {
        TimeSeries ts = TimeSeries.withExtraColumns("dht_lookups_active", "dht_rate_Bps");
        assertEquals(12, ts.columnCount());
        assertEquals(List.of("dht_lookups_active", "dht_rate_Bps"), ts.columns().subList(10, 12));
        assertThrows(IllegalArgumentException.class, () -> TimeSeries.withExtraColumns("peers"));
        assertThrows(IllegalArgumentException.class, () -> TimeSeries.withExtraColumns("Bad Name"));
    }

    @Test
    void rowsAreCopiedSoTheCallerCanReuseItsArray() {
        TimeSeries ts = TimeSeries.standard();
        double[] row = new double[10];
        for (int i = 0; i < 100; i++) {
            row[0] = i * 0.5;
            row[1] = i;
            ts.addRow(row);
        }
        assertEquals(100, ts.rowCount());
        assertEquals(49.5, ts.value(99, TimeSeriesColumn.TIME_S));
        assertEquals(7.0, ts.value(7, TimeSeriesColumn.PEERS));
        assertArrayEquals(new double[] {0, 1, 2}, java.util.Arrays.copyOf(ts.column("peers"), 3));
        String csv = ts.toCsv();
        assertTrue(csv.contains("\n3.5,7,0,0,0,0,0,0,0,0\n"), csv.substring(0, 200));
    }

    @Test
    void rejectsRowsOfTheWrongWidthAndTimeGoingBackwards() {
        TimeSeries ts = TimeSeries.standard();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ts.addRow(1, 2, 3));
        assertTrue(e.getMessage().contains("3 values but there are 10 columns"), e.getMessage());
        double[] row = new double[10];
        row[0] = 5;
        ts.addRow(row);
        row[0] = 4;
        assertThrows(IllegalArgumentException.class, () -> ts.addRow(row));
        row[0] = Double.NaN;
        assertThrows(IllegalArgumentException.class, () -> ts.addRow(row));
        assertThrows(IllegalArgumentException.class, () -> ts.column("nope"));
    }
}
