package org.swarmsim.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A name-to-factory table, the one source of truth for a family of names a scenario may use
 * (pickers, chokers, seed rules, behaviours, latency models, arrival processes, discovery sources,
 * lookup termination rules, simulation kinds): what validation accepts, what "allowed:" messages
 * list, what the README documents and what the run builds. A new policy is one class plus one
 * {@link #register} call. Names keep their registration order, which is the order messages and
 * documentation list them in.
 *
 * <p>Each entry carries a one-line description and an example: the {@code --set path=value}
 * assignments that make a small scenario use it (the registry tests run every entry through
 * them).
 *
 * @param <P> what a factory receives (a spec record, or a context the caller defines)
 * @param <T> what a factory builds
 */
public final class Registry<P, T> {
    /** One registered name. */
    public record Entry<P, T>(String name, String description, List<String> example,
                              Function<? super P, ? extends T> factory) {
        public Entry {
            Objects.requireNonNull(description, "description");
            example = List.copyOf(example);
            Objects.requireNonNull(factory, "factory");
        }
    }

    private final String kind;
    private final String examplePath;
    private final Map<String, Entry<P, T>> entries = new LinkedHashMap<>();

    /**
     * An empty registry.
     *
     * @param kind        what it names, for messages ("picker")
     * @param examplePath the scenario field that takes these names ({@code protocol.picker}), used for
     *                    the default example {@code path=name}; null when entries give their own
     */
    public Registry(String kind, String examplePath) {
        this.kind = kind;
        this.examplePath = examplePath;
    }

    /** A registry whose entries give their own examples. */
    public Registry(String kind) {
        this(kind, null);
    }

    /** Adds a factory whose example is {@code examplePath=name}. */
    public Registry<P, T> register(String name, String description, Function<? super P, ? extends T> factory) {
        if (examplePath == null) {
            throw new IllegalStateException(kind + " registry has no example path: give the example of '" + name + "'");
        }
        return register(name, description, List.of(examplePath + "=" + name), factory);
    }

    /**
     * Adds a factory with its example assignments.
     *
     * @throws IllegalArgumentException if the name is already registered or is not snake_case
     */
    public Registry<P, T> register(String name, String description, List<String> example,
            Function<? super P, ? extends T> factory) {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException(kind + " name '" + name + "' must be snake_case ([a-z][a-z0-9_]*)");
        }
        if (entries.containsKey(name)) {
            throw new IllegalArgumentException(kind + " '" + name + "' is already registered");
        }
        entries.put(name, new Entry<>(name, description, example, factory));
        return this;
    }

    /** Builds the named policy. */
    public T create(String name, P params) {
        Entry<P, T> e = entries.get(name);
        if (e == null) {
            throw new IllegalArgumentException("unknown " + kind + " '" + name + "' (allowed: "
                    + String.join(", ", names()) + Suggestions.didYouMean(name, names()) + ")");
        }
        return e.factory().apply(params);
    }

    public boolean contains(String name) {
        return entries.containsKey(name);
    }

    /** Registered names in registration order. */
    public List<String> names() {
        return Collections.unmodifiableList(new ArrayList<>(entries.keySet()));
    }

    /** The entries in registration order. */
    public List<Entry<P, T>> entries() {
        return List.copyOf(entries.values());
    }

    /** What this registry builds ("picker"). */
    public String kind() {
        return kind;
    }
}
