package org.swarmsim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/** {@link SweepEngines}: which engine {@code --engine} names, and what the default jar says about Spark. */
class SweepEnginesTest {
    @Test
    void theLocalEngineIsAThreadPool() {
        assertEquals("3 threads", SweepEngines.create("local", 3, null, null).description());
    }

    @Test
    void anUnknownEngineIsRefusedWithTheAllowedNames() {
        String m = assertThrows(IllegalArgumentException.class, () -> SweepEngines.create("mpi", 2, null, null)).getMessage();
        assertTrue(m.contains("allowed: local, spark"), m);
    }

    @Test
    void sparkOptionsWithTheLocalEngineAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SweepEngines.create("local", 2, "local[2]", null));
        assertThrows(IllegalArgumentException.class, () -> SweepEngines.create("local", 2, null, 4));
    }

    @Test
    void withoutSparkOnTheClassPathEngineSparkSaysHowToGetTheSparkBuild() {
        boolean sparkPresent;
        try {
            Class.forName("org.apache.spark.SparkContext", false, getClass().getClassLoader());
            sparkPresent = true;
        } catch (ClassNotFoundException e) {
            sparkPresent = false;
        }
        assumeTrue(!sparkPresent, "this is the Spark build (mvn -Pspark): SparkEngineTest covers --engine spark");
        String m = assertThrows(IllegalArgumentException.class, () -> SweepEngines.create("spark", 2, "local[2]", null)).getMessage();
        assertEquals(SweepEngines.SPARK_MISSING, m);
        assertTrue(m.contains("mvn -Pspark package") && m.contains("target/swarmsim-spark"), m);
    }

    @Test
    void inTheSparkBuildAnUnreachableStandaloneMasterIsNamedBeforeSparkStarts() throws java.io.IOException {
        boolean sparkPresent;
        try {
            Class.forName("org.apache.spark.SparkContext", false, getClass().getClassLoader());
            sparkPresent = true;
        } catch (ClassNotFoundException e) {
            sparkPresent = false;
        }
        assumeTrue(sparkPresent, "not the Spark build: --engine spark stops earlier, saying how to get it");
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        String master = "spark://127.0.0.1:" + closed;
        String m = assertThrows(IllegalArgumentException.class, () -> SweepEngines.create("spark", 2, master, null)).getMessage();
        assertTrue(m.contains(master) && m.contains("cannot reach the Spark master"), m);
    }
}
