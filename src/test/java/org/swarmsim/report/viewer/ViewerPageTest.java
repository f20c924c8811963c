package org.swarmsim.report.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarmsim.report.JsonReader;

/** The page's assembly: the trace inline as JSON that no text in it can break out of. */
class ViewerPageTest {
    @TempDir
    Path tmp;

    @Test
    void aTraceValueHoldingAScriptEndTagStaysInsideItsJsonBlock() throws IOException {
        String line = "{\"t\":1,\"peer\":0,\"type\":\"connection_close\",\"reason\":\"</script><script>alert(1)</script><!--\"}";
        assertEquals("</script><script>alert(1)</script><!--",
                ((java.util.Map<?, ?>) JsonReader.parse("escaped", ViewerPage.inScript(line))).get("reason"),
                "the escaped line parses to the same value");
        ViewerData data = new ViewerData("run-001", "demo", "swarm", 4, List.of(), Map.of(), new TraceExcerpt(List.of(line), 1, 1));
        StringWriter out = new StringWriter();
        ViewerPage.render(out, data);
        String html = out.toString();
        String tag = "<script type=\"application/json\" id=\"trace\">";
        int block = html.indexOf(tag) + tag.length();
        int end = html.indexOf("</script>", block);
        assertTrue(html.substring(block, end).contains("alert(1)"), "the value is inside the trace block");
        assertFalse(html.substring(block, end).contains("<"), "no '<' inside the block but its own tag's");
    }

    @Test
    void theScriptsHoldNoTagThatWouldEndTheirElement() {
        assertFalse(PageAssets.script().toLowerCase().contains("</script"));
        assertFalse(PageAssets.style().toLowerCase().contains("</style"));
    }

    @Test
    void aLongTraceIsCutAtTheLimitAndSaysHowLongItWas() throws IOException {
        Path file = tmp.resolve("trace.jsonl");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            text.append("{\"t\":").append(i).append(".5,\"peer\":0,\"type\":\"end_game\"}\n");
        }
        Files.writeString(file, text);
        TraceExcerpt excerpt = TraceExcerpt.read(file, 3);
        assertEquals(3, excerpt.lines().size());
        assertEquals(5, excerpt.totalLines());
        assertTrue(excerpt.cut());
        assertEquals(2.5, excerpt.lastTime(), "the last kept line's time");
    }

    @Test
    void aLineWithoutATimeIsRefusedWithItsLineNumber() throws IOException {
        Path file = tmp.resolve("trace.jsonl");
        Files.writeString(file, "{\"t\":0.1,\"peer\":0,\"type\":\"end_game\"}\n{\"peer\":0,\"type\":\"end_game\"}\n");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> TraceExcerpt.read(file, 10));
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("\"t\""), e.getMessage());
    }
}
