package org.swarmsim.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The headline numbers of one run, written as {@value #FILE}: the keys of a list of
 * {@link SummaryField}s, in that order. Values are Long, Double (NaN written as {@code null}) or
 * String.
 */
public final class Summary {
    /** The file every run's summary is written to. */
    public static final String FILE = "summary.json";

    private final LinkedHashMap<String, Object> entries;

    private Summary(LinkedHashMap<String, Object> entries) {
        this.entries = entries;
    }

    /**
     * The summary of {@code source}.
     *
     * @throws IllegalArgumentException if two fields share a name or a value cannot be written as JSON
     */
    public static <R> Summary of(List<SummaryField<R>> fields, R source) {
        LinkedHashMap<String, Object> e = new LinkedHashMap<>();
        for (SummaryField<R> f : fields) {
            Object value = f.value().apply(source);
            JsonText.toJson(value); // validates the value early, with a clear message
            if (e.put(f.name(), value) != null) {
                throw new IllegalArgumentException("summary key '" + f.name() + "' appears twice");
            }
        }
        return new Summary(e);
    }

    /** Name and description of every field, in order. */
    public static <R> List<FieldDoc> docs(List<SummaryField<R>> fields) {
        List<FieldDoc> docs = new ArrayList<>(fields.size());
        fields.forEach(f -> docs.add(new FieldDoc(f.name(), f.description())));
        return docs;
    }

    /** All entries in output order. */
    public Map<String, Object> entries() {
        return Collections.unmodifiableMap(entries);
    }

    /** A numeric entry as a double (NaN if absent or not a number). */
    public double number(String key) {
        Object v = entries.get(key);
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** The {@code summary.json} text (ends with a newline). */
    public String toJson() {
        return JsonText.toJson(entries) + "\n";
    }
}
