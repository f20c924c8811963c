package org.swarmsim.report.viewer;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.swarmsim.metrics.AtomicFiles;
import org.swarmsim.report.HtmlReport;

/**
 * Writes {@code viewer.html}, the teaching viewer of a traced run: one self-contained page (its
 * script and style inline, the trace inline as JSON, nothing fetched) with a message-sequence
 * diagram, a piece map, the choke state and, for DHT runs, a lookup's rounds, for Gnutella runs a
 * query's flood ring by ring, for Pastry runs a route digit by digit, all at the time under a slider. The page is written only where there is none (atomically), so a viewer is never
 * replaced.
 */
public final class ViewerPage {
    /** The page's file name. */
    public static final String FILE = "viewer.html";

    private ViewerPage() {
    }

    /**
     * Writes {@code runDir/viewer.html} from the run's {@code trace.jsonl} (and {@code peers.csv}
     * if there is one).
     *
     * @param heading the scenario's name
     * @param kind    the scenario's kind
     * @param pieces  the torrent's piece count, 0 if unknown or not a swarm
     * @throws IllegalArgumentException if {@code runDir} has no {@code trace.jsonl}, already has a
     *     {@code viewer.html}, or the trace has a line that is not a trace line
     */
    public static Path write(Path runDir, String heading, String kind, int pieces) {
        Path trace = runDir.resolve(ViewerData.TRACE_FILE);
        if (!Files.isRegularFile(trace)) {
            throw new IllegalArgumentException(runDir + " has no " + ViewerData.TRACE_FILE
                    + ": the viewer needs a traced run (swarmsim run FILE --trace)");
        }
        Path target = runDir.resolve(FILE);
        if (Files.exists(target)) {
            throw new IllegalArgumentException(target + " already exists; it is left as it is (delete it to write a new one)");
        }
        ViewerData data = ViewerData.read(runDir, heading, kind, pieces);
        return AtomicFiles.writeText(target, out -> render(out, data));
    }

    /** Writes the page of {@code data} to {@code out}. */
    static void render(Writer out, ViewerData data) throws IOException {
        String template = PageAssets.template();
        int facts = template.indexOf("{{FACTS}}");
        int trace = template.indexOf("{{TRACE}}");
        out.write(template.substring(0, facts)
                .replace("{{TITLE}}", HtmlReport.escape(data.heading() + ": " + data.runName()))
                .replace("{{STYLE}}", PageAssets.style()));
        out.write(inScript(data.factsJson()));
        out.write(template, facts + "{{FACTS}}".length(), trace - facts - "{{FACTS}}".length());
        out.write('[');
        boolean first = true;
        for (String line : data.trace().lines()) {
            if (!first) {
                out.write(",\n");
            }
            out.write(inScript(line));
            first = false;
        }
        out.write(']');
        out.write(template.substring(trace + "{{TRACE}}".length()).replace("{{SCRIPT}}", PageAssets.script()));
    }

    /**
     * JSON made safe inside a {@code <script>} element: every {@code <} becomes {@code \u003c}
     * (JSON has that character only inside strings, where the escape means the same), so no
     * {@code </script>} or {@code <!--} can end or change the block.
     */
    static String inScript(String json) {
        return json.indexOf('<') < 0 ? json : json.replace("<", "\\u003c");
    }
}
