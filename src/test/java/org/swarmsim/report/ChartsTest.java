package org.swarmsim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartsTest {
    private static final ChartSpec.Lines SPEC = new ChartSpec.Lines("peers", "peers", "t.csv", "time_s", "time", "peers",
            List.of(ChartSpec.Line.of("peers")), false, null, null, null);

    @Test
    void theSameChartSavedTwiceGivesTheSameBytesInEveryFormat(@TempDir Path tmp) throws Exception {
        CsvTable t = CsvTable.parse("t.csv", "time_s,peers\n0,0\n1,4\n2,3\n");
        ChartFile a = Charts.save(ChartRenderer.lines(t, SPEC), Files.createDirectory(tmp.resolve("a")), "peers");
        ChartFile b = Charts.save(ChartRenderer.lines(t, SPEC), Files.createDirectory(tmp.resolve("b")), "peers");
        assertArrayEquals(Files.readAllBytes(a.svg()), Files.readAllBytes(b.svg()), "svg");
        assertArrayEquals(Files.readAllBytes(a.png()), Files.readAllBytes(b.png()), "png");
        assertArrayEquals(Files.readAllBytes(a.png2x()), Files.readAllBytes(b.png2x()), "png 2x");
    }

    @Test
    void theHighDensityPngIsTwiceTheSizeOfThePng(@TempDir Path tmp) throws Exception {
        CsvTable t = CsvTable.parse("t.csv", "time_s,peers\n0,0\n1,4\n");
        ChartFile f = Charts.save(ChartRenderer.lines(t, SPEC), tmp, "peers");
        assertEquals(tmp.resolve("peers@2x.png"), f.png2x());
        assertEquals(2 * Charts.WIDTH, ImageIO.read(f.png2x().toFile()).getWidth());
        assertEquals(2 * Charts.HEIGHT, ImageIO.read(f.png2x().toFile()).getHeight());
    }
}
