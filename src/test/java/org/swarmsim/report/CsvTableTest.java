package org.swarmsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.swarmsim.metrics.CsvWriter;
import org.swarmsim.run.swarm.PeerRecord;
import org.swarmsim.run.swarm.SwarmOutputs;
import org.swarmsim.run.swarm.SyntheticRun;

class CsvTableTest {
    @Test
    void readsBackQuotedFieldsThatTheWriterProduced() {
        StringBuilder sb = new StringBuilder();
        new CsvWriter(sb).row(List.of("name", "x")).field("a,b").field(1.5).endRow()
                .field("say \"hi\"\nthere").field(Double.NaN).endRow();
        CsvTable t = CsvTable.parse("test", sb.toString());
        assertEquals(List.of("a,b", "say \"hi\"\nthere"), t.texts("name"));
        double[] x = t.numbers("x");
        assertEquals(1.5, x[0]);
        assertTrue(Double.isNaN(x[1]));
    }

    @Test
    void acceptsCrlfLineEndsAndAMissingFinalNewline() {
        CsvTable t = CsvTable.parse("test", "a,b\r\n1,2\r\n3,");
        assertEquals(2, t.rowCount());
        assertEquals("", t.text(1, "b"));
    }

    @Test
    void readsThePeerTableWithTheSameTotalsAsItWasBuiltFrom() {
        CsvTable t = CsvTable.parse("peers.csv", SwarmOutputs.PEERS.toCsv(SyntheticRun.peers()));
        double sum = 0;
        for (double v : t.numbers("bytes_uploaded")) {
            sum += v;
        }
        assertEquals((double) SyntheticRun.peers().stream().mapToLong(PeerRecord::bytesUploaded).sum(), sum);
    }

    @Test
    void reportsRaggedRowsAndMissingColumnsClearly() {
        IllegalArgumentException ragged = assertThrows(IllegalArgumentException.class, () -> CsvTable.parse("f.csv", "a,b\n1\n"));
        assertTrue(ragged.getMessage().contains("f.csv: line 2 has 1 fields"), ragged.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> CsvTable.parse("f.csv", "a\n1\n").numbers("b"));
        assertTrue(missing.getMessage().contains("no column 'b'"), missing.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CsvTable.parse("f.csv", "a\nx\n").numbers("a"));
    }
}
