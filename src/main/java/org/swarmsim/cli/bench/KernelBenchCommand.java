package org.swarmsim.cli.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.swarmsim.sim.random.RandomStreams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code swarmsim bench kernel}: hold-model throughput of the event queue against a
 * {@code java.util.PriorityQueue} baseline, measured in the same process after warm-up.
 */
@Command(name = "kernel",
        mixinStandardHelpOptions = true,
        description = "Hold-model throughput of the event queue vs java.util.PriorityQueue.")
public final class KernelBenchCommand implements Callable<Integer> {
    @Option(names = "--sizes", split = ",", description = "Pending-event counts (default: ${DEFAULT-VALUE}).")
    int[] sizes = {1_000, 100_000, 1_000_000};

    @Option(names = "--events", description = "Hold steps per trial (default: ${DEFAULT-VALUE}).")
    long events = 4_000_000;

    @Option(names = "--trials", description = "Measured trials per size and queue; the median is printed (default: ${DEFAULT-VALUE}).")
    int trials = 5;

    @Override
    public Integer call() {
        HoldModel model = new HoldModel(new RandomStreams(1).stream("bench/kernel/increments"));
        // Warm-up: let the JIT compile both loops before anything is measured.
        for (int i = 0; i < 3; i++) {
            model.runSwarmsim(10_000, 2_000_000);
            model.runPriorityQueue(10_000, 2_000_000);
        }
        for (int pending : sizes) {
            double[] ours = new double[trials];
            double[] base = new double[trials];
            for (int t = 0; t < trials; t++) {
                // Alternate the two so that machine noise hits both alike.
                ours[t] = events / (model.runSwarmsim(pending, events) / 1e9) / 1e6;
                base[t] = events / (model.runPriorityQueue(pending, events) / 1e9) / 1e6;
            }
            double a = median(ours);
            double b = median(base);
            System.out.printf(Locale.ROOT, "kernel hold pending=%d swarmsim=%.1f Mev/s PriorityQueue=%.1f Mev/s ratio=%.2f%n",
                    pending, a, b, a / b);
            System.out.flush();
        }
        return 0;
    }

    static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
