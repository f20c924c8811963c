package org.swarmsim.report.viewer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The viewer page's template, style and script, read from the resources beside this class. The
 * script is kept in one file per panel and joined here in a fixed order (later files use what
 * earlier ones define).
 */
final class PageAssets {
    /** The script files, in the order the page runs them. */
    static final List<String> SCRIPTS = List.of("model.js", "drawing.js", "timeline.js", "sequence.js", "piecemap.js", "chokes.js",
            "lookups.js", "floods.js", "routes.js", "selftest.js", "main.js");

    private PageAssets() {
    }

    /** The HTML template with {{TITLE}}, {{STYLE}}, {{FACTS}}, {{TRACE}} and {{SCRIPT}} to fill in. */
    static String template() {
        return resource("viewer.html");
    }

    static String style() {
        return resource("viewer.css");
    }

    /** Every script file, each introduced by a comment naming it. */
    static String script() {
        StringBuilder all = new StringBuilder();
        for (String name : SCRIPTS) {
            all.append("// ---- ").append(name).append('\n').append(resource(name)).append('\n');
        }
        return all.toString();
    }

    private static String resource(String name) {
        try (InputStream in = PageAssets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("the viewer's " + name + " is missing from the jar"));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the viewer's " + name + ": " + e.getMessage(), e);
        }
    }
}
