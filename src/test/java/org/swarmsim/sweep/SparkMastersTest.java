package org.swarmsim.sweep;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** {@link SparkMasters}: a standalone master that nobody listens at is named at once, not after Spark's minute of retries. */
class SparkMastersTest {
    @Test
    void aMasterThatAcceptsConnectionsPasses() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertDoesNotThrow(() -> SparkMasters.requireReachable("spark://127.0.0.1:" + s.getLocalPort(), 2000));
            assertDoesNotThrow(() -> SparkMasters.requireReachable("spark://127.0.0.1:1,127.0.0.1:" + s.getLocalPort(), 2000),
                    "one of a standby pair is enough");
        }
    }

    @Test
    void anUnreachableMasterIsBadInputNamingTheAddress() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        int port = closed;
        String m = assertThrows(IllegalArgumentException.class,
                () -> SparkMasters.requireReachable("spark://127.0.0.1:" + port, 2000)).getMessage();
        assertTrue(m.contains("spark://127.0.0.1:" + port) && m.contains("cannot reach the Spark master at 127.0.0.1:" + port), m);
    }

    @Test
    void otherMastersAreLeftToSparkAndMalformedOnesAreRefused() {
        assertDoesNotThrow(() -> SparkMasters.requireReachable("local[2]", 10));
        assertDoesNotThrow(() -> SparkMasters.requireReachable("yarn", 10));
        String m = assertThrows(IllegalArgumentException.class, () -> SparkMasters.requireReachable("spark://head", 10))
                .getMessage();
        assertTrue(m.contains("is not host:port"), m);
    }
}
