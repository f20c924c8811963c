package org.swarmsim.cli.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.swarmsim.bittorrent.wire.PeerMessage;
import org.swarmsim.cli.ByteSizeConverter;
import org.swarmsim.metrics.Summary;
import org.swarmsim.scenario.units.ByteSize;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code swarmsim bench swarm --peers N}: the flash crowd of {@code scenarios/bench/swarm.yaml}
 * (N leechers and one seed, 100 MiB in 256 KiB pieces, Bharambe et al.'s seven access-link
 * classes) run to completion through the normal run path with the default client.
 * {@code --size} sets the file size and {@code --block} the request size (16 KiB, as BEP 3 clients
 * use, by default), both with the units of scenario files.
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

    @Option(names = "--size", paramLabel = "SIZE", converter = ByteSizeConverter.class,
            description = "File size, such as 100MiB or 2GB (default: 100MiB).")
    long sizeBytes = 100L << 20;

    @Option(names = "--block", paramLabel = "SIZE", converter = ByteSizeConverter.class,
            description = "Block (request) size, 1B to 128KiB, such as 16KiB (default: 16KiB).")
    long blockBytes = 16L << 10;

    /** The earlier spelling of {@code --size}, in MiB; kept so that old command lines still work. */
    @Option(names = "--size-mib", hidden = true)
    void sizeMib(long mib) {
        sizeBytes = mib << 20;
    }

    /** The earlier spelling of {@code --block}, in KiB. */
    @Option(names = "--block-kib", hidden = true)
    void blockKib(long kib) {
        blockBytes = kib << 10;
    }

    @Option(names = "--scenario", paramLabel = "FILE", description = "The bench scenario (default: ${DEFAULT-VALUE}).")
    Path scenario = Path.of("scenarios", "bench", "swarm.yaml");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        long maxBlock = PeerMessage.MAX_BLOCK_BYTES;
        if (peers < 1 || sizeBytes < 1 || blockBytes < 1 || blockBytes > maxBlock) {
            throw new IllegalArgumentException("need --peers >= 1, --size >= 1B and --block from 1B to "
                    + ByteSize.format(maxBlock) + " (the largest request clients accept); given --peers " + peers
                    + ", --size " + ByteSize.format(sizeBytes) + ", --block " + ByteSize.format(blockBytes));
        }
        List<String> sets = new ArrayList<>(List.of("population.leechers.count=" + peers, "seed=" + seed,
                "torrent.size=" + ByteSize.format(sizeBytes), "protocol.block_size=" + ByteSize.format(blockBytes)));
        Summary s = ScenarioBench.run(spec.commandLine().getOut(), "swarm", scenario, sets, KEYS,
                ScenarioBench.Population.PEERS).summary();
        if (s.number("peers_completed") < peers) {
            spec.commandLine().getErr().println("warning: only " + (long) s.number("peers_completed") + " of " + peers
                    + " leechers completed within the scenario's duration");
            spec.commandLine().getErr().flush();
            return 1;
        }
        return 0;
    }
}
