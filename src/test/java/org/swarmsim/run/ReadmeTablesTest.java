package org.swarmsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's reference tables are the generated ones: the files and columns of every kind, the
 * kinds and every registry's names, exactly as {@code swarmsim outputs} and {@code swarmsim names}
 * print them from the definitions. When a column or a name changes, this test says which block to
 * replace with the command's output.
 */
class ReadmeTablesTest {
    private static String readme() throws IOException {
        return Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    }

    /** The text between {@code <!-- BEGIN generated: what -->} and the next end marker. */
    private static String block(String readme, String what) {
        String begin = "<!-- BEGIN generated: " + what + " -->\n";
        int from = readme.indexOf(begin);
        assertTrue(from >= 0, "README has no block '" + begin.strip() + "'");
        int to = readme.indexOf("<!-- END generated -->", from);
        assertTrue(to > from, "the block " + what + " is not closed");
        return readme.substring(from + begin.length(), to);
    }

    @Test
    void everyKindsOutputTablesAreInTheReadme() throws IOException {
        String readme = readme();
        for (SimulationKind<?> k : Kinds.all()) {
            assertEquals(Docs.outputs(k), block(readme, "swarmsim outputs " + k.name()),
                    "replace the block with the tables of 'swarmsim outputs " + k.name() + "'");
        }
    }

    @Test
    void theKindsAndEveryRegistrysNamesAreInTheReadme() throws IOException {
        String readme = readme();
        assertEquals(Docs.kinds(), block(readme, "swarmsim names (kinds)"), "the first table of 'swarmsim names'");
        assertEquals(Docs.names(), block(readme, "swarmsim names"), "the tables of 'swarmsim names' after the kinds");
    }
}
