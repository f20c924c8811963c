package org.swarmsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReadableNumberTest {
    @Test
    void secondsKeepOneDecimalFromAHundredAndThreeSignificantDigitsBelow() {
        assertEquals("262.7 s", ReadableNumber.seconds(262.71));
        assertEquals("10,812.3 s", ReadableNumber.seconds(10812.34));
        assertEquals("4.15 s", ReadableNumber.seconds(4.14878166667));
        assertEquals("0.0361 s", ReadableNumber.seconds(0.036123));
        assertEquals("0 s", ReadableNumber.seconds(0));
    }

    @Test
    void bytesAreWrittenInBinaryUnitsWithThreeSignificantDigits() {
        assertEquals("98.2 GiB", ReadableNumber.bytes(98.2 * 1024 * 1024 * 1024));
        assertEquals("7.69 MiB", ReadableNumber.bytes(8_060_928));
        assertEquals("256 KiB", ReadableNumber.bytes(262_144));
        assertEquals("512 B", ReadableNumber.bytes(512));
    }

    @Test
    void ratesAreWrittenInBitsPerSecondWithDecimalPrefixes() {
        assertEquals("8 Mbit/s", ReadableNumber.bitRate(1_000_000));
        assertEquals("640 kbit/s", ReadableNumber.bitRate(80_000));
    }

    @Test
    void plainNumbersGroupThousandsAndRoundFractionsToThreeSignificantDigits() {
        assertEquals("1,000", ReadableNumber.plain(1000));
        assertEquals("10,430,260", ReadableNumber.plain(10_430_260));
        assertEquals("1.42", ReadableNumber.plain(1.4213));
        assertEquals("0.393", ReadableNumber.plain(0.39271));
    }

    @Test
    void theUnitFollowsTheNameAndNaNIsADash() {
        assertEquals("262.7 s", ReadableNumber.of("download_time_mean_s", 262.71));
        assertEquals("1 KiB", ReadableNumber.of("bytes_from_seeds_total", 1024));
        assertEquals("8 Mbit/s", ReadableNumber.of("upload_Bps", 1_000_000));
        assertEquals("1.42", ReadableNumber.of("share_ratio", 1.4213));
        assertEquals("\u2014", ReadableNumber.of("download_time_mean_s", Double.NaN));
    }
}
