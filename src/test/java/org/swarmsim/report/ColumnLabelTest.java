package org.swarmsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ColumnLabelTest {
    @Test
    void aTrailingStatisticComesFirstAndTheUnitSuffixIsDropped() {
        assertEquals("Mean download time", ColumnLabel.of("download_time_mean_s"));
        assertEquals("95th percentile download time", ColumnLabel.of("download_time_p95_s"));
        assertEquals("Total bytes from seeds", ColumnLabel.of("bytes_from_seeds_total"));
        assertEquals("Mean first hit", ColumnLabel.of("first_hit_s_mean"));
    }

    @Test
    void protocolAcronymsAreCapitalised() {
        assertEquals("Total PEX bytes", ColumnLabel.of("pex_bytes_total"));
        assertEquals("Peers from DHT", ColumnLabel.of("peers_from_dht"));
    }

    @Test
    void otherNamesBecomeWordsWithACapital() {
        assertEquals("Last completion", ColumnLabel.of("last_completion_s"));
        assertEquals("Success rate", ColumnLabel.of("success_rate"));
        assertEquals("Wall-clock time", ColumnLabel.of("wall_s"));
    }
}
