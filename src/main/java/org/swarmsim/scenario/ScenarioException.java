package org.swarmsim.scenario;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario that cannot be run, with every problem found: each names the file, line and column,
 * the field path, what was given and what is allowed, e.g.
 * {@code flash.yaml:12:5: protocol.picker: unknown picker 'rarest' (given rarest; allowed:
 * rarest_first, random, sequential, random_first; did you mean 'rarest_first'?)}.
 */
public final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** One problem: where, which field, and what is wrong. */
    public record Problem(SourceLocation location, String path, String message) {
        /** The source (file name or {@code --set path=value}). */
        public String source() {
            return location.source();
        }

        /** 1-based line, or 0 when the problem is not in a file (a {@code --set} option). */
        public int line() {
            return location.line();
        }

        /** 1-based column, or 0 as for {@link #line()}. */
        public int column() {
            return location.column();
        }

        @Override
        public String toString() {
            return location + ": " + (path.isEmpty() ? "" : path + ": ") + message;
        }
    }

    private final List<Problem> problems;

    public ScenarioException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ScenarioException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** All problems, in the order they were found (file order, mostly). */
    public List<Problem> problems() {
        return problems;
    }
}
