package org.swarmsim.reproduce;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One grid point of an experiment: a scenario file under {@code scenarios/papers/}, the
 * {@code --set} overrides that make this point, the parameters that identify it (columns of
 * {@code comparison.csv}) and the number of replications.
 *
 * @param id           short stable identifier, e.g. {@code n100-aggregate-homogeneous-rarest_first}
 * @param scenarioFile file name relative to the papers scenario directory
 * @param sets         overrides, as for {@code --set}
 * @param parameters   what identifies the point, in column order
 * @param replications runs of this point (replication r uses substream r of the scenario's seed)
 */
public record ExperimentPoint(String id, String scenarioFile, List<String> sets, Map<String, String> parameters,
                              int replications) {
    /** Copies the lists and checks the replication count. */
    public ExperimentPoint {
        if (replications < 1) {
            throw new IllegalArgumentException("a point needs at least one replication, got " + replications);
        }
        sets = List.copyOf(sets);
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** The parameter {@code key}; an exception naming the point if it is absent. */
    public String parameter(String key) {
        String v = parameters.get(key);
        if (v == null) {
            throw new IllegalArgumentException("point " + id + " has no parameter '" + key + "' (has " + parameters.keySet() + ")");
        }
        return v;
    }

    /** The parameter {@code key} as a number. */
    public double number(String key) {
        return Double.parseDouble(parameter(key));
    }

    /** Builds points fluently: {@code ExperimentPoint.builder("a.yaml").param("N", 10).set("x=1")}. */
    public static Builder builder(String scenarioFile) {
        return new Builder(scenarioFile);
    }

    /** Fluent construction of a point. */
    public static final class Builder {
        private final String scenarioFile;
        private final List<String> sets = new ArrayList<>();
        private final Map<String, String> parameters = new LinkedHashMap<>();
        private String id;

        private Builder(String scenarioFile) {
            this.scenarioFile = scenarioFile;
        }

        /** Adds a parameter (a column of comparison.csv), not an override. */
        public Builder param(String key, Object value) {
            parameters.put(key, String.valueOf(value));
            return this;
        }

        /** Adds a {@code --set path=value} override. */
        public Builder set(String path, Object value) {
            sets.add(path + "=" + value);
            return this;
        }

        /** Sets the id (by default the parameter values joined by '-'). */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** The point. */
        public ExperimentPoint build(int replications) {
            String name = id != null ? id : String.join("-", parameters.values()).replaceAll("[^A-Za-z0-9_.-]", "_");
            return new ExperimentPoint(name, scenarioFile, sets, parameters, replications);
        }
    }
}
