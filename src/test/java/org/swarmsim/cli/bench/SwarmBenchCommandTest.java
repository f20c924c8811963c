package org.swarmsim.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.swarmsim.cli.MainRun;

/** {@code swarmsim bench swarm} runs a small flash crowd to completion and prints its figures. */
class SwarmBenchCommandTest {
    private static final Pattern LINE = Pattern.compile(
            "swarm peers=(\\d+) pieces=(\\d+) sim_s=(\\d+\\.\\d) events=(\\d+) wall_s=\\d+\\.\\d events/s=\\d+ peak_heap_mb=\\d+\\n");

    private static Matcher line(MainRun run) {
        Matcher m = LINE.matcher(run.out());
        assertTrue(m.matches(), run.out() + run.err());
        return m;
    }

    private static long events(MainRun run) {
        return Long.parseLong(line(run).group(4));
    }

    private static MainRun bench(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "bench";
        all[1] = "swarm";
        System.arraycopy(args, 0, all, 2, args.length);
        return MainRun.of(all);
    }

    @Test
    void aSmallFlashCrowdCompletesAndPrintsTheDocumentedLine() {
        MainRun run = bench("--peers", "8", "--size-mib", "2");
        assertEquals(0, run.exit(), run.out() + run.err());
        Matcher m = line(run);
        assertEquals("8", m.group(1));
        assertEquals("8", m.group(2), "2 MiB in 256 KiB pieces");
        assertTrue(Double.parseDouble(m.group(3)) > 0);
    }

    @Test
    void theSameSeedGivesTheSameRunAndAnotherSeedAnother() {
        MainRun a = bench("--peers", "8", "--size-mib", "2", "--seed", "5");
        MainRun b = bench("--peers", "8", "--size-mib", "2", "--seed", "5");
        MainRun c = bench("--peers", "8", "--size-mib", "2", "--seed", "6");
        assertEquals(line(a).group(3), line(b).group(3));
        assertEquals(events(a), events(b));
        assertTrue(events(a) != events(c) || !line(a).group(3).equals(line(c).group(3)),
                "seeds 5 and 6 gave the same run");
    }

    @Test
    void largerBlocksMeanFewerRequestsAndBlocksSoFewerEvents() {
        // 2 MiB is 128 blocks of 16 KiB but 32 of 64 KiB, and every block a leecher receives has a
        // delivery event of its own: 8 leechers receive at least (128 - 32) x 8 blocks fewer.
        long small = events(bench("--peers", "8", "--size-mib", "2"));
        long large = events(bench("--peers", "8", "--size-mib", "2", "--block-kib", "64"));
        assertTrue(small - large >= (128 - 32) * 8, small + " events with 16 KiB blocks, " + large + " with 64 KiB");
    }

    @Test
    void aBlockSizeClientsWouldRefuseIsAClearError() {
        for (String kib : new String[] {"0", "129"}) {
            MainRun run = bench("--peers", "8", "--size-mib", "2", "--block-kib", kib);
            assertEquals(2, run.exit(), run.out());
            assertTrue(run.err().contains("--block-kib from 1 to 128") && run.err().contains("--block-kib " + kib),
                    run.err());
            assertEquals("", run.out());
        }
    }
}
