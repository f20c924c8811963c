package org.swarmsim.report.viewer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.swarmsim.report.JsonReader;

/**
 * Headless Chromium for tests of pages: dumps a page's DOM after its scripts ran (in virtual
 * time, so no wall-clock wait), reads a viewer's self-test result from it, and takes screenshots.
 */
final class Chromium {
    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome", "/usr/local/bin/chromium");

    private final Path executable;
    private final Path profile;

    private Chromium(Path executable, Path profile) {
        this.executable = executable;
        this.profile = profile;
    }

    /** The installed Chromium with a fresh profile under {@code scratch}, or null if there is none. */
    static Chromium find(Path scratch) throws IOException {
        for (String c : CANDIDATES) {
            Path p = Path.of(c);
            if (Files.isExecutable(p)) {
                return new Chromium(p, Files.createDirectories(scratch.resolve("chromium-profile")));
            }
        }
        return null;
    }

    /** The page's DOM after its scripts ran. */
    String dumpDom(Path page, String hash) throws IOException, InterruptedException {
        return run(List.of("--dump-dom", url(page, hash)));
    }

    /** Runs {@code page#hash} and returns the JSON its {@code <pre id="selftest-result">} holds. */
    @SuppressWarnings("unchecked")
    Map<String, Object> selftest(Path page, String hash) throws IOException, InterruptedException {
        String dom = dumpDom(page, hash);
        String open = "<pre id=\"selftest-result\"";
        int start = dom.indexOf(open);
        if (start < 0) {
            throw new AssertionError("the page wrote no selftest result; its DOM starts: " + dom.substring(0, Math.min(400, dom.length())));
        }
        start = dom.indexOf('>', start) + 1;
        int end = dom.indexOf("</pre>", start);
        String json = unescape(dom.substring(start, end));
        if (json.isBlank()) {
            throw new AssertionError("the selftest result is empty: the page's script did not finish");
        }
        return (Map<String, Object>) JsonReader.parse("selftest result", json);
    }

    /** Saves a screenshot of {@code page#hash} at width x height to {@code png}. */
    void screenshot(Path page, String hash, Path png, int width, int height) throws IOException, InterruptedException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.deleteIfExists(png);
        run(List.of("--hide-scrollbars", "--window-size=" + width + "," + height, "--screenshot=" + png.toAbsolutePath(),
                url(page, hash)));
    }

    private String run(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--user-data-dir=" + profile, "--virtual-time-budget=10000"));
        command.addAll(args);
        Path log = Files.createTempFile(profile, "stderr", ".txt");
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        byte[] out = process.getInputStream().readAllBytes();
        int code = process.waitFor();
        if (code != 0) {
            throw new AssertionError("chromium exited with " + code + ": " + Files.readString(log));
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    private static String url(Path page, String hash) {
        return page.toAbsolutePath().toUri() + (hash.isEmpty() ? "" : "#" + hash);
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", "\u00a0").replace("&amp;", "&");
    }
}
