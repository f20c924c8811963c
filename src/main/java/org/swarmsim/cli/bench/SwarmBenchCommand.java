package org.swarmsim.cli.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.swarmsim.bittorrent.wire.PeerMessage;
import org.swarmsim.metrics.Summary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code swarmsim bench swarm --peers N}: the flash crowd of {@code scenarios/bench/swarm.yaml}
 * (N leechers and one seed, 100 MiB in 256 KiB pieces, Bharambe et al.'s seven access-link
 * classes) run to completion through the normal run path with the default client.
 * {@code --block-kib} sets the request size (16 KiB, as BEP 3 clients use, by default).
 */
@Command(name = "swarm",
        mixinStandardHelpOptions = true,
        description = "Flash crowd of N leechers + 1 seed (scenarios/bench/swarm.yaml), run to completion.")
public final class SwarmBenchCommand implements Callable<Integer> {
    /** The figures printed, from the run's summary. */
    static final List<String> KEYS = List.of("peers_total", "peers_completed", "download_time_mean_s",
            "last_completion_s", "sim_end_s", "events");

    @Option(names = "--peers", description = "Leechers in the flash crowd (default: ${DEFAULT-VALUE}).")
    int peers = 1000;

    @Option(names = "--seed", description = "Master seed (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--size-mib", description = "File size in MiB (default: ${DEFAULT-VALUE}).")
    int sizeMib = 100;

    @Option(names = "--block-kib", description = "Block (request) size in KiB, 1 to 128 (default: ${DEFAULT-VALUE}).")
    int blockKib = 16;

    @Option(names = "--scenario", paramLabel = "FILE", description = "The bench scenario (default: ${DEFAULT-VALUE}).")
    Path scenario = Path.of("scenarios", "bench", "swarm.yaml");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        int maxBlockKib = PeerMessage.MAX_BLOCK_BYTES / 1024;
        if (peers < 1 || sizeMib < 1 || blockKib < 1 || blockKib > maxBlockKib) {
            throw new IllegalArgumentException("need --peers >= 1, --size-mib >= 1 and --block-kib from 1 to " + maxBlockKib
                    + " (the largest request clients accept); given --peers " + peers + ", --size-mib " + sizeMib
                    + ", --block-kib " + blockKib);
        }
        List<String> sets = new ArrayList<>(List.of("population.leechers.count=" + peers, "seed=" + seed,
                "torrent.size=" + sizeMib + "MiB", "protocol.block_size=" + blockKib + "KiB"));
        Summary s = ScenarioBench.run(spec.commandLine().getOut(), "swarm", scenario, sets, KEYS);
        if (s.number("peers_completed") < peers) {
            spec.commandLine().getErr().println("warning: only " + (long) s.number("peers_completed") + " of " + peers
                    + " leechers completed within the scenario's duration");
            spec.commandLine().getErr().flush();
            return 1;
        }
        return 0;
    }
}
