package org.swarmsim.scenario;

/**
 * Where something was written: a file with its 1-based line and column, or a {@code --set}
 * option (line and column 0).
 */
public record SourceLocation(String source, int line, int column) {
    @Override
    public String toString() {
        return line > 0 ? source + ":" + line + ":" + column : source;
    }
}
