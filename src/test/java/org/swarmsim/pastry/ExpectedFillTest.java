package org.swarmsim.pastry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.swarmsim.overlay.IdSpace;
import org.swarmsim.overlay.NodeId;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

class ExpectedFillTest {
    @Test
    void twoNodesFillExactlyOneEntryEachWhateverTheDigitWidth() {
        for (int b = 1; b <= 8; b++) {
            assertEquals(1.0, ExpectedFill.entries(2, b), 1e-12, "b=" + b);
        }
    }

    @Test
    void theFirstRowsAreFullInALargeNetwork() {
        assertEquals(15 + 15 + 15, ExpectedFill.entries(100_000, 4), 15, "rows 0-2 full, row 3 about 11.7, row 4 about 1.4");
        assertEquals(58.16, ExpectedFill.entries(100_000, 4), 0.05);
    }

    @Test
    void agreesWithTheFillableEntriesCountedInRandomNetworks() {
        RandomStream r = new RandomStreams(17).stream("fill");
        int n = 1500;
        int b = 4;
        NodeId[] ids = new NodeId[n];
        for (int i = 0; i < n; i++) {
            ids[i] = IdSpace.PASTRY.random(r);
        }
        long fillable = 0;
        for (int i = 0; i < n; i++) {
            Set<Integer> slots = new HashSet<>();
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    int row = Ring.sharedDigits(ids[i].hi(), ids[i].mid(), ids[j].hi(), ids[j].mid(), b);
                    slots.add(row * 16 + Ring.digit(ids[j].hi(), ids[j].mid(), row, b));
                }
            }
            fillable += slots.size();
        }
        double mean = fillable / (double) n;
        assertEquals(ExpectedFill.entries(n, b), mean, 0.01 * mean, "mean fillable entries " + mean);
    }

    @Test
    void logBaseIsTheNumberOfDigitsOfN() {
        assertEquals(4.152, ExpectedFill.logBase(100_000, 4), 0.001);
        assertEquals(10, ExpectedFill.logBase(1024, 1), 1e-12);
    }
}
