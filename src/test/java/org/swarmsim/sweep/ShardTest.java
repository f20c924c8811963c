package org.swarmsim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Shard}: a stable round-robin slice of the point-major task list. */
class ShardTest {
    private static final SweepPlan PLAN = new SweepPlan(
            List.of(Map.of("protocol.picker", "rarest_first"), Map.of("protocol.picker", "random")), 3, Path.of("out"));

    @Test
    void taskIGoesToShardIModNPlusOne() {
        List<String> second = PLAN.tasks(new Shard(2, 3)).stream().map(SweepTask::relativeName).toList();
        assertEquals(List.of("point-00/rep-001", "point-01/rep-001"), second);
        List<String> first = PLAN.tasks(new Shard(1, 4)).stream().map(SweepTask::relativeName).toList();
        assertEquals(List.of("point-00/rep-000", "point-01/rep-001"), first);
    }

    @Test
    void theShardsOfAPlanPartitionItsTasks() {
        for (int n = 1; n <= 7; n++) {
            List<SweepTask> union = new ArrayList<>();
            for (int k = 1; k <= n; k++) {
                union.addAll(PLAN.tasks(new Shard(k, n)));
            }
            union.sort((a, b) -> Integer.compare(a.index(), b.index()));
            assertEquals(PLAN.tasks(), union, "N = " + n);
        }
    }

    @Test
    void shardTextOutsideOneToNSaysTheAllowedRange() {
        assertEquals(new Shard(3, 3), Shard.parse("3/3"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Shard.parse("4/3")).getMessage().contains("1..3"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Shard.parse("0/3")).getMessage().contains("1..3"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Shard.parse("x")).getMessage().contains("K/N"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Shard.parse("1/0")).getMessage().contains("N must be >= 1"));
    }
}
