package org.swarmsim.sweep;

import java.lang.reflect.InvocationTargetException;

/**
 * The engines {@code sweep --engine NAME} can use: {@code local} (a thread pool, always there) and
 * {@code spark} (Apache Spark), which only the Spark build has ({@code mvn -Pspark package}, run
 * with {@code target/swarmsim-spark}); the default jar says so and how to get it.
 */
public final class SweepEngines {
    /** Where the Spark engine lives; compiled only in the Spark build. */
    static final String SPARK_ENGINE = "org.swarmsim.sweep.spark.SparkEngine";

    /** One line telling how to get the Spark build. */
    public static final String SPARK_MISSING = "--engine spark needs the Spark build, which this jar is not: build it with "
            + "mvn -Pspark package and run target/swarmsim-spark sweep FILE --engine spark ... (README: \"Sweeps on Apache Spark\")";

    private SweepEngines() {
    }

    /**
     * The engine {@code name}.
     *
     * @param threads   for {@code local}
     * @param master    for {@code spark}: the Spark master URL (null: the {@code spark.master} property that
     *                  {@code spark-submit} sets, else {@code local[*]})
     * @param executors for {@code spark} on a cluster master: how many executors (null: Spark's default)
     * @throws IllegalArgumentException for an unknown name, options that do not fit the engine, or
     *     {@code spark} in a build without Spark
     */
    public static SweepEngine create(String name, int threads, String master, Integer executors) {
        switch (name) {
            case "local":
                if (master != null || executors != null) {
                    throw new IllegalArgumentException("--master and --executors are for --engine spark; the local engine takes --threads");
                }
                return new LocalEngine(threads);
            case "spark":
                return spark(master != null ? master : System.getProperty("spark.master", "local[*]"), executors);
            default:
                throw new IllegalArgumentException("--engine " + name + ": unknown engine; allowed: local, spark");
        }
    }

    private static SweepEngine spark(String master, Integer executors) {
        Class<?> engine;
        try {
            Class.forName("org.apache.spark.SparkContext", false, SweepEngines.class.getClassLoader());
            engine = Class.forName(SPARK_ENGINE);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalArgumentException(SPARK_MISSING);
        }
        SparkMasters.requireReachable(master, SparkMasters.CONNECT_TIMEOUT_MS);
        try {
            return (SweepEngine) engine.getConstructor(String.class, Integer.class).newInstance(master, executors);
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
