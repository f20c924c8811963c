package org.swarmsim.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.swarmsim.bittorrent.metainfo.Torrent;
import org.swarmsim.bittorrent.peer.PeerSpec;
import org.swarmsim.bittorrent.peer.Swarm;
import org.swarmsim.bittorrent.piece.PieceLayout;
import org.swarmsim.bittorrent.wire.PeerMessage;
import org.swarmsim.net.ConstantLatency;
import org.swarmsim.net.Network;
import org.swarmsim.sim.SimTime;
import org.swarmsim.sim.Simulation;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code swarmsim bench swarm --peers N}: a flash crowd of N leechers and one seed sharing a
 * 100 MiB file in 256 KiB pieces, run until every leecher has the file. Leechers draw their
 * access links from Bharambe et al.'s seven classes (640/320 .. 6000/3000 kbit/s down/up, shares
 * 20/20/20/10/10/10/10 %); the seed uploads at 10 Mbit/s; one-way latency 50 ms; leechers stay
 * after completing. {@code --block-kib} sets the request size (16 KiB, as BEP 3 clients use, by
 * default), to measure what block granularity costs.
 */
@Command(name = "swarm",
        mixinStandardHelpOptions = true,
        description = "Flash crowd of N leechers + 1 seed, 100 MiB in 256 KiB pieces, run to completion.")
public final class SwarmBenchCommand implements Callable<Integer> {
    /** kbit/s down, kbit/s up, share in percent (Bharambe, Herley, Padmanabhan 2006, table 1). */
    static final int[][] CLASSES = {
        {640, 320, 20}, {920, 460, 20}, {1340, 670, 20}, {1800, 900, 10},
        {2400, 1200, 10}, {3600, 1800, 10}, {6000, 3000, 10},
    };

    @Option(names = "--peers", description = "Leechers in the flash crowd (default: ${DEFAULT-VALUE}).")
    int peers = 1000;

    @Option(names = "--seed", description = "Master seed (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--size-mib", description = "File size in MiB (default: ${DEFAULT-VALUE}).")
    int sizeMib = 100;

    @Option(names = "--block-kib", description = "Block (request) size in KiB, 1 to 128 (default: ${DEFAULT-VALUE}).")
    int blockKib = 16;

    @Override
    public Integer call() {
        int maxBlockKib = PeerMessage.MAX_BLOCK_BYTES / 1024;
        if (peers < 1 || sizeMib < 1 || blockKib < 1 || blockKib > maxBlockKib) {
            throw new IllegalArgumentException("need --peers >= 1, --size-mib >= 1 and --block-kib from 1 to " + maxBlockKib
                    + " (the largest request clients accept); given --peers " + peers + ", --size-mib " + sizeMib
                    + ", --block-kib " + blockKib);
        }
        long fileBytes = sizeMib * 1024L * 1024L;
        int pieceBytes = 256 * 1024;
        Simulation sim = new Simulation(1 << 16);
        Network network = new Network(sim, new ConstantLatency(SimTime.millis(50)));
        Torrent torrent = Torrent.synthetic("bench.bin", fileBytes, pieceBytes);
        PieceLayout layout = new PieceLayout(fileBytes, pieceBytes, blockKib * 1024);
        RandomStreams streams = new RandomStreams(seed);
        Swarm swarm = Swarm.builder(sim, network, layout, torrent.infoHash(), streams).build();
        swarm.addTracker(100_000_000, 100_000_000, 1800, 30, 50, true);
        swarm.addPeer(PeerSpec.seed("seed", 10_000_000 / 8, 10_000_000 / 8, 0, PeerSpec.FOREVER));
        RandomStream classes = streams.stream("bench/classes");
        for (int i = 0; i < peers; i++) {
            int[] c = pickClass(classes.nextInt(100));
            swarm.addPeer(PeerSpec.leecher(c[0] + "/" + c[1], c[1] * 1000L / 8, c[0] * 1000L / 8, 0, PeerSpec.FOREVER));
        }
        long t0 = System.nanoTime();
        long limit = SimTime.hours(48);
        while (swarm.completedLeechers() < swarm.leechersExpected() && sim.now() < limit) {
            sim.run(Math.min(limit, sim.now() + SimTime.seconds(10)));
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "swarm peers=%d pieces=%d sim_s=%.1f events=%d wall_s=%.1f events/s=%.0f peak_heap_mb=%d%n",
                peers, layout.pieceCount(), SimTime.toSeconds(sim.now()), sim.eventsRun(), wall,
                sim.eventsRun() / wall, peakHeapMb());
        if (swarm.completedLeechers() < swarm.leechersExpected()) {
            System.err.println("warning: only " + swarm.completedLeechers() + " of " + peers
                    + " leechers completed within 48 simulated hours");
            return 1;
        }
        return 0;
    }

    static int[] pickClass(int percent) {
        int acc = 0;
        for (int[] c : CLASSES) {
            acc += c[2];
            if (percent < acc) {
                return c;
            }
        }
        return CLASSES[CLASSES.length - 1];
    }

    static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / (1024 * 1024);
    }
}
