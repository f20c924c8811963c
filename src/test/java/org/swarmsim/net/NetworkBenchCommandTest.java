package org.swarmsim.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.swarmsim.cli.MainRun;

/** {@code swarmsim bench network} runs end to end on a small instance and prints its figures. */
class NetworkBenchCommandTest {
    @Test
    void benchNetworkPrintsBothFiguresAndTheSpeedup() {
        MainRun run = MainRun.of("bench", "network", "--nodes", "200", "--flows", "500",
                "--changes", "2000", "--reference-changes", "200");
        String out = run.out();
        assertEquals(0, run.exit(), out + run.err());
        assertTrue(out.matches("(?s)network flows=500 nodes=200 changes/s=\\d+ wall_s=\\d+\\.\\d\\n.*"), out);
        assertTrue(out.matches("(?s).*\\nnetwork-reference flows=500 nodes=200 changes/s=\\d+ wall_s=\\d+\\.\\d\\n.*"), out);
        assertTrue(out.matches("(?s).*\\nspeedup=\\d+\\.\\d\\n"), out);
    }
}
