package org.swarmsim.reproduce;

import java.lang.reflect.InvocationTargetException;
import org.swarmsim.sweep.SparkMasters;
import org.swarmsim.sweep.SweepEngines;

/**
 * The engines {@code reproduce --engine NAME} can use besides the local thread pool: {@code spark},
 * present only in the Spark build ({@code mvn -Pspark package}), as for {@code sweep}.
 */
public final class RemoteEngines {
    private static final String SPARK_REPRODUCTION = "org.swarmsim.sweep.spark.SparkReproduction";

    private RemoteEngines() {
    }

    /**
     * The Spark engine on {@code master} (if null: the {@code spark.master} property that
     * {@code spark-submit} sets, else {@code local[*]}) with {@code executors}.
     *
     * @throws IllegalArgumentException in a build without Spark (saying how to get it), or for a
     *     {@code spark://} master nobody answers at
     */
    public static Reproduction.Remote spark(String master, Integer executors) {
        String m = master != null ? master : System.getProperty("spark.master", "local[*]");
        Class<?> engine;
        try {
            Class.forName("org.apache.spark.SparkContext", false, RemoteEngines.class.getClassLoader());
            engine = Class.forName(SPARK_REPRODUCTION);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalArgumentException(SweepEngines.SPARK_MISSING.replace("sweep FILE", "reproduce NAME"));
        }
        SparkMasters.requireReachable(m, SparkMasters.CONNECT_TIMEOUT_MS);
        try {
            return (Reproduction.Remote) engine.getConstructor(String.class, Integer.class).newInstance(m, executors);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("cannot start the Spark engine: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot start the Spark engine: " + e, e);
        }
    }
}
