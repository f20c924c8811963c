package org.swarmsim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {
    @Test
    void quotesOnlyFieldsThatNeedItAndDoublesEmbeddedQuotes() {
        StringBuilder sb = new StringBuilder();
        new CsvWriter(sb).row(List.of("plain", "a,b", "say \"hi\"", "two\nlines", "")).field(7L).field(0.5).endRow();
        assertEquals("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\n7,0.5\n", sb.toString());
    }

    @Test
    void writesNullStringsAsEmptyFields() {
        StringBuilder sb = new StringBuilder();
        new CsvWriter(sb).field((String) null).field("x").endRow();
        assertEquals(",x\n", sb.toString());
    }
}
