package org.swarmsim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tables, time series and summaries made from descriptors: headers, formatting, validation. */
class TablesTest {
    record Row(long id, double x, long nanos, boolean ok, String name) {
    }

    private static final Table<Row> TABLE = new Table<>("rows.csv", "test rows", List.of(
            Column.integer("id", "row number", Row::id),
            Column.number("x_Bps", "a rate", Row::x),
            Column.seconds("at_s", "a time", Row::nanos),
            Column.flag("ok", "a flag", Row::ok),
            Column.text("name", "a name", Row::name)));

    @Test
    void eachTypeIsWrittenByItsRule() {
        String csv = TABLE.toCsv(List.of(new Row(3, 0.25, 12_000_345_678L, true, "a,b"), new Row(4, Double.NaN, 5, false, "c")));
        assertEquals("id,x_Bps,at_s,ok,name\n3,0.25,12.000345678,1,\"a,b\"\n4,NaN,0.000000005,0,c\n", csv);
        assertEquals(List.of(new FieldDoc("id", "row number"), new FieldDoc("x_Bps", "a rate"), new FieldDoc("at_s", "a time"),
                new FieldDoc("ok", "a flag"), new FieldDoc("name", "a name")), TABLE.docs());
    }

    @Test
    void namesAreCheckedAndUnique() {
        assertThrows(IllegalArgumentException.class, () -> Column.integer("Bad Name", "x", (Row r) -> 0));
        assertThrows(IllegalArgumentException.class, () -> Column.integer("ok", " ", (Row r) -> 0));
        assertThrows(IllegalArgumentException.class, () -> new Table<>("t.csv", "t", List.of(
                Column.integer("a", "x", (Row r) -> 0), Column.integer("a", "y", (Row r) -> 1))));
    }

    @Test
    void aTimeSeriesStartsWithTimeAndRejectsRowsGoingBackwards() {
        assertThrows(IllegalArgumentException.class, () -> new SeriesTable<Double>("t", List.of(
                new SeriesColumn<>("peers", "x", d -> d))));
        SeriesTable<Double> t = new SeriesTable<>("t", List.of(new SeriesColumn<>("time_s", "time", d -> d),
                new SeriesColumn<>("twice", "twice the time", d -> 2 * d)));
        TimeSeries ts = t.newSeries();
        for (int i = 0; i < 100; i++) {
            t.sample(ts, i / 2.0);
        }
        assertEquals(49.5, ts.value(99, 0));
        assertEquals(99.0, ts.value(99, ts.columnIndex("twice")));
        assertThrows(IllegalArgumentException.class, () -> t.sample(ts, 3.0));
        assertThrows(IllegalArgumentException.class, () -> ts.addRow(60));
        assertEquals("time_s,twice\n0,0\n", csvOfFirst(t));
    }

    private static String csvOfFirst(SeriesTable<Double> t) {
        TimeSeries one = t.newSeries();
        t.sample(one, 0.0);
        return one.toCsv();
    }

    @Test
    void summaryKeysKeepTheirOrderAndUndefinedNumbersBecomeNull() {
        Summary s = Summary.of(List.of(SummaryField.count("n", "count", (Integer i) -> i),
                SummaryField.number("mean_s", "mean", (Integer i) -> Double.NaN),
                new SummaryField<Integer>("label", "text", i -> "x" + i)), 3);
        assertEquals("{\n  \"n\": 3,\n  \"mean_s\": null,\n  \"label\": \"x3\"\n}\n", s.toJson());
        assertEquals(3.0, s.number("n"));
        assertTrue(Double.isNaN(s.number("label")));
    }

    @Test
    void summariesRefuseRepeatedKeysAndValuesWithoutADefinedOrder() {
        assertThrows(IllegalArgumentException.class, () -> Summary.of(List.of(SummaryField.count("a", "x", (Integer i) -> 1),
                SummaryField.count("a", "y", (Integer i) -> 2)), 0));
        Map<String, Object> unordered = new HashMap<>();
        unordered.put("a", 1L);
        unordered.put("b", 2L);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Summary.of(List.of(
                new SummaryField<Integer>("m", "map", i -> unordered)), 0));
        assertTrue(e.getMessage().contains("LinkedHashMap"), e.getMessage());
        Map<String, Object> ordered = new LinkedHashMap<>();
        ordered.put("a", 1L);
        assertTrue(Summary.of(List.of(new SummaryField<Integer>("m", "map", i -> ordered)), 0).toJson().contains("\"a\": 1"));
    }
}
