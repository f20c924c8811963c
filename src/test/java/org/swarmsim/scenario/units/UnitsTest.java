package org.swarmsim.scenario.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitsTest {
    @ParameterizedTest(name = "{0} = {1} bytes")
    @CsvSource({
        "100MiB, 104857600",
        "256KiB, 262144",
        "1GiB, 1073741824",
        "1TiB, 1099511627776",
        "500KB, 500000",
        "1.5GB, 1500000000",
        "16 KiB, 16384",
        "4096, 4096",
        "12B, 12",
        "0.5KiB, 512",
    })
    void parsesByteSizes(String text, long bytes) {
        assertEquals(bytes, ByteSize.parse(text));
    }

    @ParameterizedTest(name = "{0} = {1} B/s")
    @CsvSource({
        "8Mbit/s, 1000000",
        "640kbit/s, 80000",
        "1Gbit/s, 125000000",
        "8bit/s, 1",
        "500KB/s, 500000",
        "1MB/s, 1000000",
        "1KiB/s, 1024",
        "2MiB/s, 2097152",
        "10Mbps, 1250000",
        "1.5MB/s, 1500000",
    })
    void parsesDataRatesAsBytesPerSecond(String text, long bytesPerSecond) {
        assertEquals(bytesPerSecond, DataRate.parse(text));
    }

    @ParameterizedTest(name = "{0} = {1} ns")
    @CsvSource({
        "30s, 30000000000",
        "2h, 7200000000000",
        "10min, 600000000000",
        "1.5h, 5400000000000",
        "250ms, 250000000",
        "0.1s, 100000000",
        "7us, 7000",
        "3ns, 3",
        "1d, 86400000000000",
        "0s, 0",
    })
    void parsesDurationsAsNanoseconds(String text, long nanos) {
        assertEquals(nanos, Duration.parse(text));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"90%, 0.9", "0.25, 0.25", "100%, 1.0", "12.5%, 0.125"})
    void parsesFractionsAndPercentages(String text, double value) {
        assertEquals(value, Fraction.parse(text));
    }

    @Test
    void aBareNumberIsNotADurationAndTheMessageSaysAddAUnit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Duration.parse("30"));
        assertTrue(e.getMessage().contains("add a unit"), e.getMessage());
        assertTrue(e.getMessage().contains("ns, us, ms, s, min, h, d"), e.getMessage());
    }

    @Test
    void unknownUnitsAreRejectedWithTheAllowedList() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ByteSize.parse("10MBs"));
        assertTrue(e.getMessage().contains("unknown byte size unit 'MBs'"), e.getMessage());
        assertTrue(e.getMessage().contains("KiB"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DataRate.parse("8Mb"));
        assertTrue(e.getMessage().contains("Mbit/s"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DataRate.parse("8"));
        assertTrue(e.getMessage().contains("add a unit"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Duration.parse("ten seconds"));
        assertThrows(IllegalArgumentException.class, () -> Fraction.parse("90 percent"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"262144, 256KiB", "104857600, 100MiB", "100000000, 100MB", "1000, 1KB", "1234567, 1234567B"})
    void formatsByteSizesExactly(long bytes, String text) {
        assertEquals(text, ByteSize.format(bytes));
        assertEquals(bytes, ByteSize.parse(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1000000, 8Mbit/s", "80000, 640kbit/s", "1024, 1KiB/s", "125000000, 1Gbit/s", "7, 7B/s"})
    void formatsDataRatesExactly(long bytesPerSecond, String text) {
        assertEquals(text, DataRate.format(bytesPerSecond));
        assertEquals(bytesPerSecond, DataRate.parse(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1800000000000, 30min", "1500000000, 1500ms", "7200000000000, 2h", "1, 1ns", "0, 0s"})
    void formatsDurationsExactly(long nanos, String text) {
        assertEquals(text, Duration.format(nanos));
        assertEquals(nanos, Duration.parse(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "90m      | '90min'",
        "90 mins  | '90min'",
        "1hour    | '1h'",
        "2 Hours  | '2h'",
        "30sec    | '30s'",
        "10S      | '10s'",
        "250msec  | '250ms'",
        "3days    | '3d'",
    })
    void aMisspeltDurationUnitSuggestsTheAcceptedSpelling(String text, String suggestion) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Duration.parse(text));
        assertTrue(e.getMessage().endsWith("; did you mean " + suggestion + "?)"), e.getMessage());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "1Mb/s     | '1Mbit/s' or '1MB/s'",
        "640kb/s   | '640kbit/s' or '640KB/s'",
        "8mbit/s   | '8Mbit/s'",
        "2 Mbits/s | '2Mbit/s'",
        "1Gbit     | '1Gbit/s'",
        "500kB/s   | '500KB/s'",
        "2MiBps    | '2MiB/s'",
        "2MiB      | '2MiB/s'",
        "1kib/s    | '1KiB/s'",
    })
    void aMisspeltDataRateUnitSuggestsBitsOrBytesAsTheParserSpellsThem(String text, String suggestion) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DataRate.parse(text));
        assertTrue(e.getMessage().endsWith("; did you mean " + suggestion + "?)"), e.getMessage());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "256K      | '256KiB'",
        "2.5M      | '2.5MiB'",
        "16kib     | '16KiB'",
        "500kb     | '500KB'",
        "10MiBs    | '10MiB'",
        "256KiB/s  | '256KiB'",
        "12 bytes  | '12B'",
    })
    void aMisspeltByteSizeUnitSuggestsTheAcceptedSpelling(String text, String suggestion) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ByteSize.parse(text));
        assertTrue(e.getMessage().endsWith("; did you mean " + suggestion + "?)"), e.getMessage());
    }

    @Test
    void aUnitNothingResemblesGetsOnlyTheAllowedList() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Duration.parse("5 fortnights"));
        assertEquals("unknown duration unit 'fortnights' (given 5 fortnights; allowed units: ns, us, ms, s, min, h, d)",
                e.getMessage());
    }

    @Test
    void aMisspeltUnitOfAnEventRateSuggestsTheAcceptedSpelling() {
        assertEquals("; did you mean '30/min'?", EventRate.didYouMean("30/minute"));
        assertEquals("; did you mean '2/s'?", EventRate.didYouMean("2 / sec"));
        assertEquals("", EventRate.didYouMean("30/min"));
        assertEquals("", EventRate.didYouMean("0.5"));
        assertEquals("", EventRate.didYouMean("3/fortnight"));
    }
}
