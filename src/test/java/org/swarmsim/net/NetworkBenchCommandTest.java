package org.swarmsim.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.swarmsim.cli.Main;

/** {@code swarmsim bench network} runs end to end on a small instance and prints its figures. */
class NetworkBenchCommandTest {
    @Test
    void benchNetworkPrintsBothFiguresAndTheSpeedup() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            exit = Main.execute("bench", "network", "--nodes", "200", "--flows", "500",
                    "--changes", "2000", "--reference-changes", "200");
        } finally {
            System.setOut(original);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, out);
        assertTrue(out.matches("(?s)network flows=500 nodes=200 changes/s=\\d+ wall_s=\\d+\\.\\d\\n.*"), out);
        assertTrue(out.matches("(?s).*\\nnetwork-reference flows=500 nodes=200 changes/s=\\d+ wall_s=\\d+\\.\\d\\n.*"), out);
        assertTrue(out.matches("(?s).*\\nspeedup=\\d+\\.\\d\\n"), out);
    }
}
