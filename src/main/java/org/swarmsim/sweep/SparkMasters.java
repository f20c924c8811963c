package org.swarmsim.sweep;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a standalone Spark master URL ({@code spark://host:port}, or {@code spark://h1:p1,h2:p2}
 * for a standby pair) before Spark is started: Spark itself retries its registration for a
 * minute and then ends without saying which address it could not reach. Other masters ({@code
 * local[...]}, {@code yarn}, {@code k8s://...}) are left to Spark.
 */
public final class SparkMasters {
    /** How long each address may take to accept a connection. */
    public static final int CONNECT_TIMEOUT_MS = 10_000;

    private static final Pattern HOST_PORT = Pattern.compile("([^:,/]+|\\[[^\\]]+\\]):(\\d{1,5})");

    private SparkMasters() {
    }

    /**
     * Returns if some address of a {@code spark://} master accepts a TCP connection within
     * {@code timeoutMs}, or if the master is not a {@code spark://} one; otherwise throws an
     * {@link IllegalArgumentException} naming the master and what happened at each address.
     */
    public static void requireReachable(String master, int timeoutMs) {
        if (!master.startsWith("spark://")) {
            return;
        }
        List<String> problems = new ArrayList<>();
        for (String hostPort : master.substring("spark://".length()).split(",")) {
            Matcher m = HOST_PORT.matcher(hostPort);
            if (!m.matches()) {
                throw new IllegalArgumentException("--master " + master + ": '" + hostPort + "' is not host:port "
                        + "(a standalone master is spark://HOST:PORT, by default port 7077)");
            }
            String host = m.group(1).replace("[", "").replace("]", "");
            int port = Integer.parseInt(m.group(2));
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(host, port), timeoutMs);
                return;
            } catch (IOException e) {
                problems.add(host + ":" + port + " (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
            }
        }
        throw new IllegalArgumentException("--master " + master + ": cannot reach the Spark master at "
                + String.join(", ", problems) + " within " + timeoutMs / 1000 + " s; is it running and is the address "
                + "right? Nothing was written");
    }
}
