package org.swarmsim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumberTextTest {
    @Test
    void writesIntegralValuesWithoutDecimals() {
        assertEquals("3", NumberText.format(3.0));
        assertEquals("-12", NumberText.format(-12.0));
        assertEquals("1048576", NumberText.format(1048576.0));
        assertEquals("0", NumberText.format(-0.0));
    }

    @Test
    void roundsOtherValuesToTwelveSignificantDigitsInPlainNotation() {
        assertEquals("0.25", NumberText.format(0.25));
        assertEquals("0.333333333333", NumberText.format(1.0 / 3));
        assertEquals("0.1", NumberText.format(0.1));
        assertEquals("150000.833333", NumberText.format(150_000.5 + 1.0 / 3));
        assertEquals("0.000001", NumberText.format(1e-6));
    }

    @Test
    void usesScientificNotationOutsideThePlainRange() {
        assertEquals("1.5E-7", NumberText.format(1.5e-7));
        assertEquals("2.5E+20", NumberText.format(2.5e20));
    }

    @Test
    void spellsOutNonFiniteValuesInCsvAndNullsThemInJson() {
        assertEquals("NaN", NumberText.format(Double.NaN));
        assertEquals("Infinity", NumberText.format(Double.POSITIVE_INFINITY));
        assertEquals("-Infinity", NumberText.format(Double.NEGATIVE_INFINITY));
        assertEquals("null", NumberText.formatJson(Double.NaN));
        assertEquals("0.5", NumberText.formatJson(0.5));
    }

    @Test
    void writesNanosecondTimesAsExactSeconds() {
        assertEquals("5", NumberText.secondsFromNanos(5_000_000_000L));
        assertEquals("12.000345678", NumberText.secondsFromNanos(12_000_345_678L));
        assertEquals("0.5", NumberText.secondsFromNanos(500_000_000L));
        assertEquals("0.000000001", NumberText.secondsFromNanos(1));
        assertEquals("0", NumberText.secondsFromNanos(0));
        assertEquals("-1.5", NumberText.secondsFromNanos(-1_500_000_000L));
    }

    @Test
    void formattedValuesParseBackWithinTheDocumentedPrecision() {
        double[] samples = {Math.PI, Math.E * 1e9, 1.0 / 7, 123456.789012345, 9.87654321e-5};
        for (double x : samples) {
            double back = Double.parseDouble(NumberText.format(x));
            assertEquals(x, back, Math.abs(x) * 1e-11, "value " + x);
        }
    }
}
