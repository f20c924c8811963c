package org.swarmsim.run;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.swarmsim.scenario.Scenario;

/**
 * Every kind's memory estimate against the live heap of a real run: each bench scenario, made
 * small, runs in this JVM with a probe that collects garbage and reads the used heap at every
 * sample. The peak live heap the run added must not exceed the estimate (plus the base the
 * estimate's heap adds for the JVM's own objects), and must be at least a third of it: an
 * estimate far above the truth would warn about runs that fit.
 */
class MemoryEstimatesTest {
    /** Reads the used heap after a collection; keeps the largest. */
    private static final class LiveHeap implements Probe {
        long peak;

        @Override
        public void sample(long nowNanos) {
            peak = Math.max(peak, used());
        }

        static long used() {
            Runtime r = Runtime.getRuntime();
            System.gc();
            return r.totalMemory() - r.freeMemory();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "swarm.yaml    | population.leechers.count=400,torrent.size=8MiB,metrics.sample_interval=20s",
            "dht.yaml      | dht.nodes=20000,dht.lookup_duration=2s,metrics.sample_interval=5s",
            "gnutella.yaml | gnutella.topology.nodes=40000,duration=60s,metrics.sample_interval=10s",
            "pastry.yaml   | pastry.nodes=4000,pastry.join_interval=100ms,pastry.workload.duration=5s,metrics.sample_interval=50s",
            "finders.yaml  | finders.nodes=40000,finders.workload.duration=5s,metrics.sample_interval=10s"})
    void theEstimateBoundsTheLiveHeapOfARunWithinAFactorOfThree(String file, String sets) {
        Scenario scenario = Scenarios.load(Path.of("scenarios", "bench", file), List.of(sets.split(",")));
        SimulationKind<?> kind = Kinds.of(scenario);
        MemoryEstimate estimate = kind.memoryEstimate(scenario);
        long before = LiveHeap.used();
        LiveHeap probe = new LiveHeap();
        RunResult result = kind.run(scenario, new RunRequest(0, null, null, List.of(probe)));
        long live = probe.peak - before;
        String figures = String.format("%s: %,d bytes live at the peak, estimate %,d (%s), ratio %.2f; %d events", file,
                live, estimate.liveBytes(), estimate.basis(), live / (double) estimate.liveBytes(), result.events());
        assertTrue(live <= estimate.liveBytes() + MemoryEstimate.BASE_BYTES, figures);
        assertTrue(live >= estimate.liveBytes() / 3, figures);
        System.out.println(figures);
    }
}
