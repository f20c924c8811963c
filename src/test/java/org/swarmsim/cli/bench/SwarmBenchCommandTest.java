package org.swarmsim.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.swarmsim.cli.Main;

/** {@code swarmsim bench swarm} runs a small flash crowd to completion and prints its figures. */
class SwarmBenchCommandTest {
    private static final Pattern LINE = Pattern.compile(
            "swarm peers=(\\d+) pieces=(\\d+) sim_s=(\\d+\\.\\d) events=(\\d+) wall_s=\\d+\\.\\d events/s=\\d+ peak_heap_mb=\\d+\\n");

    /** Exit code, standard output and standard error of one in-process run. */
    private record Run(int exit, String out, String err) {
        Matcher line() {
            Matcher m = LINE.matcher(out);
            assertTrue(m.matches(), out);
            return m;
        }

        long events() {
            return Long.parseLong(line().group(4));
        }
    }

    private static Run bench(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream capturedOut = new ByteArrayOutputStream();
        ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(capturedOut, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
            String[] all = new String[args.length + 2];
            all[0] = "bench";
            all[1] = "swarm";
            System.arraycopy(args, 0, all, 2, args.length);
            exit = Main.execute(all);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return new Run(exit, capturedOut.toString(StandardCharsets.UTF_8), capturedErr.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aSmallFlashCrowdCompletesAndPrintsTheDocumentedLine() {
        Run run = bench("--peers", "8", "--size-mib", "2");
        assertEquals(0, run.exit(), run.out() + run.err());
        Matcher m = run.line();
        assertEquals("8", m.group(1));
        assertEquals("8", m.group(2), "2 MiB in 256 KiB pieces");
        assertTrue(Double.parseDouble(m.group(3)) > 0);
    }

    @Test
    void theSameSeedGivesTheSameRunAndAnotherSeedAnother() {
        Run a = bench("--peers", "8", "--size-mib", "2", "--seed", "5");
        Run b = bench("--peers", "8", "--size-mib", "2", "--seed", "5");
        Run c = bench("--peers", "8", "--size-mib", "2", "--seed", "6");
        assertEquals(a.line().group(3), b.line().group(3));
        assertEquals(a.events(), b.events());
        assertTrue(a.events() != c.events() || !a.line().group(3).equals(c.line().group(3)),
                "seeds 5 and 6 gave the same run");
    }

    @Test
    void largerBlocksMeanFewerRequestsAndBlocksSoFewerEvents() {
        // 2 MiB is 128 blocks of 16 KiB but 32 of 64 KiB, and every block a leecher receives has a
        // delivery event of its own: 8 leechers receive at least (128 - 32) x 8 blocks fewer.
        long small = bench("--peers", "8", "--size-mib", "2").events();
        long large = bench("--peers", "8", "--size-mib", "2", "--block-kib", "64").events();
        assertTrue(small - large >= (128 - 32) * 8, small + " events with 16 KiB blocks, " + large + " with 64 KiB");
    }

    @Test
    void aBlockSizeClientsWouldRefuseIsAClearError() {
        for (String kib : new String[] {"0", "129"}) {
            Run run = bench("--peers", "8", "--size-mib", "2", "--block-kib", kib);
            assertEquals(2, run.exit(), run.out());
            assertTrue(run.err().contains("--block-kib from 1 to 128") && run.err().contains("--block-kib " + kib),
                    run.err());
            assertEquals("", run.out());
        }
    }
}
