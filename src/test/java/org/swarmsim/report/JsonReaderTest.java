package org.swarmsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.swarmsim.metrics.JsonText;
import org.swarmsim.metrics.Summary;
import org.swarmsim.run.swarm.SyntheticRun;

class JsonReaderTest {
    @Test
    void readsBackASummaryWithItsKeyOrderAndValues() {
        Summary s = SyntheticRun.summary(SyntheticRun.peers(), 0.75);
        Map<String, Object> read = JsonReader.parseObject("summary.json", s.toJson());
        assertEquals(new ArrayList<>(s.entries().keySet()), new ArrayList<>(read.keySet()));
        assertEquals((long) s.number("uploaded_bytes_total"), read.get("uploaded_bytes_total"));
        assertEquals(0.75, read.get("wall_s"));
        assertEquals(42L, read.get("seed"));
        assertEquals(s.number("download_time_mean_s"), (Double) read.get("download_time_mean_s"), 1e-9);
    }

    @Test
    void roundTripsNestedObjectsArraysEscapesAndNull() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("list", List.of(1L, 2.5, "x"));
        inner.put("none", null);
        Map<String, Object> outer = new LinkedHashMap<>();
        outer.put("quote \"\\ tab\t", inner);
        outer.put("flag", true);
        Map<String, Object> read = JsonReader.parseObject("t", JsonText.toJson(outer));
        assertEquals(outer, read);
        assertNull(((Map<?, ?>) read.get("quote \"\\ tab\t")).get("none"));
    }

    @Test
    void rejectsMalformedJsonNamingTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JsonReader.parse("s.json", "{\n\"a\": 1,\n\"b\" 2}"));
        assertTrue(e.getMessage().startsWith("s.json: line 3: expected ':'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> JsonReader.parse("s.json", "{\"a\":1} x"));
        assertThrows(IllegalArgumentException.class, () -> JsonReader.parse("s.json", "{\"a\":1,\"a\":2}"));
    }
}
