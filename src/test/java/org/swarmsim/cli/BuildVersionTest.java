package org.swarmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarmsim.report.JsonReader;
import org.swarmsim.run.BuildInfo;

/** {@code swarmsim --version}, the build's version and commit in every summary, and the {@code target/swarmsim} launcher. */
class BuildVersionTest {
    private static final String COMMIT = "[0-9a-f]{40}(-dirty)?|unknown";

    @TempDir
    Path tmp;

    @Test
    void theBuildKnowsItsPomVersionAndItsCommit() {
        BuildInfo build = BuildInfo.current();
        assertTrue(build.version().matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), build.version());
        assertTrue(build.commit().matches(COMMIT), build.commit());
    }

    @Test
    void theCitationFileNamesThePomsVersionAndTheLicence() throws IOException {
        String cff = Files.readString(Path.of("CITATION.cff"));
        assertTrue(cff.startsWith("cff-version: 1.2.0\n"), cff);
        assertTrue(cff.contains("\nversion: " + BuildInfo.current().version() + "\n"), "CITATION.cff's version is the pom's");
        assertTrue(cff.contains("\nlicense: Apache-2.0\n"), cff);
        assertTrue(cff.contains("\ntitle: swarmsim\n"), cff);
        assertTrue(Files.readString(Path.of("LICENSE")).contains("Apache License\n                           Version 2.0"));
    }

    @Test
    void versionPrintsTheVersionAndTheCommit() {
        CliRunner r = CliRunner.run("--version");
        assertEquals(0, r.exitCode());
        BuildInfo build = BuildInfo.current();
        assertTrue(r.out().startsWith("swarmsim " + build.version() + " (commit " + build.commit() + ")\n"), r.out());
    }

    @Test
    void everySummaryRecordsTheVersionAndTheCommitOfTheBuild() throws IOException {
        Path out = tmp.resolve("run");
        assertEquals(0, Main.execute("run", "scenarios/quickstart.yaml", "--out", out.toString(), "--no-report"));
        Map<String, Object> summary = JsonReader.parseObject("summary.json", Files.readString(out.resolve("summary.json")));
        assertEquals(BuildInfo.current().version(), summary.get("swarmsim_version"));
        assertEquals(BuildInfo.current().commit(), summary.get("swarmsim_commit"));
    }

    @Test
    void theLauncherBuiltByPackageIsExecutableAndRunsTheJarNextToIt() throws IOException, InterruptedException {
        Path launcher = Path.of("target", "swarmsim");
        assumeTrue(Files.exists(launcher) && Files.exists(Path.of("target", "swarmsim.jar")),
                "target/swarmsim is made by mvn package; this run of the tests did not package");
        assertTrue(Files.isExecutable(launcher), "target/swarmsim is executable");
        Process p = new ProcessBuilder(launcher.toString(), "--version").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.startsWith("swarmsim " + BuildInfo.current().version() + " (commit "), out);
    }
}
